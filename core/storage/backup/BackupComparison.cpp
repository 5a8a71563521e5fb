#include "BackupComparison.h"

#include "storage/Sql.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    QMap<QString, AccountSummary> accounts(const QSqlDatabase& db, const QString& schema)
    {
        QMap<QString, AccountSummary> map;
        QSqlQuery q = sql::run(db,
            u"SELECT u.login, u.active, (SELECT group_concat(r.role, ', ') FROM (SELECT role FROM %1.user_roles "
            u"WHERE user_id = u.id ORDER BY role) r) FROM %1.users u"_s.arg(schema));
        while (sql::next(q))
            map.insert(q.value(0).toString(), { q.value(1).toInt() == 1, q.value(2).toString() });
        return map;
    }

    QMap<QString, QString> settings(const QSqlDatabase& db, const QString& schema)
    {
        QMap<QString, QString> map;
        QSqlQuery q = sql::run(db, u"SELECT key, value FROM %1.settings"_s.arg(schema));
        while (sql::next(q))
            map.insert(q.value(0).toString(), q.value(1).toString());
        return map;
    }
} // namespace

BackupComparison compareWithBackup(const QSqlDatabase& db, const QString& backupFile, int casesNamed)
{
    BackupComparison c;
    sql::run(db, u"ATTACH DATABASE ? AS backup"_s, { backupFile });
    const auto detach = qScopeGuard([&] { QSqlQuery(db).exec(u"DETACH DATABASE backup"_s); });
    c.casesNow = sql::scalar(db, u"SELECT count(*) FROM main.cases"_s).toLongLong();
    c.casesInBackup = sql::scalar(db, u"SELECT count(*) FROM backup.cases"_s).toLongLong();
    QSqlQuery gone = sql::run(db,
        u"SELECT case_number FROM main.cases WHERE case_number NOT IN (SELECT case_number FROM backup.cases) "
        u"ORDER BY id"_s);
    while (sql::next(gone)) {
        if (c.casesGone.size() < casesNamed)
            c.casesGone << gone.value(0).toString();
        ++c.casesGoneCount;
    }
    c.casesAddedCount = sql::scalar(
        db, u"SELECT count(*) FROM backup.cases WHERE case_number NOT IN (SELECT case_number FROM main.cases)"_s)
                            .toLongLong();
    c.usersNow = accounts(db, u"main"_s);
    c.usersInBackup = accounts(db, u"backup"_s);
    c.settingsNow = settings(db, u"main"_s);
    c.settingsInBackup = settings(db, u"backup"_s);
    c.auditRowsNow = sql::scalar(db, u"SELECT count(*) FROM main.audit_log"_s).toLongLong();
    c.auditRowsInBackup = sql::scalar(db, u"SELECT count(*) FROM backup.audit_log"_s).toLongLong();
    QSqlQuery differ = sql::run(db,
        u"SELECT a.id FROM main.audit_log a JOIN backup.audit_log b ON b.id = a.id WHERE a.hash <> b.hash "
        u"ORDER BY a.id LIMIT 1"_s);
    if (sql::next(differ))
        c.firstAuditRowDiffering = differ.value(0).toLongLong();
    return c;
}

} // namespace ogi
