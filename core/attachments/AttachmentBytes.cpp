#include "AttachmentBytes.h"

#include "Error.h"
#include "Sha256.h"
#include "storage/Database.h"
#include "storage/attachments/AttachmentRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::AttachmentStore)
    };

    // fsync of a file or folder by path: a stored file must outlive a power cut before the
    // row that names it commits.
    void syncPath(const QString& path)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }

    void write(QIODevice* out, const QByteArray& bytes, const QString& name)
    {
        if (out && out->write(bytes) != bytes.size())
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write a copy of %1: %2").arg(name, out->errorString()));
    }
} // namespace

QString attachmentFolderOf(const QString& filePath) { return QFileInfo(filePath).absoluteFilePath() + u".files"_s; }

AttachmentBytes::AttachmentBytes(const Database& database)
    : AttachmentBytes(database.connection(),
        database.engine() == StorageEngine::Postgresql ? QString() : database.path())
{
}

AttachmentBytes::AttachmentBytes(QSqlDatabase connection, const QString& filePath)
    : m_db(std::move(connection))
    , m_folder(filePath.isEmpty() ? QString() : attachmentFolderOf(filePath))
{
}

QString AttachmentBytes::place() const
{
    return m_folder.isEmpty() ? Tr::tr("in the register's database (table attachment_chunks)") : m_folder;
}

QString AttachmentBytes::filePathOf(const QString& sha256) const
{
    return m_folder.isEmpty() ? QString() : m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

QString AttachmentBytes::stagingFolder() const
{
    const QString folder = m_folder.isEmpty() ? QDir::tempPath() : m_folder;
    if (!QDir().mkpath(folder))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot create the attachment folder %1.").arg(folder));
    return folder;
}

void AttachmentBytes::store(QTemporaryFile& staged, const QString& sha256, const QString& name)
{
    if (m_folder.isEmpty()) {
        if (hasAttachmentChunks(m_db, sha256))
            return; // the same content, stored before
        if (!staged.seek(0))
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot read the copy of %1 again: %2").arg(name, staged.errorString()));
        AttachmentChunkWriter chunks(m_db, sha256);
        for (int seq = 0;; ++seq) {
            const QByteArray chunk = staged.read(kChunkBytes);
            if (chunk.isEmpty() && seq > 0)
                break;
            chunks.write(seq, chunk);
            if (chunk.size() < kChunkBytes)
                break;
        }
        return;
    }
    const QString target = filePathOf(sha256);
    const QString shard = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(shard))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot create the attachment folder %1.").arg(shard));
    // The same content stored before is kept (it is the same bytes); otherwise move the copy in.
    if (QFileInfo::exists(target))
        return;
    if (!staged.rename(target))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot store %1 as %2: %3").arg(name, target, staged.errorString()));
    staged.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    syncPath(shard);
}

std::optional<AttachmentBytes::Read> AttachmentBytes::read(const QString& sha256, QIODevice* out, const QString& name) const
{
    Sha256Stream sha;
    Read read;
    if (m_folder.isEmpty()) {
        // A piece at a time: a 200 MB scan is never held whole.
        for (int seq = 0;; ++seq) {
            const std::optional<QByteArray> stored = attachmentChunk(m_db, sha256, seq);
            if (!stored) {
                if (seq == 0)
                    return std::nullopt;
                break;
            }
            const QByteArray& chunk = *stored;
            sha.update(chunk.constData(), chunk.size());
            read.size += chunk.size();
            write(out, chunk, name);
        }
    } else {
        QFile stored(filePathOf(sha256));
        if (!stored.open(QIODevice::ReadOnly))
            return std::nullopt;
        for (;;) {
            const QByteArray block = stored.read(kChunkBytes);
            if (block.isEmpty())
                break;
            sha.update(block.constData(), block.size());
            read.size += block.size();
            write(out, block, name);
        }
    }
    read.sha256 = sha.hex();
    return read;
}

} // namespace ogi
