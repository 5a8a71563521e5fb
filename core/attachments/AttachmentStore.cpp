#include "AttachmentStore.h"

#include "attachments/AttachmentBytes.h"

#include "Error.h"
#include "Sha256.h"
#include "audit/AuditLog.h"
#include "storage/WriteTransaction.h"
#include "storage/attachments/AttachmentRows.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::AttachmentStore)
    };

    struct Digest
    {
        QString sha256;
        qint64 size = 0;
    };

    // Reads `in` to its end, hashing it and writing it to `out` when given. Throws
    // Error(InvalidInput) past `maxBytes`, Error(NotWritable) when `out` fails.
    Digest copyHashing(QIODevice& in, QIODevice* out, const QString& name, qint64 maxBytes)
    {
        Sha256Stream sha;
        Digest digest;
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = in.read(block.data(), block.size());
            if (n < 0)
                throw Error(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(name, in.errorString()));
            if (n == 0)
                break;
            digest.size += n;
            if (digest.size > maxBytes)
                throw Error(ErrorCode::InvalidInput,
                    Tr::tr("%1 is larger than %2 MB; attach scans and letters, not recordings.")
                        .arg(name)
                        .arg(maxBytes / (1024 * 1024)));
            sha.update(block.constData(), n);
            if (out && out->write(block.constData(), n) != n)
                throw Error(
                    ErrorCode::NotWritable, Tr::tr("Cannot write a copy of %1: %2").arg(name, out->errorString()));
        }
        digest.sha256 = sha.hex();
        return digest;
    }

    // What a source file was when opened: a copy must end with the same, or it is not the file.
    struct SourceState
    {
        qint64 size = 0;
        qint64 modifiedNs = 0;
    };

    SourceState stateOf(const struct stat& st)
    {
        return { qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec };
    }

    // Why `st` (of `path`) is no document to attach, or empty when it is a regular file.
    QString notADocument(const QString& path, const struct stat& st)
    {
        if (S_ISDIR(st.st_mode))
            return Tr::tr("%1 is a folder; attach the files in it one by one.").arg(path);
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
            return Tr::tr("%1 is a device, not a document; only files can be attached.").arg(path);
        if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
            return Tr::tr("%1 is a pipe or a socket, not a document; only files can be attached.").arg(path);
        if (!S_ISREG(st.st_mode))
            return Tr::tr("%1 is not a regular file; only files can be attached.").arg(path);
        return {};
    }

    // Opens `sourcePath` for reading when it is a document: a regular file outside /proc and
    // /sys (whose files claim no size and change as they are read). A FIFO is refused before
    // anything waits on it. Returns the open descriptor; `state` what it was.
    int openDocument(const QString& sourcePath, SourceState& state)
    {
        const QFileInfo info(sourcePath);
        if (!info.exists() && !info.isSymLink())
            throw Error(ErrorCode::NotFound, Tr::tr("There is no file %1.").arg(sourcePath));
        struct stat st {};
        if (::stat(QFile::encodeName(sourcePath).constData(), &st) != 0)
            throw Error(ErrorCode::NotFound,
                Tr::tr("Cannot read %1: %2").arg(sourcePath, QString::fromLocal8Bit(std::strerror(errno))));
        if (const QString problem = notADocument(sourcePath, st); !problem.isEmpty())
            throw Error(ErrorCode::InvalidInput, problem);
        const QString real = info.canonicalFilePath();
        for (const QString& system : { u"/proc/"_s, u"/sys/"_s })
            if (real.startsWith(system))
                throw Error(ErrorCode::InvalidInput,
                    Tr::tr("%1 is a file of the running system (under %2), not a document; save the document as a "
                           "file and attach that.")
                        .arg(sourcePath, system));
        // O_NONBLOCK: should it have become a FIFO since, opening must not wait for a writer.
        const int fd = ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            throw Error(ErrorCode::NotFound,
                Tr::tr("Cannot read %1: %2").arg(sourcePath, QString::fromLocal8Bit(std::strerror(errno))));
        if (::fstat(fd, &st) != 0 || !notADocument(sourcePath, st).isEmpty()) {
            ::close(fd);
            throw Error(ErrorCode::InvalidInput, Tr::tr("%1 is not a regular file; only files can be attached.").arg(sourcePath));
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        state = stateOf(st);
        return fd;
    }

    Attachment attachmentOf(const AttachmentRow& row)
    {
        return { row.id, row.caseId, parseTerm(attachmentKinds(), row.kind).value_or(AttachmentKind::Other),
            row.fileName, row.sha256, row.size, row.addedBy, row.addedAt };
    }

    // Why the stored bytes of `a` cannot be trusted, or empty when they can.
    QString storedProblem(const AttachmentBytes& bytes, const Attachment& a, QIODevice* out)
    {
        const std::optional<AttachmentBytes::Read> read = bytes.read(a.sha256, out, a.fileName);
        if (!read)
            return bytes.filePathOf(a.sha256).isEmpty()
                ? Tr::tr("its stored bytes (SHA-256 %1) are missing from the database").arg(a.sha256)
                : Tr::tr("the stored file %1 is missing").arg(bytes.filePathOf(a.sha256));
        if (read->sha256 != a.sha256 || read->size != a.size)
            return bytes.filePathOf(a.sha256).isEmpty()
                ? Tr::tr("its stored bytes have been changed (their SHA-256 is now %1)").arg(read->sha256)
                : Tr::tr("the stored file %1 has been changed (its SHA-256 is now %2)")
                      .arg(bytes.filePathOf(a.sha256), read->sha256);
        return {};
    }
} // namespace

