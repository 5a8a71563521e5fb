#include "ApplicationTableCsv.h"

#include "Error.h"
#include "exchange/CsvText.h"
#include "reports/ReportCheckCode.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ApplicationTableCsv)
    };

    // One CSV line into cells: quotes around a cell, "" inside it.
    QStringList cellsOf(const QString& line, QChar separator)
    {
        QStringList cells;
        QString cell;
        bool inQuotes = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (inQuotes) {
                if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else if (c == u'"') {
                    inQuotes = false;
                } else {
                    cell += c;
                }
            } else if (c == u'"') {
                inQuotes = true;
            } else if (c == separator) {
                cells << cell.trimmed();
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells << cell.trimmed();
        return cells;
    }
} // namespace

QByteArray applicationTableCsv(const ApplicationTable& table, const QString& checkCode)
{
    QString csv;
    for (const QStringList& line : applicationTableHead())
        csv += csvLine(line);
    for (const ApplicationTableRow& row : applicationTableRows()) {
        csv += csvField(row.label);
        for (int column = 0; column < kApplicantColumns; ++column)
            csv += u',' + (row.heading ? QString() : QString::number(table.value(row.code, column)));
        csv += u"\r\n"_s;
    }
    QStringList footer(1 + kApplicantColumns);
    footer[0] = checkCodeLine(checkCode);
    csv += csvLine(footer);
    return csvFileBytes(csv);
}

ApplicationTable parseApplicationTableCsv(const QByteArray& csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    const QChar separator
        = !lines.isEmpty() && lines.front().contains(u'\t') && !lines.front().contains(u',') ? u'\t' : u',';
    ApplicationTable table;
    QList<FieldIssue> issues;
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines.at(i)).remove(u'\r');
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = cellsOf(line, separator);
        const QString where = Tr::tr("line %1").arg(i + 1);
        const ApplicationTableRow* row = findApplicationTableRow(cells.front());
        if (!row) {
            if (i == 0 || std::all_of(cells.cbegin(), cells.cend(), isApplicationTableHeadCell)
                || isCheckCodeLine(cells.front()))
                continue; // a title, a line of the head or the 校验码 under the table
            issues.append({ where,
                Tr::tr("\"%1\" is not a row of section 三 (the labels are the format's, verbatim).")
                    .arg(cells.front()) });
            continue;
        }
        seen.insert(row->code);
        if (row->heading)
            continue;
        if (cells.size() - 1 != kApplicantColumns) {
            issues.append({ where,
                Tr::tr("\"%1\" has %2 figures; it needs %3.")
                    .arg(row->label)
                    .arg(cells.size() - 1)
                    .arg(kApplicantColumns) });
            continue;
        }
        for (int column = 0; column < kApplicantColumns; ++column) {
            const QString cell = cells.at(column + 1);
            bool ok = true;
            const qint64 value = cell.isEmpty() ? 0 : cell.toLongLong(&ok);
            if (!ok || value < 0)
                issues.append({ where,
                    Tr::tr("\"%1\", %2: \"%3\" is not a whole number.")
                        .arg(row->label, applicantColumnLabels().at(column), cell) });
            else
                table.add(row->code, column, value);
        }
    }
    for (const ApplicationTableRow& row : applicationTableRows())
        if (!row.heading && !seen.contains(row.code))
            issues.append({ row.code, Tr::tr("The row \"%1\" is missing.").arg(row.label) });
    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The figures cannot be read: %n problem(s).", nullptr, int(issues.size())), issues);
    return table;
}

} // namespace ogi
