#include "AuditLog.h"

#include "SealedSecret.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

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

    QString macOf(const QByteArray& key, const QString& hash)
    {
        return QString::fromLatin1(
            QMessageAuthenticationCode::hash(hash.toLatin1(), key, QCryptographicHash::Sha256).toHex());
    }

    // Read once per key file: every write of the register appends a row.
    QByteArray sealingKey()
    {
        static QString path;
        static QByteArray key;
        if (path != secretKeyPath()) {
            key = *auditChainKey(true);
            path = secretKeyPath();
        }
        return key;
    }
    
    QString grouped(const QString& hex)
    {
        const QString code = hex.left(12).toUpper();
        return code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8, 4);
    }
} // namespace

QString headHash(const QSqlDatabase& db)
{
    const QVariant hash = sql::scalar(db, u"SELECT last_hash FROM audit_head WHERE singleton = 1"_s);
    return hash.isNull() ? kGenesis : hash.toString();
}

Anchor headAnchor(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, u"SELECT last_id, last_hash FROM audit_head WHERE singleton = 1"_s);
    if (!sql::next(q))
        return { 0, kGenesis };
    return { q.value(0).toLongLong(), q.value(1).toString() };
}

QString hashAt(const QSqlDatabase& db, qint64 id)
{
    return sql::scalar(db, u"SELECT hash FROM audit_log WHERE id = ?"_s, { id }).toString();
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
        u"INSERT INTO audit_log (id, recorded_at, actor, action, subject, details, prev_hash, hash, mac) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { row.id, row.recordedAt, row.actor, row.action, row.subject, row.details, row.prevHash, row.hash,
            macOf(sealingKey(), row.hash) });
    sql::run(db,
        u"INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?) "
        u"ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash"_s,
        { row.id, row.hash });
}

QStringList verify(const QSqlDatabase& db, QStringList* limits)
{
    QStringList findings;
    const std::optional<QByteArray> key = auditChainKey(false);
    QSqlQuery query = sql::run(db,
        u"SELECT id, recorded_at, actor, action, subject, details, prev_hash, hash, mac FROM audit_log ORDER BY id"_s);
    qint64 previousId = 0, firstSealed = 0, unsealed = 0, badSeals = 0;
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
        const QString mac = query.value(8).toString();
        if (mac.isEmpty()) {
            if (firstSealed > 0)
                findings << Tr::tr("audit log row %1: not sealed with the office key although row %2 before it was "
                                   "(the log was rewritten)")
                                .arg(row.id)
                                .arg(firstSealed);
            else
                ++unsealed;
        } else {
            if (firstSealed == 0)
                firstSealed = row.id;
            // The first few wrong seals name their rows; the rest are counted.
            if (key && macOf(*key, row.hash) != mac && ++badSeals <= 20)
                findings << Tr::tr("audit log row %1: its seal does not match the office key (the row was "
                                   "rewritten, or sealed with another office's key)")
                                .arg(row.id);
        }
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
    if (badSeals > 20)
        findings << Tr::tr("audit log: %n more row(s) whose seal does not match the office key", nullptr,
            int(badSeals - 20));
    if (limits && firstSealed > 0 && !key)
        *limits << Tr::tr("The office key %1 is not on this computer: the seals of the audit log could not be "
                          "checked, only its hashes.")
                       .arg(secretKeyPath());
    if (limits && unsealed > 0)
        *limits << Tr::tr("%n audit row(s) were written before the log was sealed with the office key: a rewrite of "
                          "them that recomputes their hashes is caught only by a check code printed earlier.",
            nullptr, int(unsealed));
    return findings;
}

QString anchorCode(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, u"SELECT coalesce(mac, hash) FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    return grouped(sql::next(q) ? q.value(0).toString() : kGenesis);
}

std::optional<qint64> findAnchor(const QSqlDatabase& db, const QString& code)
{
    QString hex = code.trimmed().toLower();
    hex.remove(u'-');
    hex.remove(u' ');
    if (hex.size() != 12)
        return std::nullopt;
    QSqlQuery q = sql::run(db,
        u"SELECT id FROM audit_log WHERE substr(coalesce(mac, hash), 1, 12) = ? ORDER BY id LIMIT 1"_s, { hex });
    if (!sql::next(q))
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace ogi::AuditLog
