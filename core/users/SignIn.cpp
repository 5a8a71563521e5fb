#include "SignIn.h"

#include "Error.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "storage/WriteTransaction.h"
#include "storage/users/SignInRows.h"
#include "users/PasswordHash.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SignIn)
    };

    // 30 s after the fifth failure, doubling, at most 15 minutes.
    qint64 lockSeconds(int failures)
    {
        const int beyond = std::min(failures - SignIn::kFreeAttempts, 10);
        return std::min<qint64>(30LL << beyond, 15 * 60);
    }

    QString wrongCredentials()
    {
        return Tr::tr("Wrong login or password.");
    }

    Error lockedError(const QString& login, const QDateTime& until)
    {
        return Error(ErrorCode::Refused,
            Tr::tr("Too many wrong passwords: %1 is locked until %2.")
                .arg(login, until.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    }

    // A stored hash no password matches, checked for logins that do not exist. Made once.
    const QString& unknownLoginHash()
    {
        static const QString hash = hashPassword(QUuid::createUuid().toString());
        return hash;
    }

    // An unknown login is often a password typed into the wrong field, and the audit log keeps
    // it for ever: it is kept as 16 bits of its SHA-256, enough to see the same mistake
    // repeated, far too few to read a password back (every 16-bit mark fits thousands of them).
    QString unknownLoginMark(const QString& login)
    {
        return u"unknown login #"_s + sha256Hex(login.toUtf8()).left(4);
    }
} // namespace

SignIn::SignIn(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

UserAccount SignIn::signIn(const QString& login, const QString& password)
{
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    const std::optional<SignInRow> user = signInRowByLogin(db, login.trimmed());
    if (!user) {
        // As slow as a wrong password for a real login, so that timing does not tell which
        // logins exist.
        verifyPassword(password, unknownLoginHash());
        WriteTransaction transaction(db);
        const QString shown = unknownLoginMark(login.trimmed());
        AuditLog::append(db, { shown, u"user.sign_in_failed"_s, shown, auditDetails({ { u"reason"_s, u"unknown login"_s } }) }, now);
        transaction.commit();
        throw Error(ErrorCode::Refused, wrongCredentials());
    }
    const qint64 id = user->id;
    const QString& name = user->login;
    if (user->lockedUntil.isValid() && now < user->lockedUntil)
        throw lockedError(name, user->lockedUntil);
    if (!verifyPassword(password, user->passwordHash)) {
        // Counted inside the write, so that guesses made at the same moment each count.
        WriteTransaction transaction(db);
        const int count = countFailedSignIn(db, id);
        QDateTime lock;
        if (count >= kFreeAttempts) {
            lock = now.addSecs(lockSeconds(count));
            lockSignInUntil(db, id, lock);
        }
        AuditLog::append(db,
            { name, u"user.sign_in_failed"_s, name,
                auditDetails({ { u"failures"_s, count },
                    { u"locked_until"_s, lock.isValid() ? QJsonValue(isoTimestamp(lock)) : QJsonValue() } }) },
            now);
        if (lock.isValid())
            AuditLog::append(db, { name, u"user.locked"_s, name, auditDetails({ { u"until"_s, isoTimestamp(lock) } }) }, now);
        transaction.commit();
        throw Error(ErrorCode::Refused, wrongCredentials());
    }
    if (!user->active)
        throw Error(ErrorCode::Refused, Tr::tr("The account %1 is disabled.").arg(name));
    // Guesses checked at the same time as this one may have locked the account meanwhile: the
    // lock holds for the right password too.
    WriteTransaction transaction(db);
    const SignInBrake brake = signInBrake(db, id);
    if (brake.lockedUntil.isValid() && now < brake.lockedUntil)
        throw lockedError(name, brake.lockedUntil);
    if (brake.failures > 0) {
        releaseSignInBrake(db, id);
        // Recorded, so that verify can tell this reset from one made in the file.
        AuditLog::append(
            db, { name, u"user.sign_in"_s, name, auditDetails({ { u"failures_cleared"_s, brake.failures } }) }, now);
    }
    transaction.commit();
    return *UserRepository(m_database, m_clock).find(name);
}

} // namespace ogi
