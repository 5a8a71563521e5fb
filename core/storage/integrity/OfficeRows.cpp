#include "OfficeRows.h"

#include "storage/Sql.h"
#include "storage/audit/DigestRows.h"

using namespace Qt::StringLiterals;

namespace ogi {

void forEachNoticeDigestRow(const QSqlDatabase& db, const std::function<void(const NoticeDigestRow&)>& visit)
{
    const int count = int(QLatin1String(kNoticeDigestColumns).count(u',')) + 1;
    QSqlQuery q = sql::run(db,
        u"SELECT n.number, n.sha256, (SELECT 1 FROM notice_voids v WHERE v.notice_id = n.id), %1 FROM notices n "
        u"ORDER BY n.id"_s.arg(QLatin1String(kNoticeDigestColumns)));
    while (sql::next(q)) {
        NoticeDigestRow row { q.value(0).toString(), q.value(1).toString(), !q.value(2).isNull(), {} };
        row.values.reserve(count);
        for (int i = 3; i < 3 + count; ++i)
            row.values << q.value(i);
        visit(row);
    }
}

QList<UserStateRow> userStateRows(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db,
        u"SELECT u.login, u.display_name, u.password_hash, u.active, u.failed_attempts, coalesce(u.locked_until, ''), "
        u"(SELECT %1 FROM (SELECT role FROM user_roles WHERE user_id = u.id ORDER BY role) r) "
        u"FROM users u ORDER BY u.id"_s.arg(sql::joinedTexts(db, u"r.role"_s, u","_s)));
    QList<UserStateRow> rows;
    while (sql::next(q))
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() == 1,
            q.value(4).toInt(), q.value(5).toString(), q.value(6).toString().split(u',', Qt::SkipEmptyParts) });
    return rows;
}

QList<CalendarOverrideRow> calendarOverrideRows(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, u"SELECT date, kind, coalesce(name, '') FROM calendar_overrides ORDER BY date"_s);
    QList<CalendarOverrideRow> rows;
    while (sql::next(q))
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return rows;
}

} // namespace ogi
