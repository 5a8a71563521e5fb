#pragma once

#include "Clock.h"
#include "attachments/Attachment.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QList>
#include <QStringList>

namespace ogi {

// Where the files attached to the cases of a SQLite register are kept: the folder
// "<database file>.files" beside it, one file per distinct content, named by its SHA-256.
// A backup must take it together with the database. (A server register keeps them in its
// database: AttachmentBytes.)
QString attachmentFolder(const Database& database);

// Files attached to cases: scanned applications, replies as sent, other papers.
class AttachmentStore
{
public:
    // Larger files are refused: scans and letters, not recordings.
    static constexpr qint64 kMaxBytes = qint64(200) * 1024 * 1024;

    explicit AttachmentStore(const Database& database, const Clock& clock = SystemClock::instance());

    // Copies the file at `sourcePath` into the register's AttachmentBytes under its SHA-256
    // (stored before, or with, the row's commit, so a row never names missing bytes) and records it
    // against the case with an audit row. `user` must be an active clerk or chief.
    // Throws Error(NotFound) for an unknown case or a file that cannot be read,
    // Error(InvalidInput) for an empty or too large file, Error(NotWritable) when the folder
    // cannot be written, Error(Refused) for the role. Nothing is recorded when it throws.
    Attachment add(const QString& caseNumber, const QString& sourcePath, AttachmentKind kind, const UserAccount& user);

    // The case's attachments in the order they were added.
    QList<Attachment> list(qint64 caseId) const;

    // Copies the stored bytes to `folder` under the attachment's own name, checking them
    // against the recorded SHA-256 on the way; returns the copy's path (for opening it
    // without exposing the stored file to an editor). Throws Error(Corrupt) naming the file
    // when the stored bytes are missing or changed, Error(NotWritable) when the copy fails.
    QString copyOut(const Attachment& attachment, const QString& folder) const;

    // The file the bytes of `attachment` are stored in; empty for a server register, which
    // keeps them in its database.
    QString storedPath(const Attachment& attachment) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

// Every attachment whose stored file is missing or no longer has its recorded SHA-256, one
// translated line each naming the case and the file (part of `ogi verify`).
QStringList verifyAttachments(const Database& database);

} // namespace ogi
