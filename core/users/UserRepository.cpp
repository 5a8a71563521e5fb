#include "UserRepository.h"

#include "Error.h"
#include "Sha256.h"
#include "audit/AuditLog.h"
#include "storage/WriteTransaction.h"
#include "storage/users/UserRows.h"
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
        QStringList codes;
        for (Role role : list)
            codes << codeOf(roles(), role);
        replaceUserRoles(db, userId, codes);
    }
} // namespace

UserRepository::UserRepository(const Database& database, const Clock& clock)
    : m_db(database.connection())
    , m_clock(clock)
{
}

bool UserRepository::isEmpty() const { return userCount(m_db) == 0; }

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
    const qint64 id = insertUserRow(m_db, name, shownName, passwordHash, now);
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
    setUserActive(m_db, target.id, active);
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
    setUserPasswordHash(m_db, target.id, hash);
    // The digest of the stored hash (not the hash): verify sees a hash swapped in the file.
    AuditLog::append(m_db,
        { by.login, u"user.password"_s, target.login,
            auditDetails({ { u"password_sha256"_s, sha256Hex(hash.toUtf8()) } }) },
        m_clock.now());
    transaction.commit();
}

std::optional<UserAccount> UserRepository::find(const QString& login) const
{
    const std::optional<UserRow> row = userRowByLogin(m_db, login.trimmed());
    if (!row)
        return std::nullopt;
    UserAccount account;
    account.id = row->id;
    account.login = row->login;
    account.displayName = row->displayName;
    account.active = row->active;
    for (const QString& code : row->roles)
        if (const std::optional<Role> role = parseTerm(roles(), code))
            account.roles << *role;
    // In the vocabulary's order, whatever the table's.
    std::sort(account.roles.begin(), account.roles.end());
    return account;
}

QList<UserAccount> UserRepository::accountsOf(const QStringList& logins) const
{
    QList<UserAccount> accounts;
    for (const QString& login : logins)
        accounts << *find(login);
    return accounts;
}

QList<UserAccount> UserRepository::list() const { return accountsOf(userLogins(m_db)); }

QList<UserAccount> UserRepository::assignableClerks() const
{
    return accountsOf(activeLoginsWithRole(m_db, codeOf(roles(), Role::Clerk)));
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
    if (otherActiveUsersWithRole(m_db, codeOf(roles(), Role::Administrator), target.id) == 0)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 is the last active administrator; make another user an administrator first.").arg(target.login));
}

} // namespace ogi
