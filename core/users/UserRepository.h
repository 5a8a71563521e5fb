#pragma once

#include "Clock.h"
#include "Error.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// The office's users and their roles. Every change is audited and, except a user changing
// their own password, needs the administrator role: refused (Error Refused, naming the
// action and the role) with nothing written. The last active administrator can be neither
// disabled nor stripped of the role.
class UserRepository
{
public:
    explicit UserRepository(const Database& database, const Clock& clock = SystemClock::instance());

    // True when the register has no user yet (first run).
    bool isEmpty() const;

    // First run only: creates the administrator with the password the person chose. Refused
    // once any user exists, so no default account can be made later.
    UserAccount createFirstAdministrator(const QString& login, const QString& displayName, const QString& password);

    UserAccount create(const UserAccount& by, const QString& login, const QString& displayName,
        const QList<Role>& roles, const QString& password);
    void setRoles(const UserAccount& by, const QString& login, const QList<Role>& roles);
    void setActive(const UserAccount& by, const QString& login, bool active);
    // An administrator may set anyone's password; anyone may set their own.
    void setPassword(const UserAccount& by, const QString& login, const QString& password);

    std::optional<UserAccount> find(const QString& login) const; // case-insensitive
    QList<UserAccount> list() const;
    // The users a case can be assigned to (分办): active, holding the clerk role; by
    // login, as list() (code-point order of Chinese names means nothing to a reader).
    QList<UserAccount> assignableClerks() const;

    // Throws Error(InvalidInput) unless `password` is acceptable for `login`: at least 8
    // characters and not the login itself.
    static void checkPassword(const QString& login, const QString& password);

    // Every problem of a new account's login and password at once, by field ("login",
    // "password"), each as the field's short message ("at least 8 characters"): what
    // creating the account would refuse, for a form to show before it tries.
    static QList<FieldIssue> newAccountIssues(const QString& login, const QString& password);

private:
    UserAccount insert(const QString& actor, const QString& login, const QString& displayName,
        const QList<Role>& roles, const QString& password);
    UserAccount require(const QString& login) const;
    // The accounts of `logins`, in that order.
    QList<UserAccount> accountsOf(const QStringList& logins) const;
    void requireAdministrator(const UserAccount& by, const QString& what) const;
    void keepAnAdministrator(const UserAccount& target, bool staysAdmin) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace ogi
