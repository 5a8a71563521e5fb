#pragma once

#include "audit/AuditLog.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <limits>

namespace ogi::AuditWitness {

// The audit log's head as this computer saw it, kept outside the register (issue 18): a
// file per register in the user's data folder, written each time a program closes the
// register. Whoever rewrites or cuts back the history in the file cannot reach it, so verify
// and restore compare the chain with it.

struct Seen
{
    AuditLog::Anchor anchor;
    QDateTime at;
};

// ~/.local/share/ogi-desk/witness/<digest of the register's absolute path>.json
QString witnessPath(const QString& registerPath);

// Makes every Database record its head here when it closes (the mains call it once).
void recordOnEveryClose();

// Records `anchor` for the register at `registerPath` (the newest 200 are kept). Best effort:
// false when the file cannot be written; nothing is thrown.
bool record(const QString& registerPath, const AuditLog::Anchor& anchor);

// What was recorded for the register, oldest first; empty when nothing was.
QList<Seen> seen(const QString& registerPath);

// After a restore the office agreed to: forgets the anchors from the restored head's row on
// (the restore's own record is that row; what was seen there belongs to the history left),
// and records the restored head.
void restart(const QString& registerPath, const AuditLog::Anchor& restoredHead);

// One translated line for each recorded anchor (up to row `upToId`) the chain in `db` no
// longer holds: the newest first, at most a few. Empty when the chain extends every anchor.
QStringList disagreements(
    const QSqlDatabase& db, const QString& registerPath, qint64 upToId = std::numeric_limits<qint64>::max());

} // namespace ogi::AuditWitness
