#include "SignInRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

std::optional<SignInRow> signInRowByLogin(const QSqlDatabase& db, const QString& login)
{
    QSqlQuery q = sql::run(db,
        u"SELECT id, login, password_hash, active, locked_until FROM users WHERE lower(login) = lower(?)"_s, { login });
    if (!sql::next(q))
        return std::nullopt;
    return SignInRow { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() == 1,
        parseIsoTimestamp(q.value(4).toString()) };
}

int countFailedSignIn(const QSqlDatabase& db, qint64 userId)
{
    sql::run(db, u"UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?"_s, { userId });
    return sql::scalar(db, u"SELECT failed_attempts FROM users WHERE id = ?"_s, { userId }).toInt();
}

void lockSignInUntil(const QSqlDatabase& db, qint64 userId, const QDateTime& until)
{
    sql::run(db, u"UPDATE users SET locked_until = ? WHERE id = ?"_s, { isoTimestamp(until), userId });
}

SignInBrake signInBrake(const QSqlDatabase& db, qint64 userId)
{
    QSqlQuery q = sql::run(db, u"SELECT failed_attempts, locked_until FROM users WHERE id = ?"_s, { userId });
    if (!sql::next(q))
        return {};
    return { q.value(0).toInt(), parseIsoTimestamp(q.value(1).toString()) };
}

void releaseSignInBrake(const QSqlDatabase& db, qint64 userId)
{
    sql::run(db, u"UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s, { userId });
}

} // namespace ogi
