#include "CalendarRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

QList<CalendarOverrideRecord> calendarOverrideRecords(const QSqlDatabase& db)
{
    QList<CalendarOverrideRecord> rows;
    QSqlQuery q
        = sql::run(db, u"SELECT date, kind, name, changed_at, changed_by FROM calendar_overrides ORDER BY date"_s);
    while (sql::next(q))
        rows.append({ parseIsoDate(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toString() });
    return rows;
}

std::optional<QString> calendarOverrideKind(const QSqlDatabase& db, const QDate& date)
{
    const QVariant kind = sql::scalar(db, u"SELECT kind FROM calendar_overrides WHERE date = ?"_s, { isoDate(date) });
    if (kind.isNull())
        return std::nullopt;
    return kind.toString();
}

void storeCalendarOverride(const QSqlDatabase& db, const CalendarOverrideRecord& row)
{
    sql::run(db,
        u"INSERT INTO calendar_overrides (date, kind, name, changed_at, changed_by) VALUES (?, ?, ?, ?, ?) "
        u"ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
        u"changed_at = excluded.changed_at, changed_by = excluded.changed_by"_s,
        { isoDate(row.date), row.kind, sql::textOrNull(row.name), isoTimestamp(row.changedAt), row.changedBy });
}

void removeCalendarOverride(const QSqlDatabase& db, const QDate& date)
{
    sql::run(db, u"DELETE FROM calendar_overrides WHERE date = ?"_s, { isoDate(date) });
}

void storeCalendarYear(
    const QSqlDatabase& db, int year, const QString& source, const QDateTime& importedAt, const QString& importedBy)
{
    sql::run(db,
        u"INSERT INTO calendar_years (year, source, imported_at, imported_by) VALUES (?, ?, ?, ?) "
        u"ON CONFLICT (year) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at, "
        u"imported_by = excluded.imported_by"_s,
        { year, source, isoTimestamp(importedAt), importedBy });
}

QList<int> calendarYears(const QSqlDatabase& db)
{
    QList<int> years;
    QSqlQuery q = sql::run(db, u"SELECT year FROM calendar_years ORDER BY year"_s);
    while (sql::next(q))
        years << q.value(0).toInt();
    return years;
}

} // namespace ogi
