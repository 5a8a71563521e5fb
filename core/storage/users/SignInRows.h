#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ogi {

// What signing in reads and writes of the users table: the password hash and the brake on
// guessing (the count of wrong passwords in a row, and the lock they set). The writers run
// inside the caller's transaction, so guesses made at the same moment each count.

struct SignInRow
{
    qint64 id = 0;
    QString login;
    QString passwordHash;
    bool active = true;
    QDateTime lockedUntil; // invalid: not locked
};

// The user whose login is `login` but for case; nullopt when there is none.
std::optional<SignInRow> signInRowByLogin(const QSqlDatabase& db, const QString& login);

// Counts one more wrong password of user `userId`; returns how many there are in a row now.
int countFailedSignIn(const QSqlDatabase& db, qint64 userId);

// Locks user `userId` until `until`.
void lockSignInUntil(const QSqlDatabase& db, qint64 userId, const QDateTime& until);

// The brake as it stands now, which other processes may have moved since the user was read.
struct SignInBrake
{
    int failures = 0;
    QDateTime lockedUntil; // invalid: not locked
};
SignInBrake signInBrake(const QSqlDatabase& db, qint64 userId);

// Clears the count of wrong passwords and the lock of user `userId`.
void releaseSignInBrake(const QSqlDatabase& db, qint64 userId);

} // namespace ogi
