#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace ogi {

// Which engine keeps a register (issue 19): an SQLite file on one desk, or a PostgreSQL
// database a shared office's desks reach over the network.
enum class StorageEngine
{
    Sqlite,
    Postgresql,
};

// Where a register is, as the user names it with --db or in the open dialog: a file path
// (SQLite), or a postgresql:// address.
struct RegisterLocation
{
    StorageEngine engine = StorageEngine::Sqlite;
    QString filePath; // SQLite: the file as given

    // PostgreSQL: postgresql://[user@]host[:port]/database[?option=value&...]
    QString host;
    int port = 5432;
    QString user; // empty: libpq's default (the system user's name)
    QString database;
    // libpq connection options from the address's query, in the order given: sslmode
    // (disable, allow, prefer, require, verify-ca, verify-full), sslrootcert, sslcert, sslkey,
    // sslcrl, connect_timeout, application_name.
    QList<QPair<QString, QString>> options;

    // Reads what the user typed. Anything that does not start with "postgresql://" or
    // "postgres://" is a file path. Throws Error(InvalidInput) naming the part that is wrong:
    // no host or database, a port that is not 1–65535, an option not listed above or a bad
    // sslmode, and a password written into the address (it would stay in shell history and
    // process lists: ~/.pgpass or OGI_DB_PASSWORD give it instead).
    static RegisterLocation parse(const QString& text);

    // The address for messages and titles, never with a password: the file path, or
    // "postgresql://user@host:port/database".
    QString display() const;

    bool isPostgresql() const { return engine == StorageEngine::Postgresql; }
};

} // namespace ogi
