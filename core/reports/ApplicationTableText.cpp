#include "ApplicationTableText.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // The East Asian Wide and Fullwidth blocks (Unicode UAX #11) the format's labels use:
    // Hangul Jamo, CJK radicals to Yi (with CJK punctuation), Hangul syllables, CJK
    // compatibility ideographs and forms, full-width forms, and the supplementary ideographs.
    bool isWide(char32_t c)
    {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    QString padRight(const QString& text, int width)
    {
        return text + QString(std::max(0, width - displayWidth(text)), u' ');
    }

    QString padLeft(const QString& text, int width)
    {
        return QString(std::max(0, width - displayWidth(text)), u' ') + text;
    }

    constexpr int kGap = 2; // spaces between columns
} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString applicationTableText(const ApplicationTable& table)
{
    const QList<ApplicationTableRow>& rows = applicationTableRows();
    // The label column holds the corner and every label; a figure column its label and its
    // figures. A head cell over several columns starts at its first and runs on over the
    // empty ones, as merged cells do.
    int labelWidth = displayWidth(applicationTableCorner());
    for (const ApplicationTableRow& row : rows)
        labelWidth = std::max(labelWidth, displayWidth(row.label));
    std::array<int, kApplicantColumns> widths {};
    std::array<int, kApplicantColumns> starts {};
    int position = labelWidth;
    for (int column = 0; column < kApplicantColumns; ++column) {
        int& width = widths[size_t(column)];
        width = displayWidth(applicantColumnLabels().at(column));
        for (const ApplicationTableRow& row : rows)
            width = std::max(width, int(QString::number(table.value(row.code, column)).size()));
        starts[size_t(column)] = position + kGap;
        position += kGap + width;
    }
    QString text;
    for (const QStringList& line : applicationTableHead()) {
        QString out = line.at(0);
        for (int column = 0; column < kApplicantColumns; ++column) {
            const QString& cell = line.at(column + 1);
            if (cell.isEmpty())
                continue;
            // A cell running on into the next one's place keeps a space before it.
            out = displayWidth(out) < starts[size_t(column)] ? padRight(out, starts[size_t(column)]) : out + u' ';
            out += cell;
        }
        text += out + u'\n';
    }
    for (const ApplicationTableRow& row : rows) {
        QString out = row.label;
        if (!row.heading) {
            out = padRight(out, labelWidth);
            for (int column = 0; column < kApplicantColumns; ++column)
                out += QString(kGap, u' ')
                    + padLeft(QString::number(table.value(row.code, column)), widths[size_t(column)]);
        }
        text += out + u'\n';
    }
    return text;
}

} // namespace ogi
