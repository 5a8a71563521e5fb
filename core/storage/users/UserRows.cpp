#include "UserRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // The first column of every row.
    QStringList textsOf(QSqlQuery q)
    {
        QStringList texts;
        while (sql::next(q))
            texts << q.value(0).toString();
        return texts;
    }
} // namespace

qint64 userCount(const QSqlDatabase& db) { return sql::scalar(db, u"SELECT count(*) FROM users"_s).toLongLong(); }

qint64 insertUserRow(const QSqlDatabase& db, const QString& login, const QString& displayName,
    const QString& passwordHash, const QDateTime& createdAt)
{
    return sql::scalar(db,
        u"INSERT INTO users (login, display_name, password_hash, active, created_at) VALUES (?, ?, ?, 1, ?) "
        u"RETURNING id"_s,
        { login, displayName, passwordHash, isoTimestamp(createdAt) })
        .toLongLong();
}

void replaceUserRoles(const QSqlDatabase& db, qint64 userId, const QStringList& roles)
{
    sql::run(db, u"DELETE FROM user_roles WHERE user_id = ?"_s, { userId });
    for (const QString& role : roles)
        sql::run(
            db, u"INSERT INTO user_roles (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, { userId, role });
}

void setUserActive(const QSqlDatabase& db, qint64 userId, bool active)
{
    sql::run(db, u"UPDATE users SET active = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
        { active ? 1 : 0, userId });
}

void setUserPasswordHash(const QSqlDatabase& db, qint64 userId, const QString& passwordHash)
{
    sql::run(db, u"UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
        { passwordHash, userId });
}

std::optional<UserRow> userRowByLogin(const QSqlDatabase& db, const QString& login)
{
    QSqlQuery q
        = sql::run(db, u"SELECT id, login, display_name, active FROM users WHERE lower(login) = lower(?)"_s, { login });
    if (!sql::next(q))
        return std::nullopt;
    UserRow row { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() == 1, {} };
    q.finish(); // one statement at a time on the connection
    row.roles = textsOf(sql::run(db, u"SELECT role FROM user_roles WHERE user_id = ?"_s, { row.id }));
    return row;
}

QStringList userLogins(const QSqlDatabase& db)
{
    return textsOf(sql::run(db, u"SELECT login FROM users ORDER BY lower(login)"_s));
}

QStringList activeLoginsWithRole(const QSqlDatabase& db, const QString& role)
{
    return textsOf(sql::run(db,
        u"SELECT u.login FROM users u JOIN user_roles r ON r.user_id = u.id "
        u"WHERE r.role = ? AND u.active = 1 ORDER BY lower(u.login)"_s,
        { role }));
}

qint64 otherActiveUsersWithRole(const QSqlDatabase& db, const QString& role, qint64 exceptUserId)
{
    return sql::scalar(db,
        u"SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
        u"WHERE r.role = ? AND u.active = 1 AND u.id <> ?"_s,
        { role, exceptUserId })
        .toLongLong();
}

} // namespace ogi
