#include "PrivateFileMode.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::PrivateFileMode)
    };

    mode_t modeFor(const QString& folder)
    {
        struct stat info {};
        const bool shared = ::stat(QFile::encodeName(folder).constData(), &info) == 0 && (info.st_mode & S_ISGID);
        return shared ? 0640 : 0600;
    }

    [[noreturn]] void cannot(const QString& path, int error)
    {
        throw Error(ErrorCode::NotWritable,
            Tr::tr("Cannot make %1 private to its owner: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
} // namespace

QFileDevice::Permissions privateFilePermissions(const QString& folder)
{
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser;
    if (modeFor(folder) & S_IRGRP)
        permissions |= QFileDevice::ReadGroup;
    return permissions;
}

void makeFilePrivate(const QString& path)
{
    if (::chmod(QFile::encodeName(path).constData(), modeFor(QFileInfo(path).absolutePath())) != 0)
        cannot(path, errno);
}

void createPrivateFile(const QString& path)
{
    const mode_t mode = modeFor(QFileInfo(path).absolutePath());
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        throw Error(ErrorCode::NotWritable,
            Tr::tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    // open() applies the umask to `mode`, and an existing file keeps its old mode: set it.
    const int result = ::fchmod(fd, mode);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        cannot(path, error);
}

void denyOthersByDefault()
{
    const mode_t started = ::umask(0);
    ::umask(started | 027);
}

} // namespace ogi
