#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace ogi::sql {

// Rows of one INSERT sent many to a statement, for writes of thousands of rows to a server,
// where every statement costs a round trip: `head` is "INSERT INTO t (a, b) VALUES ", `row`
// the tuple of marks "(?, ?)" (a mark may sit inside an SQL expression), `tail` what follows
// the rows (" ON CONFLICT DO NOTHING", or empty). Rows are held in memory until flush() or
// until `rowsPerStatement` are held; an upsert must not hold the same key twice between
// flushes. A failed write throws as sql::run() does and leaves the caller's transaction to
// be rolled back; what is held when the object goes without flush() is not written.
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString head, QString row, QString tail = {}, int rowsPerStatement = 1000);

    // The statement for `columns` of `table`; `lastValue` stands for the last column's mark.
    static BatchInsert forColumns(QSqlDatabase db, const QString& table, const QStringList& columns,
        const QString& lastValue = QStringLiteral("?"), int rowsPerStatement = 1000);

    // Holds one row (as many values as the tuple has marks); true when that wrote a batch.
    bool add(const QVariantList& row);
    // Writes what is held, as one statement.
    void flush();
    // PostgreSQL: what is held as one statement with its values written in (as the driver
    // writes them for its own prepared statements), for a caller that sends it itself; empty
    // when nothing is held. The rows are no longer held.
    QString takeStatement();
    // PostgreSQL: what is held as rows of COPY's text format (tab between values, \N for
    // NULL), for a tuple of plain marks; empty when nothing is held. The rows are no longer held.
    QByteArray takeCopyRows();

    int held() const { return m_held; }
    int width() const { return m_width; }

private:
    QSqlDatabase m_db;
    QString m_head;
    QString m_row;
    QString m_tail;
    int m_width = 0;
    int m_rowsPerStatement = 0;
    int m_held = 0;
    QVariantList m_values;
};

} // namespace ogi::sql
