#include "RegisterTables.h"

#include "storage/BatchInsert.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    bool onServer(const QSqlDatabase& db) { return sql::engineOf(db) == StorageEngine::Postgresql; }

    constexpr int kRowsPerInsert = 200;
} // namespace

QSet<QString> registerTables(const QSqlDatabase& db)
{
    QSet<QString> names;
    QSqlQuery query = onServer(db)
        ? sql::run(db,
            u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            u"AND table_type = 'BASE TABLE' "
            u"AND table_name NOT IN ('case_search', 'ogi_register', 'attachment_chunks')"_s)
        : sql::run(db,
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            u"AND name NOT LIKE 'case_search%' AND name NOT LIKE 'case_grams%'"_s);
    while (sql::next(query))
        names.insert(query.value(0).toString());
    return names;
}

QStringList tableColumns(const QSqlDatabase& db, const QString& table)
{
    QStringList names;
    QSqlQuery query = onServer(db) ? sql::run(db,
                          u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                          u"AND table_name = ? ORDER BY ordinal_position"_s,
                          { table })
                                   : sql::run(db, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, { table });
    while (sql::next(query))
        names << query.value(0).toString();
    return names;
}

qint64 tableRowCount(const QSqlDatabase& db, const QString& table)
{
    return sql::scalar(db, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

qint64 copyTableRows(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table, const QStringList& columns,
    Progress* progress, qint64 done, qint64 total)
{
    QSqlQuery rows = sql::run(from, u"SELECT %1 FROM %2"_s.arg(columns.join(u", "), table));
    auto insert = sql::BatchInsert::forColumns(to, table, columns, u"?"_s, kRowsPerInsert);
    qint64 copied = 0;
    QVariantList row;
    while (sql::next(rows)) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i)
            row << rows.value(i);
        ++copied;
        if (insert.add(row))
            reportProgress(progress, done + copied, total);
    }
    insert.flush();
    return copied;
}

void beginSnapshotRead(const QSqlDatabase& db)
{
    sql::runScript(db, onServer(db) ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s);
}

void endSnapshotRead(const QSqlDatabase& db) { QSqlQuery(db).exec(u"ROLLBACK"_s); }

void continueIdSequences(const QSqlDatabase& db, const QStringList& tables)
{
    for (const QString& table : tables)
        sql::run(db,
            u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1"_s.arg(table));
}

} // namespace ogi
