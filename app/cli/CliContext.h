#pragma once

#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ogi::cli {

// Exit codes of `ogi`.
enum ExitCode { ExitOk = 0, ExitFinding = 1, ExitUsage = 2 };

// Thrown for a malformed command line; main prints the message and the usage, exit 2.
struct UsageError
{
    QString message;
};

// What every command gets: the global options, its own arguments, and the two streams.
class CliContext
{
public:
    CliContext(QString dbPath, QString user, QStringList args);

    const QString& dbPath() const { return m_dbPath; }
    // The actor recorded in events and audit rows: --user, else the login name.
    const QString& actor() const { return m_user; }
    QStringList& args() { return m_args; }

    // Signs in the user named by --user with the password from OGI_PASSWORD or a prompt.
    // UsageError without --user: every command that changes the register needs it.
    UserAccount signIn(const Database& database) const;
    // The login and password of --user for a sign-in core makes itself (a restore signs in to
    // the register it replaces); UsageError without --user, `why` saying what needs it.
    std::pair<QString, QString> credentials(const QString& why) const;

    // Opens the database named by --db (a UsageError if there is none).
    Database openDatabase(OpenMode mode = OpenMode::ExistingOnly) const;

    // Removes `--name` from the arguments; true if it was there.
    bool takeFlag(const QString& name);
    // Removes `--name VALUE` (or --name=VALUE); empty if absent, UsageError if VALUE is missing.
    QString takeOption(const QString& name);
    // Removes every `--name VALUE` (or --name=VALUE), for options that may repeat; in order.
    QStringList takeOptions(const QString& name);
    // The remaining arguments must be exactly `count` positionals; returns them.
    QStringList takePositionals(int count, const QString& usage);

    QTextStream out;
    QTextStream err;

private:
    QString m_dbPath;
    QString m_user;
    bool m_userGiven;
    QStringList m_args;
};

} // namespace ogi::cli
