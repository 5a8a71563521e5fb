#include "Database.h"

#include "Error.h"
#include "PrivateFileMode.h"
#include "storage/DatabaseFile.h"
#include "storage/RegisterLocation.h"
#include "storage/SchemaMigrations.h"
#include "storage/Sql.h"
#include "storage/SqliteLibraryCheck.h"
#include "storage/WriteTransaction.h"
#include "storage/postgresql/PgConnection.h"
#include "storage/postgresql/PgSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Database)
    };

    QString nextConnectionName()
    {
        static QAtomicInteger<int> counter = 0;
        return u"ogi-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    }

    void closeConnection(const QString& name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString damagedMessage(const QString& path, const QString& reason)
    {
        return Tr::tr("Cannot open %1: the file is damaged (%2). Restore it from a backup.").arg(path, reason);
    }

    // A register of schema `version` (a file or a server's database, named `where`) that
    // this version of OGI Desk does not know yet.
    [[noreturn]] void refuseNewerSchema(const QString& where, int version)
    {
        throw Error(ErrorCode::NewerSchema,
            Tr::tr("Cannot open %1: it was written by a newer version of OGI Desk (schema %2; this "
                   "version knows up to %3). Update OGI Desk.")
                .arg(where)
                .arg(version)
                .arg(currentSchemaVersion()));
    }

    // quick_check reads every page: about 10 ms per MiB here, 4 s for a 430 MiB register of
    // 100,000 cases. Files up to this size get it at every open; larger ones get the header
    // and schema checks here, SQLITE_CORRUPT on any later read, and the full check in verify.
    constexpr qint64 kFullCheckLimit = 32 * 1024 * 1024;

    // Read-only checks on a file that carries our application_id. Nothing here writes.
    void checkExistingFile(const QSqlDatabase& db, const QString& path)
    {
        int version = 0;
        QString check = u"ok"_s;
        try {
            version = sql::scalar(db, u"PRAGMA user_version"_s).toInt();
            sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
            if (QFileInfo(path).size() <= kFullCheckLimit)
                check = sql::scalar(db, u"PRAGMA quick_check"_s).toString();
        } catch (const Error& error) {
            if (error.code() == ErrorCode::Corrupt)
                throw Error(ErrorCode::Corrupt, damagedMessage(path, error.message()));
            throw;
        }
        if (version > currentSchemaVersion())
            refuseNewerSchema(path, version);
        if (check != u"ok")
            throw Error(ErrorCode::Corrupt, damagedMessage(path, check));
    }
} // namespace

namespace {
    std::function<void(const Database&)>& closeObserver()
    {
        static std::function<void(const Database&)> observer;
        return observer;
    }
} // namespace

void Database::setCloseObserver(std::function<void(const Database&)> observer)
{
    closeObserver() = std::move(observer);
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::move(other.m_path))
    , m_created(other.m_created)
    , m_openLock(std::move(other.m_openLock))
{
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        if (closeObserver()) {
            try {
                closeObserver()(*this);
            } catch (...) {
                // Closing never fails for a witness that could not be written.
            }
        }
        closeConnection(m_connectionName);
        forgetRegisterFile(m_connectionName);
    }
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

StorageEngine Database::engine() const { return sql::engineOf(connection()); }

Database Database::openServerRegister(const RegisterLocation& location, OpenMode mode, const QString& password)
{
    Database database(nextConnectionName(), location.display());
    QSqlDatabase db = openPostgresql(location, database.m_connectionName, password);
    // A writer waits for another desk's writer lock as long as SQLite's busy timeout.
    sql::runScript(db, u"SET lock_timeout = %1"_s.arg(kBusyTimeoutMs));
    // The repeat finder's candidates (CaseSearchIndex): pg_trgm's % compares a request with a
    // case's three texts together, so its default 0.3 would miss requests the finder counts as
    // alike (from 0.5 of shared three-character runs in the request alone).
    sql::runScript(db, u"SET pg_trgm.similarity_threshold = 0.15"_s);
    const int version = pgSchemaVersion(db);
    if (version == 0) {
        if (mode == OpenMode::ExistingOnly)
            throw Error(ErrorCode::NotFound,
                Tr::tr("The database %1 holds no OGI Desk register yet. Create one with: ogi --db %1 init")
                    .arg(location.display()));
        createPgSchema(db);
        database.m_created = true;
    } else if (version > currentSchemaVersion()) {
        refuseNewerSchema(location.display(), version);
    } else if (version < currentSchemaVersion()) {
        // Every PostgreSQL register so far was created at the current version: a lower one was
        // not written by OGI Desk, and is left as it is.
        throw Error(ErrorCode::NotOurFile,
            Tr::tr("Cannot open %1: its schema version %2 is older than any this version of OGI Desk wrote. "
                   "Nothing was changed in it.")
                .arg(location.display())
                .arg(version));
    }
    return database;
}

Database Database::open(const QString& path, OpenMode mode, Progress* progress, const QString& serverPassword)
{
    // A postgresql:// address is checked whole (a password in it refused) before anything else.
    if (const RegisterLocation location = RegisterLocation::parse(path); location.isPostgresql())
        return openServerRegister(location, mode, serverPassword);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const DatabaseFileKind kind = inspectDatabaseFile(absolute);
    const bool isNew = kind != DatabaseFileKind::Ours;
    if (isNew && mode == OpenMode::ExistingOnly)
        throw Error(ErrorCode::NotFound,
            kind == DatabaseFileKind::Missing
                ? Tr::tr("There is no OGI Desk database at %1. Create one with: ogi --db %1 init").arg(absolute)
                : Tr::tr("Cannot open %1: the file is empty, not an OGI Desk database.").arg(absolute));

    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        throw Error(
            ErrorCode::Internal, Tr::tr("Qt's SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite."));

    // SQLite would create the file 0644 less the umask, and its -wal and -shm files copy the
    // file's mode: made here first, private to its owner (issue 18).
    RegisterOpenLock openLock = RegisterOpenLock::shared(absolute);
    if (kind == DatabaseFileKind::Missing)
        createPrivateFile(absolute);

    // Construct the object first so that any throw below closes the connection again.
    Database database(nextConnectionName(), absolute);
    database.m_openLock = std::move(openLock);
    database.m_created = isNew;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database.m_connectionName);
    db.setDatabaseName(absolute);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        throw Error(ErrorCode::Storage, Tr::tr("Cannot open %1: %2").arg(absolute, db.lastError().text()));

    rememberRegisterFile(database.m_connectionName, absolute);
    requireSameSqliteLibrary(db);
    if (!isNew)
        checkExistingFile(db, absolute);
    else
        // Set while the file is still in rollback-journal mode, so the id lands in the main
        // file's header at once and every later look at the header sees it.
        sql::run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId));

    sql::run(db, u"PRAGMA journal_mode = WAL"_s);
    sql::run(db, u"PRAGMA synchronous = FULL"_s);
    sql::run(db, u"PRAGMA foreign_keys = ON"_s);

    // Re-read the version inside the write lock: another process may have migrated meanwhile.
    if (sql::scalar(db, u"PRAGMA user_version"_s).toInt() < currentSchemaVersion()) {
        WriteTransaction transaction(db);
        const int version = sql::scalar(db, u"PRAGMA user_version"_s).toInt();
        migrateSchema(db, version, progress);
        transaction.commit();
    }
    return database;
}

} // namespace ogi
