#include "FileChecks.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

QStringList sqliteIntegrityProblems(const QSqlDatabase& db)
{
    QStringList problems;
    if (sql::engineOf(db) != StorageEngine::Sqlite)
        return problems;
    QSqlQuery q = sql::run(db, u"PRAGMA integrity_check"_s);
    while (sql::next(q))
        if (const QString line = q.value(0).toString(); line != u"ok")
            problems << line;
    return problems;
}

QList<MissingReference> sqliteMissingReferences(const QSqlDatabase& db)
{
    QList<MissingReference> missing;
    if (sql::engineOf(db) != StorageEngine::Sqlite)
        return missing;
    QSqlQuery q = sql::run(db, u"PRAGMA foreign_key_check"_s);
    while (sql::next(q))
        missing.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return missing;
}

} // namespace ogi
