#include "AuditRows.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    std::optional<AuditPoint> pointOf(QSqlQuery q)
    {
        if (!sql::next(q))
            return std::nullopt;
        return AuditPoint { q.value(0).toLongLong(), q.value(1).toString() };
    }
} // namespace

std::optional<AuditPoint> auditHead(const QSqlDatabase& db)
{
    return pointOf(sql::run(db, u"SELECT last_id, last_hash FROM audit_head WHERE singleton = 1"_s));
}

std::optional<AuditPoint> newestAuditRow(const QSqlDatabase& db)
{
    return pointOf(sql::run(db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s));
}

QString auditHashAt(const QSqlDatabase& db, qint64 id)
{
    return sql::scalar(db, u"SELECT hash FROM audit_log WHERE id = ?"_s, { id }).toString();
}

void insertAuditRow(const QSqlDatabase& db, const AuditRow& row)
{
    sql::run(db,
        u"INSERT INTO audit_log (id, recorded_at, actor, action, subject, details, prev_hash, hash, mac) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { row.id, row.recordedAt, row.actor, row.action, row.subject, row.details, row.prevHash, row.hash, row.mac });
    sql::run(db,
        u"INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?) "
        u"ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash"_s,
        { row.id, row.hash });
}

void forEachAuditRow(const QSqlDatabase& db, const std::function<void(const AuditRow&)>& visit)
{
    QSqlQuery q = sql::run(db,
        u"SELECT id, recorded_at, actor, action, subject, details, prev_hash, hash, mac FROM audit_log ORDER BY id"_s);
    while (sql::next(q))
        visit({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString() });
}

QString newestAuditSeal(const QSqlDatabase& db)
{
    return sql::scalar(db, u"SELECT coalesce(mac, hash) FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString();
}

std::optional<qint64> auditRowBySealStart(const QSqlDatabase& db, const QString& first12)
{
    const QVariant id = sql::scalar(db,
        u"SELECT id FROM audit_log WHERE substr(coalesce(mac, hash), 1, 12) = ? ORDER BY id LIMIT 1"_s, { first12 });
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

} // namespace ogi
