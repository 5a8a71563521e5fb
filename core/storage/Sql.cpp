#include "Sql.h"

#include "Error.h"

#include <QSqlError>

namespace ogi::sql {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Sql)
    };

    [[noreturn]] void fail(const QSqlError& error, const QString& statement)
    {
        const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is damaged, not the statement wrong.
        const QString nativeCode = error.nativeErrorCode();
        if (nativeCode == u"11" || nativeCode == u"26")
            throw Error(ErrorCode::Corrupt, Tr::tr("The database file is damaged: %1").arg(driverText));
        throw Error(ErrorCode::Storage,
            Tr::tr("Database error: %1 (statement: %2)").arg(driverText, statement.simplified().left(120)));
    }
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace ogi::sql
