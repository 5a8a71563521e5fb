#include "SignIn.h"

#include "Error.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "users/PasswordHash.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

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
    QSqlQuery q = sql::run(db,
        u"SELECT id, login, password_hash, active, failed_attempts, locked_until FROM users WHERE login = ? COLLATE NOCASE"_s,
        { login.trimmed() });
    if (!sql::next(q)) {
        q.finish();
        WriteTransaction transaction(db);
        AuditLog::append(db, { login.trimmed(), u"user.sign_in_failed"_s, login.trimmed(), auditDetails({ { u"reason"_s, u"unknown login"_s } }) }, now);
        transaction.commit();
        throw Error(ErrorCode::Refused, wrongCredentials());
    }
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const QString hash = q.value(2).toString();
    const bool active = q.value(3).toInt() == 1;
    const int failures = q.value(4).toInt();
    const QDateTime lockedUntil = parseIsoTimestamp(q.value(5).toString());
    q.finish();

    if (lockedUntil.isValid() && now < lockedUntil)
        throw Error(ErrorCode::Refused,
            Tr::tr("Too many wrong passwords: %1 is locked until %2.")
                .arg(name, lockedUntil.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    if (!verifyPassword(password, hash)) {
        const int count = failures + 1;
        WriteTransaction transaction(db);
        QDateTime lock;
        if (count >= kFreeAttempts)
            lock = now.addSecs(lockSeconds(count));
        sql::run(db, u"UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s,
            { count, lock.isValid() ? QVariant(isoTimestamp(lock)) : QVariant(QMetaType::fromType<QString>()), id });
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
    if (!active)
        throw Error(ErrorCode::Refused, Tr::tr("The account %1 is disabled.").arg(name));
    if (failures > 0) {
        WriteTransaction transaction(db);
        sql::run(db, u"UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s, { id });
        // Recorded, so that verify can tell this reset from one made in the file.
        AuditLog::append(db, { name, u"user.sign_in"_s, name, auditDetails({ { u"failures_cleared"_s, failures } }) }, now);
        transaction.commit();
    }
    return *UserRepository(m_database, m_clock).find(name);
}

} // namespace ogi
