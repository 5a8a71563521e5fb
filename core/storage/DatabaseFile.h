#pragma once

#include <QString>

namespace ogi {

// What a path holds before SQLite is allowed to touch it. Reads the file's first 100 bytes
// (the SQLite header) with plain file I/O, so a refusal leaves the file byte-for-byte as it
// was.
enum class DatabaseFileKind
{
    Missing, // nothing at the path (its folder exists and is writable)
    Empty, // a zero-length file
    Ours, // an SQLite file carrying OGI Desk's application_id
};

// The application_id stored in every OGI Desk database ("OGID").
inline constexpr int kApplicationId = 0x4F474944;

// Inspects `path`; throws Error (NotOurFile, NotWritable, Corrupt for a cut-off file) naming
// the file and the reason when the path cannot hold an OGI Desk database this process may
// write.
DatabaseFileKind inspectDatabaseFile(const QString& path);

// Removes the files SQLite and OGI Desk keep beside a register (-wal, -shm, -lock) once no
// program has it open: a snapshot or staged copy that is moved or left behind.
void removeSidecarFiles(const QString& path);

// The schema version (user_version) of the OGI Desk database file at `path`, read through a
// read-only connection (the write-ahead log included), so that nothing migrates the file;
// 0 when it cannot be read.
int databaseFileSchemaVersion(const QString& path);

} // namespace ogi
