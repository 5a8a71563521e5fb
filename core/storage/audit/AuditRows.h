#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ogi {

// The audit_log and audit_head tables as stored. audit/ computes the hashes and seals and
// checks the chain; these only read and write its rows.

// One row of audit_log. recordedAt is the timestamp text as hashed, not a QDateTime: the
// hash covers the text exactly as written.
struct AuditRow
{
    qint64 id = 0;
    QString recordedAt, actor, action, subject, details, prevHash, hash;
    QString mac; // the seal; empty on rows written before sealing began
};

// A point of the chain: a row's id and hash.
struct AuditPoint
{
    qint64 id = 0;
    QString hash;
};

// What audit_head records as the newest row; nullopt while the log is empty.
std::optional<AuditPoint> auditHead(const QSqlDatabase& db);

// The newest row of audit_log itself; nullopt when it has none.
std::optional<AuditPoint> newestAuditRow(const QSqlDatabase& db);

// The hash of row `id`; empty when there is no such row.
QString auditHashAt(const QSqlDatabase& db, qint64 id);

// Stores `row` and makes it the head, inside the caller's transaction.
void insertAuditRow(const QSqlDatabase& db, const AuditRow& row);

// Hands every row to `visit` in the order of their ids, one at a time (a long log is not
// held in memory).
void forEachAuditRow(const QSqlDatabase& db, const std::function<void(const AuditRow&)>& visit);

// The seal of the newest row, or its hash when it is unsealed; empty for an empty log.
QString newestAuditSeal(const QSqlDatabase& db);

// The first row whose seal (its hash when unsealed) begins with `first12`, 12 lower-case hex
// digits; nullopt when none does.
std::optional<qint64> auditRowBySealStart(const QSqlDatabase& db, const QString& first12);

} // namespace ogi
