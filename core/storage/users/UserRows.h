#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// The users and user_roles tables as users/ keeps its accounts in them. Roles are their
// codes ("clerk", "admin" ...). The writers run inside the caller's transaction.

// A user without the password hash, with the codes of the roles held (in no particular order).
struct UserRow
{
    qint64 id = 0;
    QString login;
    QString displayName;
    bool active = true;
    QStringList roles;
};

// How many users there are, active or not.
qint64 userCount(const QSqlDatabase& db);

// Stores a new active user created at `createdAt`, without roles; returns its id.
qint64 insertUserRow(const QSqlDatabase& db, const QString& login, const QString& displayName,
    const QString& passwordHash, const QDateTime& createdAt);

// Makes `roles` the roles of user `userId`, in place of those before (a code given twice is
// stored once).
void replaceUserRoles(const QSqlDatabase& db, qint64 userId, const QStringList& roles);

// Enables or disables user `userId`; either lifts a sign-in lock and its count of failures.
void setUserActive(const QSqlDatabase& db, qint64 userId, bool active);

// Stores user `userId`'s new password hash, lifting a sign-in lock and its count of failures.
void setUserPasswordHash(const QSqlDatabase& db, qint64 userId, const QString& passwordHash);

// The user whose login is `login` but for case; nullopt when there is none.
std::optional<UserRow> userRowByLogin(const QSqlDatabase& db, const QString& login);

// Every user's login, in the order of the logins lower-cased.
QStringList userLogins(const QSqlDatabase& db);

// The logins of the active users holding role `role`, in the same order.
QStringList activeLoginsWithRole(const QSqlDatabase& db, const QString& role);

// How many active users other than user `exceptUserId` hold role `role`.
qint64 otherActiveUsersWithRole(const QSqlDatabase& db, const QString& role, qint64 exceptUserId);

} // namespace ogi
