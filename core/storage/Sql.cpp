#include "Sql.h"

#include "Error.h"

#include <QSqlError>

namespace ogi::sql {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Sql)
    };

    [[noreturn]] void fail(const QSqlError& error, const QString& statement, const QString& database)
    {
        const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is damaged, not the statement wrong.
        const QString nativeCode = error.nativeErrorCode();
        if (nativeCode == u"11" || nativeCode == u"26")
            throw Error(ErrorCode::Corrupt,
                database.isEmpty()
                    ? Tr::tr("The database file is damaged: %1. Restore it from a backup.").arg(driverText)
                    : Tr::tr("The database file %1 is damaged: %2. Restore it from a backup.")
                          .arg(database, driverText));
        throw Error(ErrorCode::Storage,
            Tr::tr("Database error: %1 (statement: %2)").arg(driverText, statement.simplified().left(120)));
    }
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement, Rows rows)
{
    QSqlQuery query(db);
    query.setForwardOnly(rows == Rows::ReadOnce);
    if (!query.prepare(statement))
        fail(query.lastError(), statement, db.databaseName());
    return query;
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    return runWith(db, statement, QVariantList(values));
}

QSqlQuery runWith(const QSqlDatabase& db, const QString& statement, const QVariantList& values, Rows rows)
{
    QSqlQuery query = prepare(db, statement, rows);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(query.lastError(), statement, db.databaseName());
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery(), QString());
}

bool next(QSqlQuery& query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        fail(query.lastError(), query.lastQuery(), QString());
    return false;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return next(query) ? query.value(0) : QVariant();
}

Statements::Statements(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QSqlQuery& Statements::run(const QString& statement, std::initializer_list<QVariant> values)
{
    auto found = m_prepared.find(statement);
    if (found == m_prepared.end())
        found = m_prepared.insert(statement, prepare(m_db, statement));
    QSqlQuery& query = *found;
    int position = 0;
    for (const QVariant& value : values)
        query.bindValue(position++, value);
    if (!query.exec())
        fail(query.lastError(), statement, m_db.databaseName());
    return query;
}

} // namespace ogi::sql
