#pragma once

#include "Progress.h"
#include "backup/RegisterCopy.h"
#include "storage/RegisterLocation.h"
#include "storage/Database.h"

#include <QString>

namespace ogi {

// A backup of a register: one zip holding a consistent snapshot of the database (SQLite's
// online backup, taken while other processes may be writing), every attached file
// ("files/ab/<sha256>"), and manifest.json with the size and SHA-256 of every entry. A server
// register's backup is the same zip: its snapshot is the register copied into a SQLite file
// (copyRegister, checked there), so either engine's backup restores into either.

struct BackupSummary
{
    int files = 0; // attachments included
    qint64 bytes = 0; // of all entries, before compression
};

// Writes the backup of `database` to `zipPath` (through a temporary file, renamed when
// complete). Throws Error(NotWritable) naming the file when it cannot be written; reports to
// `progress` (may be null) and stops with Error(Cancelled), leaving no zip behind.
BackupSummary writeBackup(const Database& database, const QString& zipPath, Progress* progress = nullptr);

// Unpacks the backup `zipPath` into `folder` and checks it: every entry against the
// manifest (a missing, extra, changed, truncated or oversized entry, or a zip that is not an
// OGI Desk backup, is refused with Error(Corrupt) naming it), the manifest's audit head
// against the register's, then opens the register and runs verifyDatabase on it. Returns the
// path of the checked register in `folder`, its attachments beside it, private to its owner.
// RegisterRestore puts it in place.
QString stageBackup(const QString& zipPath, const QString& folder);

// Restores the backup `zipPath` into the PostgreSQL database `target`, which must be empty (a
// register already there is refused, never overwritten): checked as stageBackup checks it,
// then copied in as copyRegister copies, attached files included and checked on the server.
// Throws Error as those do; nothing of it stays on the server when it throws.
RegisterCopyResult restoreIntoServer(const QString& zipPath, const RegisterLocation& target, const QString& actor,
    const QString& password = QString());

} // namespace ogi
