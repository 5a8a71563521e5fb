#pragma once

#include <QString>

#include <optional>

namespace ogi {

// Who has a register file open, across processes: every open Database holds a shared lock
// (flock) on "<register>-lock" beside it; a restore takes it exclusively, so that it never
// replaces a file another program is writing (issue 18). A separate file, because closing
// any descriptor of the register itself would drop SQLite's own POSIX locks.
class RegisterOpenLock
{
public:
    // The lock of an opening program. Throws Error(Refused) while a restore holds the file.
    // Where the folder cannot be written (a read-only opening) no lock file can exist: then
    // holds nothing.
    static RegisterOpenLock shared(const QString& registerPath);
    // The lock of a restore; nullopt while any program has the register open.
    static std::optional<RegisterOpenLock> exclusive(const QString& registerPath);

    RegisterOpenLock(RegisterOpenLock&& other) noexcept;
    RegisterOpenLock& operator=(RegisterOpenLock&& other) noexcept;
    RegisterOpenLock(const RegisterOpenLock&) = delete;
    RegisterOpenLock& operator=(const RegisterOpenLock&) = delete;
    ~RegisterOpenLock();

    static QString lockPath(const QString& registerPath);

private:
    explicit RegisterOpenLock(int fd);
    int m_fd = -1;
};

// A register moved or replaced under a program that has it open (another program's restore,
// a file manager) must not take that program's next write into the moved-away file.
// Database::open remembers the file it opened; WriteTransaction asks before each write.
void rememberRegisterFile(const QString& connectionName, const QString& path);
void forgetRegisterFile(const QString& connectionName);
// Throws Error(Refused) naming the file when the file at the path this connection opened is
// no longer the one it opened.
void requireRegisterInPlace(const QString& connectionName);

} // namespace ogi
