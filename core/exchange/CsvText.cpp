#include "CsvText.h"

#include "Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SheetTable)
    };

    // Whether a spreadsheet would evaluate `text` after its leading apostrophes.
    bool startsLikeFormula(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size() && text.at(i) == u'\'')
            ++i;
        if (i == text.size())
            return false;
        const QChar c = text.at(i);
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }
} // namespace

QString csvCellText(const QString& field)
{
    return field.startsWith(u'\'') && startsLikeFormula(QStringView(field).mid(1)) ? field.mid(1) : field;
}

QString csvField(const QString& cell)
{
    const QString text = startsLikeFormula(cell) ? u'\'' + cell : cell;
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvLine(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields << csvField(cell);
    return fields.join(u',') + u"\r\n"_s;
}

QByteArray csvFileBytes(const QString& text) { return "\xEF\xBB\xBF" + text.toUtf8(); }

QList<QStringList> parseCsvRecords(const QString& text, qint64 maxFields)
{
    qint64 fields = 0;
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    const QStringView firstLine = QStringView(text).left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    const QChar separator = firstLine.contains(u'\t') && !firstLine.contains(u',') ? u'\t' : u',';

    QList<QStringList> records;
    QStringList record;
    const qsizetype n = text.size();
    const QChar* data = text.constData();
    qsizetype i = 0;
    while (i < n) {
        QString field;
        if (data[i] == u'"') {
            // Quoted: up to the closing quote, "" standing for one.
            ++i;
            while (i < n) {
                const qsizetype quote = text.indexOf(u'"', i);
                if (quote < 0) {
                    field += QStringView(text).mid(i);
                    i = n;
                    break;
                }
                field += QStringView(text).mid(i, quote - i);
                i = quote + 1;
                if (i < n && data[i] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    break;
                }
            }
            // Anything between the closing quote and the separator belongs to the field too.
            while (i < n && data[i] != separator && data[i] != u'\r' && data[i] != u'\n')
                field += data[i++];
        } else {
            const qsizetype begin = i;
            while (i < n && data[i] != separator && data[i] != u'\r' && data[i] != u'\n')
                ++i;
            field = text.mid(begin, i - begin);
        }
        if (++fields > maxFields)
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("it has more than %1 cells (the limit); split it into smaller files")
                    .arg(maxFields));
        record << field;
        if (i >= n)
            break;
        if (data[i] == separator) {
            ++i;
            if (i == n) // a separator at the very end leaves an empty last field
                record << QString();
            continue;
        }
        // A line end closes the record.
        if (data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n')
            ++i;
        ++i;
        records << record;
        record.clear();
    }
    if (!record.isEmpty())
        records << record;
    return records;
}

} // namespace ogi
