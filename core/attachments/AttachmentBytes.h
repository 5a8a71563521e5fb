#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;
class QTemporaryFile;

namespace ogi {

class Database;

// Where the bytes of a register's attached files are kept, one copy per content, named by
// its SHA-256. Beside a SQLite register: the folder "<database file>.files", one file each
// (a backup takes the folder with the file). In a PostgreSQL register: its table
// attachment_chunks, in pieces of kChunkBytes, so that every desk of the office reads the
// same files and the server's backup holds them.
class AttachmentBytes
{
public:
    static constexpr int kChunkBytes = 1 << 20;

    explicit AttachmentBytes(const Database& database);
    // For a register open as a bare connection (ogi copy): `filePath` is a SQLite register's
    // file, empty for PostgreSQL.
    AttachmentBytes(QSqlDatabase connection, const QString& filePath);

    // Where they are, for people: the folder, or the database's table.
    QString place() const;
    // The folder a new file's copy is staged in before store() takes it: the attachment folder
    // itself (store() renames it in) or, for a server register, the temporary folder. Created
    // when missing; throws Error(NotWritable) when it cannot be.
    QString stagingFolder() const;
    // Takes the staged copy `staged` (complete, synced) of the content `sha256` into the store,
    // unless that content is stored already. On PostgreSQL its rows are written in the
    // caller's transaction, so an attachment row never commits without its bytes; in a folder
    // it is renamed in and synced before the caller commits. Throws Error(NotWritable).
    void store(QTemporaryFile& staged, const QString& sha256, const QString& name);

    struct Read
    {
        QString sha256; // of the bytes read, whatever was recorded
        qint64 size = 0;
    };
    // Reads the stored content `sha256`, writing it to `out` when given; nullopt when nothing
    // is stored under that name. Throws Error(NotWritable) when `out` fails.
    std::optional<Read> read(const QString& sha256, QIODevice* out, const QString& name) const;
    // The stored file of `sha256` in the folder; empty for a server register.
    QString filePathOf(const QString& sha256) const;

private:
    QSqlDatabase m_db;
    QString m_folder; // empty: PostgreSQL
};

// The attachment folder of the SQLite register file `filePath`.
QString attachmentFolderOf(const QString& filePath);

} // namespace ogi
