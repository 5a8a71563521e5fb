#pragma once

#include "Clock.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

namespace ogi {

// Signing in, with a brake on guessing. After kFreeAttempts wrong passwords in a row the
// account is locked for 30 seconds, doubling with each further failure up to 15 minutes;
// while locked, the password is not even checked. The counter lives in the users table, so
// separate `ogi` processes share it, and it is counted inside the write, so guesses made at
// the same moment each count. Every failure is audited (user.sign_in_failed, and user.locked
// when a lock starts); an unknown login too, as a short mark, never as typed (it is often a
// password in the wrong field), after a password check's worth of time, so that neither the
// answer nor its speed tells which logins exist. A success resets the counter.
class SignIn
{
public:
    static constexpr int kFreeAttempts = 5;

    explicit SignIn(const Database& database, const Clock& clock = SystemClock::instance());

    // The signed-in user. Throws Error(Refused) for a wrong login or password (the same
    // message for both, so logins cannot be probed), a disabled account, or a locked one
    // (saying until when).
    UserAccount signIn(const QString& login, const QString& password);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace ogi
