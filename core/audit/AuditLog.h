#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

struct AuditEntry
{
    QString actor; // login name, or "system"
    QString action; // e.g. "case.register"
    QString subject; // what it concerns, e.g. a case number
    QString details; // JSON text with the facts of the change
};

// Facts as compact JSON: an audit row's details, an event's details.
QString auditDetails(const QJsonObject& facts);

// The append-only audit log. Each row stores the SHA-256 of the row before it and of its
// own content, and audit_head remembers the newest row, so editing, deleting or inserting a
// row anywhere breaks the chain.
namespace AuditLog {

    // Appends one row. Must be called inside the caller's WriteTransaction, so the row
    // commits with the change it records, or not at all.
    void append(const QSqlDatabase& db, const AuditEntry& entry, const QDateTime& at);

    // Walks the whole chain; returns one translated line per finding (empty: intact).
    // Rows written since schema 14 are also sealed (HMAC-SHA-256 of their hash under the
    // office key, auditChainKey()): each seal is checked when the key is on this computer.
    // `limits` receives what could not be checked.
    QStringList verify(const QSqlDatabase& db, QStringList* limits = nullptr);

    // The 校验码 printed on reports and tallies: the first 12 hex digits of the newest row's
    // seal (its hash when unsealed), grouped "ABCD-1234-EF56". A history rewritten later
    // no longer holds the row it names.
    QString anchorCode(const QSqlDatabase& db);

    // The audit row a printed 校验码 names; nullopt when none does (or the code is malformed).
    std::optional<qint64> findAnchor(const QSqlDatabase& db, const QString& code);

    // The hash of the newest row (64 zeros for an empty log), for recording elsewhere.
    QString headHash(const QSqlDatabase& db);

    // A point of the chain recorded outside the register (backup manifests, the witness
    // file): a later chain must hold the same hash at the same row.
    struct Anchor
    {
        qint64 id = 0; // 0: the empty log
        QString hash;
    };
    Anchor headAnchor(const QSqlDatabase& db);
    // The hash of row `id`; empty when there is no such row.
    QString hashAt(const QSqlDatabase& db, qint64 id);

} // namespace AuditLog

} // namespace ogi