QString attachmentFolder(const Database& database) { return attachmentFolderOf(database.path()); }

AttachmentStore::AttachmentStore(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Attachment AttachmentStore::add(
    const QString& caseNumber, const QString& sourcePath, AttachmentKind kind, const UserAccount& user)
{
    requireRole(user, user.holds(Role::Chief) ? Role::Chief : Role::Clerk, Tr::tr("Attaching a file"));
    const QSqlDatabase db = m_database.connection();
    const std::optional<qint64> caseId = caseIdOfNumber(db, caseNumber);
    if (!caseId)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));

    const QString name = QFileInfo(sourcePath).fileName();
    SourceState opened;
    const int fd = openDocument(sourcePath, opened);
    QFile source;
    if (!source.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw Error(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(sourcePath, source.errorString()));
    }

    AttachmentBytes bytes(m_database);
    const QString folder = bytes.stagingFolder();
    QTemporaryFile incoming(folder + u"/incoming-XXXXXX"_s);
    if (!incoming.open())
        throw Error(ErrorCode::NotWritable,
            Tr::tr("Cannot write in the attachment folder %1: %2").arg(folder, incoming.errorString()));
    const Digest digest = copyHashing(source, &incoming, name, kMaxBytes);
    if (digest.size == 0)
        throw Error(ErrorCode::InvalidInput, Tr::tr("%1 is empty; there is nothing to attach.").arg(sourcePath));
    // A file still being written, cut or replaced while copied is not stored in part.
    struct stat after {};
    if (::fstat(source.handle(), &after) != 0 || digest.size != opened.size || stateOf(after).size != opened.size
        || stateOf(after).modifiedNs != opened.modifiedNs)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 changed while it was being copied (%2 bytes when opened, %3 read); attach it again once it is "
                   "complete.")
                .arg(sourcePath)
                .arg(opened.size)
                .arg(digest.size));
    if (!incoming.flush() || ::fsync(incoming.handle()) != 0)
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in the attachment folder %1.").arg(folder));

    const QDateTime now = m_clock.now();
    WriteTransaction transaction(db);
    bytes.store(incoming, digest.sha256, name);
    const qint64 attachmentId = insertAttachmentRow(
        db, { 0, *caseId, codeOf(attachmentKinds(), kind), name, digest.sha256, digest.size, user.login, now });
    AuditLog::append(db,
        { user.login, u"case.attach"_s, caseNumber,
            auditDetails({ { u"file_name"_s, name }, { u"kind"_s, codeOf(attachmentKinds(), kind) },
                { u"sha256"_s, digest.sha256 }, { u"size"_s, digest.size } }) },
        now);
    transaction.commit();
    return { attachmentId, *caseId, kind, name, digest.sha256, digest.size, user.login, now };
}

QList<Attachment> AttachmentStore::list(qint64 caseId) const
{
    QList<Attachment> attachments;
    for (const AttachmentRow& row : attachmentRowsOf(m_database.connection(), caseId))
        attachments << attachmentOf(row);
    return attachments;
}

QString AttachmentStore::storedPath(const Attachment& attachment) const
{
    return AttachmentBytes(m_database).filePathOf(attachment.sha256);
}

QString AttachmentStore::copyOut(const Attachment& attachment, const QString& folder) const
{
    const QString target = QDir(folder).filePath(attachment.fileName);
    QFile::remove(target);
    QFile copy(target);
    if (!copy.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write a copy of %1: %2").arg(target, copy.errorString()));
    const QString problem = storedProblem(AttachmentBytes(m_database), attachment, &copy);
    copy.close();
    if (!problem.isEmpty()) {
        QFile::remove(target);
        throw Error(ErrorCode::Corrupt,
            Tr::tr("Attachment %1 cannot be opened: %2. Restore it from a backup.").arg(attachment.fileName, problem));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner);
    return target;
}

QStringList verifyAttachments(const Database& database)
{
    const AttachmentBytes bytes(database);
    QStringList findings;
    forEachAttachmentRow(database.connection(), [&](const AttachmentRow& row, const QString& caseNumber) {
        const Attachment a = attachmentOf(row);
        const QString problem = storedProblem(bytes, a, nullptr);
        if (!problem.isEmpty())
            findings << Tr::tr("Case %1, attachment %2: %3.").arg(caseNumber, a.fileName, problem);
    });
    return findings;
}

} // namespace ogi
