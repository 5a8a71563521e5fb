#include "RegisterOpenLock.h"

#include "Error.h"
#include "PrivateFileMode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Database)
    };

    int openLockFile(const QString& registerPath)
    {
        const QString path = RegisterOpenLock::lockPath(registerPath);
        const mode_t mode = privateFilePermissions(QFileInfo(path).absolutePath()).testFlag(QFileDevice::ReadGroup)
            ? 0660 // every desk of a group-shared folder takes it
            : 0600;
        return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, mode);
    }

    struct FileIdentity
    {
        QString path;
        dev_t device = 0;
        ino_t inode = 0;
    };

    std::optional<FileIdentity> identityOf(const QString& path)
    {
        struct stat info {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return std::nullopt;
        return FileIdentity { path, info.st_dev, info.st_ino };
    }

    QMutex g_mutex;
    QHash<QString, FileIdentity> g_opened; // by connection name
} // namespace

QString RegisterOpenLock::lockPath(const QString& registerPath) { return registerPath + u"-lock"_s; }

RegisterOpenLock::RegisterOpenLock(int fd)
    : m_fd(fd)
{
}

RegisterOpenLock RegisterOpenLock::shared(const QString& registerPath)
{
    const int fd = openLockFile(registerPath);
    if (fd < 0)
        return RegisterOpenLock(-1);
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        ::close(fd);
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 is being restored from a backup right now. Open it again when the restore has finished.")
                .arg(registerPath));
    }
    return RegisterOpenLock(fd);
}

std::optional<RegisterOpenLock> RegisterOpenLock::exclusive(const QString& registerPath)
{
    const int fd = openLockFile(registerPath);
    if (fd < 0)
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in %1.").arg(QFileInfo(registerPath).absolutePath()));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    return RegisterOpenLock(fd);
}

RegisterOpenLock::RegisterOpenLock(RegisterOpenLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

RegisterOpenLock& RegisterOpenLock::operator=(RegisterOpenLock&& other) noexcept
{
    std::swap(m_fd, other.m_fd);
    return *this;
}

RegisterOpenLock::~RegisterOpenLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // drops the lock
}

void rememberRegisterFile(const QString& connectionName, const QString& path)
{
    const std::optional<FileIdentity> identity = identityOf(path);
    const QMutexLocker locker(&g_mutex);
    if (identity)
        g_opened.insert(connectionName, *identity);
}

void forgetRegisterFile(const QString& connectionName)
{
    const QMutexLocker locker(&g_mutex);
    g_opened.remove(connectionName);
}

void requireRegisterInPlace(const QString& connectionName)
{
    FileIdentity opened;
    {
        const QMutexLocker locker(&g_mutex);
        const auto it = g_opened.constFind(connectionName);
        if (it == g_opened.cend())
            return;
        opened = *it;
    }
    const std::optional<FileIdentity> now = identityOf(opened.path);
    if (!now || now->device != opened.device || now->inode != opened.inode)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 was replaced or moved by another program (a restore from a backup?) since it was opened "
                   "here. Nothing was written. Close it and open it again.")
                .arg(opened.path));
}

} // namespace ogi
