#pragma once

#include "Progress.h"
#include "storage/RegisterLocation.h"
#include "storage/RegisterOpenLock.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ogi {

enum class OpenMode
{
    ExistingOnly, // the file must already be an OGI Desk database
    CreateIfMissing, // a missing or empty file becomes a new OGI Desk database
};

// An open OGI Desk database: one QSQLITE connection with the project's pragmas in force
// (WAL, foreign_keys=ON, synchronous=FULL, busy timeout) and the schema at the current
// version. Move-only; the connection is closed and removed when the object goes away.
// While open it holds the register's RegisterOpenLock, and its writes are refused once the
// file at its path is no longer the one it opened.
class Database
{
public:
    // Opens `path`: a file (SQLite) or a postgresql:// address (RegisterLocation). A server
    // database without tables becomes a register (CreateIfMissing); for the connection's
    // password and messages see openPostgresql. Refuses, with an Error naming the file and the reason and without
    // changing a byte of it: a file that is not SQLite, an SQLite file of another program,
    // a damaged file, a file of a newer schema version, a location that cannot be written,
    // and (ExistingOnly) a missing file. Older schemas are migrated in one transaction, which
    // reports to `progress` (may be null); stopped, it throws Error(Cancelled) and the file
    // keeps its old schema.
    // `serverPassword`: the password for a PostgreSQL server, when the person typed one.
    static Database open(const QString& path, OpenMode mode = OpenMode::ExistingOnly, Progress* progress = nullptr,
        const QString& serverPassword = QString());

    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    // The file's absolute path, or the server address as RegisterLocation::display() gives it.
    const QString& path() const { return m_path; }

    // Called with every Database just before it closes (AuditWitness records the audit
    // head); exceptions it throws are swallowed, closing never fails. One observer per process.
    static void setCloseObserver(std::function<void(const Database&)> observer);

    // Milliseconds a writer waits for another process's lock before giving up.
    static constexpr int kBusyTimeoutMs = 10000;

    // True when this open made the register (a new file, or a server database without tables).
    bool created() const { return m_created; }

    // Which engine keeps this register.
    StorageEngine engine() const;

private:
    Database(QString connectionName, QString path);
    static Database openServerRegister(const RegisterLocation& location, OpenMode mode, const QString& password);

    QString m_connectionName;
    QString m_path;
    bool m_created = false;
    std::optional<RegisterOpenLock> m_openLock; // held while open: a restore waits for it
};

} // namespace ogi
