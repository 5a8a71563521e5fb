#include "UserRepository.h"

#include "Error.h"
#include "Timestamps.h"
#include "Sha256.h"
#include "audit/AuditLog.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "users/PasswordHash.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::UserRepository)
    };


    QJsonArray roleCodes(const QList<Role>& list)
    {
        QJsonArray codes;
        for (Role role : list)
            codes.append(codeOf(roles(), role));
        return codes;
    }

    void writeRoles(const QSqlDatabase& db, qint64 userId, const QList<Role>& list)
    {
        sql::run(db, u"DELETE FROM user_roles WHERE user_id = ?"_s, { userId });
        for (Role role : list)
            sql::run(db, u"INSERT INTO user_roles (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                { userId, codeOf(roles(), role) });
    }
} // namespace

UserRepository::UserRepository(const Database& database, const Clock& clock)
    : m_db(database.connection())
    , m_clock(clock)
{
}

bool UserRepository::isEmpty() const
{
    return sql::scalar(m_db, u"SELECT count(*) FROM users"_s).toLongLong() == 0;
}

void UserRepository::checkPassword(const QString& login, const QString& password)
{
    if (password.size() < 8)
        throw Error(ErrorCode::InvalidInput, Tr::tr("The password must have at least 8 characters."),
            { { u"password"_s, Tr::tr("at least 8 characters") } });
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        throw Error(ErrorCode::InvalidInput, Tr::tr("The password must not be the login name."),
            { { u"password"_s, Tr::tr("not the login name") } });
}

UserAccount UserRepository::createFirstAdministrator(
    const QString& login, const QString& displayName, const QString& password)
{
    WriteTransaction transaction(m_db);
    if (!isEmpty())
        throw Error(ErrorCode::Refused,
            Tr::tr("This register already has users; the administrator adds new ones (ogi user add)."));
    const UserAccount account = insert(login.trimmed(), login, displayName, { Role::Administrator }, password);
    transaction.commit();
    return account;
}

UserAccount UserRepository::create(const UserAccount& by, const QString& login, const QString& displayName,
    const QList<Role>& roleList, const QString& password)
{
    requireAdministrator(by, Tr::tr("Adding a user"));
    WriteTransaction transaction(m_db);
    const UserAccount account = insert(by.login, login, displayName, roleList, password);
    transaction.commit();
    return account;
}

namespace {
    bool isValidLogin(const QString& name)
    {
        static const QRegularExpression loginPattern(u"^[A-Za-z][A-Za-z0-9._-]{1,31}$"_s);
        return loginPattern.match(name).hasMatch();
    }
} // namespace

QList<FieldIssue> UserRepository::newAccountIssues(const QString& login, const QString& password)
{
    QList<FieldIssue> issues;
    const QString name = login.trimmed();
    if (!isValidLogin(name))
        issues.append({ u"login"_s, Tr::tr("2-32 letters, digits, . _ -; starts with a letter") });
    try {
        checkPassword(name, password);
    } catch (const Error& error) {
        issues.append(error.issues());
    }
    return issues;
}

UserAccount UserRepository::insert(const QString& actor, const QString& login, const QString& displayName,
    const QList<Role>& roleList, const QString& password)
{
    const QString name = login.trimmed();
    if (!isValidLogin(name))
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The login \"%1\" must be 2 to 32 letters, digits, dots, dashes or underscores, starting with a "
                   "letter.")
                .arg(name),
            { { u"login"_s, Tr::tr("2-32 letters, digits, . _ -; starts with a letter") } });
    if (roleList.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("A user needs at least one role."), { { u"roles"_s, Tr::tr("at least one role") } });
    checkPassword(name, password);
    if (find(name))
        throw Error(ErrorCode::Refused, Tr::tr("There is already a user \"%1\".").arg(name));
    const QString shownName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    const QDateTime now = m_clock.now();
    const QString passwordHash = hashPassword(password);
    const qint64 id = sql::scalar(m_db,
        u"INSERT INTO users (login, display_name, password_hash, active, created_at) VALUES (?, ?, ?, 1, ?) "
        u"RETURNING id"_s,
        { name, shownName, passwordHash, isoTimestamp(now) })
                          .toLongLong();
    writeRoles(m_db, id, roleList);
    AuditLog::append(m_db,
        { actor, u"user.create"_s, name, auditDetails({ { u"display_name"_s, shownName }, { u"roles"_s, roleCodes(roleList) },
                                                 { u"password_sha256"_s, sha256Hex(passwordHash.toUtf8()) } }) },
        now);
    return require(name);
}

