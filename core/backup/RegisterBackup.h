#pragma once

#include "Progress.h"
#include "storage/Database.h"

#include <QString>

namespace ogi {

// A backup of a register: one zip holding a consistent snapshot of the database (SQLite's
// online backup, taken while other processes may be writing), every attached file
// ("files/ab/<sha256>"), and manifest.json with the size and SHA-256 of every entry.

struct BackupSummary
{
    int files = 0; // attachments included
    qint64 bytes = 0; // of all entries, before compression
};

// Writes the backup of `database` to `zipPath` (through a temporary file, renamed when
// complete). Throws Error(NotWritable) naming the file when it cannot be written; reports to
// `progress` (may be null) and stops with Error(Cancelled), leaving no zip behind.
BackupSummary writeBackup(const Database& database, const QString& zipPath, Progress* progress = nullptr);

// Restores the backup `zipPath` as the register `dbPath`: unpacks it beside the target,
// checks every entry against the manifest (a missing, extra, changed or truncated entry, or
// a zip that is not an OGI Desk backup, is refused with Error(Corrupt) naming it), opens the
// restored database and runs verifyDatabase on it; only then moves it into place. A register
// already at `dbPath` (and its attachment folder) is kept beside it as
// "<dbPath>.replaced-<yyyyMMdd-HHmmss>"; returns that path (empty when there was none).
// `dbPath` must not be open in this process.
QString restoreBackup(const QString& zipPath, const QString& dbPath);

} // namespace ogi
