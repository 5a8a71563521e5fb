#include "CliContext.h"
#include "PasswordPrompt.h"

#include "Error.h"
#include "log/LogFile.h"
#include "users/SignIn.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::CliContext)
    };

    QString loginName()
    {
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return user.isEmpty() ? u"cli"_s : user;
    }
} // namespace

CliContext::CliContext(QString dbPath, QString user, QStringList args)
    : out(stdout)
    , err(stderr)
    , m_dbPath(std::move(dbPath))
    , m_user(user.isEmpty() ? loginName() : user)
    , m_userGiven(!user.isEmpty())
    , m_args(std::move(args))
{
}

UserAccount CliContext::signIn(const Database& database) const
{
    const auto [login, password] = credentials(Tr::tr("this command changes the register: give --user NAME"));
    const UserAccount user = SignIn(database).signIn(login, password);
    log::info(u"ogi: %1 signed in on %2"_s.arg(user.login, database.path()));
    return user;
}

std::pair<QString, QString> CliContext::credentials(const QString& why) const
{
    if (!m_userGiven)
        throw UsageError { why };
    return { m_user, readPassword("OGI_PASSWORD", Tr::tr("Password for %1: ").arg(m_user), false) };
}

Database CliContext::openDatabase(OpenMode mode) const
{
    if (m_dbPath.isEmpty())
        throw UsageError { Tr::tr("this command needs --db FILE") };
    try {
        return Database::open(m_dbPath, mode);
    } catch (const Error& error) {
        if (error.code() != ErrorCode::PasswordNeeded)
            throw;
        // No OGI_DB_PASSWORD and nothing in ~/.pgpass: asked on the terminal, or refused
        // with the server's need when there is none.
        QString password;
        try {
            password = readPassword("OGI_DB_PASSWORD", Tr::tr("Password for %1: ").arg(m_dbPath), false);
        } catch (const UsageError&) {
            throw error;
        }
        return Database::open(m_dbPath, mode, nullptr, password);
    }
}

bool CliContext::takeFlag(const QString& name)
{
    return m_args.removeAll(u"--"_s + name) > 0;
}

QString CliContext::takeOption(const QString& name)
{
    const QString flag = u"--"_s + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i) == flag) {
            if (i + 1 >= m_args.size())
                throw UsageError { Tr::tr("%1 needs a value").arg(flag) };
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (m_args.at(i).startsWith(flag + u'=')) {
            const QString value = m_args.at(i).mid(flag.size() + 1);
            m_args.remove(i);
            return value;
        }
    }
    return {};
}

QStringList CliContext::takeOptions(const QString& name)
{
    const QString flag = u"--"_s + name;
    auto present = [&] {
        return std::any_of(m_args.cbegin(), m_args.cend(),
            [&](const QString& arg) { return arg == flag || arg.startsWith(flag + u'='); });
    };
    QStringList values;
    while (present())
        values << takeOption(name);
    return values;
}

QStringList CliContext::takePositionals(int count, const QString& usage)
{
    for (const QString& arg : std::as_const(m_args))
        if (arg.startsWith(u"--"))
            throw UsageError { Tr::tr("unknown option %1; usage: %2").arg(arg, usage) };
    if (m_args.size() != count)
        throw UsageError { Tr::tr("usage: %1").arg(usage) };
    const QStringList positionals = m_args;
    m_args.clear();
    return positionals;
}

} // namespace ogi::cli
