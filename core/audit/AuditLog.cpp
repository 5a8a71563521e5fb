#include "AuditLog.h"

#include "Sha256.h"
#include "storage/Sql.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ogi {

QString auditDetails(const QJsonObject& facts)
{
    return QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact));
}

} // namespace ogi

namespace ogi::AuditLog {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::AuditLog)
    };

    const QString kGenesis = QString(64, u'0');

    struct Row
    {
        qint64 id = 0;
        QString recordedAt, actor, action, subject, details, prevHash, hash;
    };

    QString rowHash(const Row& row)
    {
        const QJsonArray canonical { row.id, row.recordedAt, row.actor, row.action, row.subject, row.details,
            row.prevHash };
        return sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    }
} // namespace

QString headHash(const QSqlDatabase& db)
{
    const QVariant hash = sql::scalar(db, u"SELECT last_hash FROM audit_head WHERE singleton = 1"_s);
    return hash.isNull() ? kGenesis : hash.toString();
}

void append(const QSqlDatabase& db, const AuditEntry& entry, const QDateTime& at)
{
    QSqlQuery last = sql::run(db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    Row row;
    row.id = 1;
    row.prevHash = kGenesis;
    if (sql::next(last)) {
        row.id = last.value(0).toLongLong() + 1;
        row.prevHash = last.value(1).toString();
    }
    last.finish();
    row.recordedAt = isoTimestamp(at);
    row.actor = entry.actor;
    row.action = entry.action;
    row.subject = entry.subject;
    row.details = entry.details;
    row.hash = rowHash(row);
    sql::run(db,
        u"INSERT INTO audit_log (id, recorded_at, actor, action, subject, details, prev_hash, hash) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { row.id, row.recordedAt, row.actor, row.action, row.subject, row.details, row.prevHash, row.hash });
    sql::run(db,
        u"INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?) "
        u"ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash"_s,
        { row.id, row.hash });
}

QStringList verify(const QSqlDatabase& db)
{
    QStringList findings;
    QSqlQuery query = sql::run(db,
        u"SELECT id, recorded_at, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY id"_s);
    qint64 previousId = 0;
    QString previousHash = kGenesis;
    while (sql::next(query)) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.recordedAt = query.value(1).toString();
        row.actor = query.value(2).toString();
        row.action = query.value(3).toString();
        row.subject = query.value(4).toString();
        row.details = query.value(5).toString();
        row.prevHash = query.value(6).toString();
        row.hash = query.value(7).toString();
        if (row.id != previousId + 1 || row.prevHash != previousHash)
            findings << Tr::tr("audit log row %1: does not follow row %2 (a row was deleted or inserted before it)")
                            .arg(row.id)
                            .arg(previousId);
        if (rowHash(row) != row.hash)
            findings << Tr::tr("audit log row %1: its content does not match its hash (the row was edited)")
                            .arg(row.id);
        previousId = row.id;
        previousHash = row.hash;
    }
    QSqlQuery head = sql::run(db, u"SELECT last_id, last_hash FROM audit_head WHERE singleton = 1"_s);
    const qint64 headId = sql::next(head) ? head.value(0).toLongLong() : 0;
    const QString headHashValue = headId ? head.value(1).toString() : kGenesis;
    if (headId != previousId || headHashValue != previousHash)
        findings << Tr::tr("audit log: the last row is %1 but the log's head records row %2 (rows were deleted or "
                           "added at the end)")
                        .arg(previousId)
                        .arg(headId);
    return findings;
}

} // namespace ogi::AuditLog
