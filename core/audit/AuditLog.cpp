#include "AuditLog.h"

#include "SealedSecret.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "storage/audit/AuditRows.h"

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

    // The mac is left out: the seal is made of the hash.
    QString rowHash(const AuditRow& row)
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
    const std::optional<AuditPoint> head = auditHead(db);
    return head ? head->hash : kGenesis;
}

Anchor headAnchor(const QSqlDatabase& db)
{
    const std::optional<AuditPoint> head = auditHead(db);
    if (!head)
        return { 0, kGenesis };
    return { head->id, head->hash };
}

QString hashAt(const QSqlDatabase& db, qint64 id) { return auditHashAt(db, id); }

void append(const QSqlDatabase& db, const AuditEntry& entry, const QDateTime& at)
{
    const std::optional<AuditPoint> last = newestAuditRow(db);
    AuditRow row;
    row.id = last ? last->id + 1 : 1;
    row.prevHash = last ? last->hash : kGenesis;
    row.recordedAt = isoTimestamp(at);
    row.actor = entry.actor;
    row.action = entry.action;
    row.subject = entry.subject;
    row.details = entry.details;
    row.hash = rowHash(row);
    row.mac = macOf(sealingKey(), row.hash);
    insertAuditRow(db, row);
}

QStringList verify(const QSqlDatabase& db, QStringList* limits)
{
    QStringList findings;
    const std::optional<QByteArray> key = auditChainKey(false);
    qint64 previousId = 0, firstSealed = 0, unsealed = 0, badSeals = 0;
    QString previousHash = kGenesis;
    forEachAuditRow(db, [&](const AuditRow& row) {
        if (row.id != previousId + 1 || row.prevHash != previousHash)
            findings << Tr::tr("audit log row %1: does not follow row %2 (a row was deleted or inserted before it)")
                            .arg(row.id)
                            .arg(previousId);
        if (rowHash(row) != row.hash)
            findings << Tr::tr("audit log row %1: its content does not match its hash (the row was edited)")
                            .arg(row.id);
        if (row.mac.isEmpty()) {
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
            if (key && macOf(*key, row.hash) != row.mac && ++badSeals <= 20)
                findings << Tr::tr("audit log row %1: its seal does not match the office key (the row was "
                                   "rewritten, or sealed with another office's key)")
                                .arg(row.id);
        }
        previousId = row.id;
        previousHash = row.hash;
    });
    const std::optional<AuditPoint> head = auditHead(db);
    const qint64 headId = head ? head->id : 0;
    const QString headHashValue = headId ? head->hash : kGenesis;
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
    const QString seal = newestAuditSeal(db);
    return grouped(seal.isEmpty() ? kGenesis : seal);
}

std::optional<qint64> findAnchor(const QSqlDatabase& db, const QString& code)
{
    QString hex = code.trimmed().toLower();
    hex.remove(u'-');
    hex.remove(u' ');
    if (hex.size() != 12)
        return std::nullopt;
    return auditRowBySealStart(db, hex);
}

} // namespace ogi::AuditLog
