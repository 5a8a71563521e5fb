#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace ogi {

// The attachments and attachment_chunks tables as stored; attachments/ copies, hashes and
// checks the files. The writers run inside the caller's transaction.

// One attached file. Kind is the vocabulary code ("application", "other" ...).
struct AttachmentRow
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt;
};

// The id of the case numbered `caseNumber`; nullopt when there is none.
std::optional<qint64> caseIdOfNumber(const QSqlDatabase& db, const QString& caseNumber);

// Stores `row` (its id is not read); returns the new id.
qint64 insertAttachmentRow(const QSqlDatabase& db, const AttachmentRow& row);

// The case's attachments in the order they were added.
QList<AttachmentRow> attachmentRowsOf(const QSqlDatabase& db, qint64 caseId);

// Hands every attachment, with its case's number, to `visit` in the order they were added.
void forEachAttachmentRow(
    const QSqlDatabase& db, const std::function<void(const AttachmentRow&, const QString& caseNumber)>& visit);

// Whether bytes of `sha256` are stored in attachment_chunks.
bool hasAttachmentChunks(const QSqlDatabase& db, const QString& sha256);

// Piece `seq` (from 0) of the bytes of `sha256`; nullopt past the last.
std::optional<QByteArray> attachmentChunk(const QSqlDatabase& db, const QString& sha256, int seq);

// Writes the pieces of one file's bytes into attachment_chunks, one statement prepared for
// all of them.
class AttachmentChunkWriter
{
public:
    AttachmentChunkWriter(const QSqlDatabase& db, const QString& sha256);
    // Stores `bytes` as piece `seq`.
    void write(int seq, const QByteArray& bytes);

private:
    QSqlQuery m_insert;
    QString m_sha256;
};

} // namespace ogi