void UserRepository::setRoles(const UserAccount& by, const QString& login, const QList<Role>& roleList)
{
    requireAdministrator(by, Tr::tr("Changing roles"));
    if (roleList.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("A user needs at least one role."));
    WriteTransaction transaction(m_db);
    const UserAccount target = require(login);
    keepAnAdministrator(target, roleList.contains(Role::Administrator));
    writeRoles(m_db, target.id, roleList);
    AuditLog::append(m_db,
        { by.login, u"user.roles"_s, target.login,
            auditDetails({ { u"from"_s, roleCodes(target.roles) }, { u"to"_s, roleCodes(roleList) } }) },
        m_clock.now());
    transaction.commit();
}

void UserRepository::setActive(const UserAccount& by, const QString& login, bool active)
{
    requireAdministrator(by, active ? Tr::tr("Enabling a user") : Tr::tr("Disabling a user"));
    WriteTransaction transaction(m_db);
    const UserAccount target = require(login);
    if (!active)
        keepAnAdministrator(target, false);
    sql::run(m_db, u"UPDATE users SET active = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
        { active ? 1 : 0, target.id });
    AuditLog::append(m_db, { by.login, active ? u"user.enable"_s : u"user.disable"_s, target.login, u"{}"_s }, m_clock.now());
    transaction.commit();
}

void UserRepository::setPassword(const UserAccount& by, const QString& login, const QString& password)
{
    const UserAccount target = require(login);
    if (target.id != by.id)
        requireAdministrator(by, Tr::tr("Setting another user's password"));
    checkPassword(target.login, password);
    const QString hash = hashPassword(password); // slow: outside the write lock
    WriteTransaction transaction(m_db);
    sql::run(m_db, u"UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
        { hash, target.id });
    // The digest of the stored hash (not the hash): verify sees a hash swapped in the file.
    AuditLog::append(m_db,
        { by.login, u"user.password"_s, target.login,
            auditDetails({ { u"password_sha256"_s, sha256Hex(hash.toUtf8()) } }) },
        m_clock.now());
    transaction.commit();
}

std::optional<UserAccount> UserRepository::find(const QString& login) const
{
    QSqlQuery q = sql::run(m_db,
        u"SELECT id, login, display_name, active FROM users WHERE lower(login) = lower(?)"_s, { login.trimmed() });
    if (!sql::next(q))
        return std::nullopt;
    UserAccount account;
    account.id = q.value(0).toLongLong();
    account.login = q.value(1).toString();
    account.displayName = q.value(2).toString();
    account.active = q.value(3).toInt() == 1;
    q.finish();
    QSqlQuery r = sql::run(m_db, u"SELECT role FROM user_roles WHERE user_id = ?"_s, { account.id });
    while (sql::next(r))
        if (const std::optional<Role> role = parseTerm(roles(), r.value(0).toString()))
            account.roles << *role;
    // In the vocabulary's order, whatever the table's.
    std::sort(account.roles.begin(), account.roles.end());
    return account;
}

QList<UserAccount> UserRepository::accountsOf(const QString& loginQuery) const
{
    QStringList logins;
    QSqlQuery q = sql::run(m_db, loginQuery);
    while (sql::next(q))
        logins << q.value(0).toString();
    q.finish(); // find() runs its own queries on the connection
    QList<UserAccount> accounts;
    for (const QString& login : logins)
        accounts << *find(login);
    return accounts;
}

QList<UserAccount> UserRepository::list() const
{
    return accountsOf(u"SELECT login FROM users ORDER BY lower(login)"_s);
}

QList<UserAccount> UserRepository::assignableClerks() const
{
    return accountsOf(u"SELECT u.login FROM users u JOIN user_roles r ON r.user_id = u.id "
                      u"WHERE r.role = 'clerk' AND u.active = 1 ORDER BY lower(u.login)"_s);
}

UserAccount UserRepository::require(const QString& login) const
{
    std::optional<UserAccount> account = find(login);
    if (!account)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no user \"%1\".").arg(login.trimmed()));
    return *account;
}

void UserRepository::requireAdministrator(const UserAccount& by, const QString& what) const
{
    requireRole(by, Role::Administrator, what);
}

void UserRepository::keepAnAdministrator(const UserAccount& target, bool staysAdmin) const
{
    if (staysAdmin || !target.active || !target.holds(Role::Administrator))
        return;
    const qint64 others = sql::scalar(m_db,
        u"SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
        u"WHERE r.role = 'admin' AND u.active = 1 AND u.id <> ?"_s,
        { target.id })
                              .toLongLong();
    if (others == 0)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 is the last active administrator; make another user an administrator first.").arg(target.login));
}

} // namespace ogi
