#include "BatchInsert.h"

#include "Error.h"
#include "storage/Sql.h"

#include <QSqlDriver>
#include <QSqlField>

using namespace Qt::StringLiterals;

namespace ogi::sql {

namespace {
    // The marks of a tuple, outside its quoted literals.
    int marksIn(const QString& tuple)
    {
        int marks = 0;
        bool quoted = false;
        for (const QChar c : tuple) {
            if (c == u'\'')
                quoted = !quoted;
            else if (c == u'?' && !quoted)
                ++marks;
        }
        return marks;
    }

    // One value as COPY's text format reads it.
    void appendCopyValue(QByteArray& out, const QVariant& v)
    {
        const int type = v.metaType().id();
        if (!v.isValid() || v.isNull() || (type == QMetaType::QString && v.toString().isNull())) {
            out += "\\N";
            return;
        }
        switch (type) {
        case QMetaType::Bool:
            out += v.toBool() ? 't' : 'f';
            return;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            out += QByteArray::number(v.toLongLong());
            return;
        case QMetaType::Double:
            out += QByteArray::number(v.toDouble(), 'g', 17);
            return;
        case QMetaType::QByteArray:
            out += "\\\\x" + v.toByteArray().toHex(); // bytea's hex form, its backslash escaped
            return;
        default:
            break;
        }
        const QByteArray text = v.toString().toUtf8();
        for (const char c : text) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += c;
            }
        }
    }
} // namespace

BatchInsert::BatchInsert(QSqlDatabase db, QString head, QString row, QString tail, int rowsPerStatement)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_row(std::move(row))
    , m_tail(std::move(tail))
    , m_width(marksIn(m_row))
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
{
}

BatchInsert BatchInsert::forColumns(QSqlDatabase db, const QString& table, const QStringList& columns,
    const QString& lastValue, int rowsPerStatement)
{
    QStringList marks(columns.size(), u"?"_s);
    marks.back() = lastValue;
    return BatchInsert(std::move(db), u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s)),
        u'(' + marks.join(u", "_s) + u')', {}, rowsPerStatement);
}

bool BatchInsert::add(const QVariantList& row)
{
    if (row.size() != m_width)
        throw Error(ErrorCode::Internal,
            u"%1 values for the %2 marks of %3"_s.arg(row.size()).arg(m_width).arg(m_head.simplified()));
    m_values << row;
    if (++m_held < m_rowsPerStatement)
        return false;
    flush();
    return true;
}

void BatchInsert::flush()
{
    if (m_held == 0)
        return;
    if (engineOf(m_db) == StorageEngine::Postgresql) {
        // One round trip, and no server-side statement prepared for each batch size.
        runScript(m_db, takeStatement());
        return;
    }
    runWith(m_db, m_head + QStringList(m_held, m_row).join(u", "_s) + m_tail, m_values);
    m_values.clear();
    m_held = 0;
}

QString BatchInsert::takeStatement()
{
    if (m_held == 0)
        return {};
    const QSqlDriver* driver = m_db.driver();
    QString text = m_head;
    text.reserve(m_head.size() + m_held * (m_row.size() + 16 * m_width) + m_tail.size());
    qsizetype value = 0;
    for (int r = 0; r < m_held; ++r) {
        if (r > 0)
            text += u", "_s;
        bool quoted = false;
        for (const QChar c : std::as_const(m_row)) {
            if (c == u'\'')
                quoted = !quoted;
            if (c != u'?' || quoted) {
                text += c;
                continue;
            }
            const QVariant& v = m_values.at(value++);
            QSqlField field(QString(), v.metaType());
            if (!v.isNull() && !(v.metaType().id() == QMetaType::QString && v.toString().isNull()))
                field.setValue(v);
            text += driver->formatValue(field);
        }
    }
    text += m_tail;
    m_values.clear();
    m_held = 0;
    return text;
}

QByteArray BatchInsert::takeCopyRows()
{
    QByteArray rows;
    rows.reserve(qsizetype(m_values.size()) * 12);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        appendCopyValue(rows, m_values.at(i));
        rows += (i + 1) % m_width == 0 ? '\n' : '\t';
    }
    m_values.clear();
    m_held = 0;
    return rows;
}

} // namespace ogi::sql
