#include "CalendarRepository.h"

#include "Error.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarCsv.h"
#include "calendar/ShippedCalendar.h"
#include "deadline/ReplyDeadlineStore.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CalendarRepository)
    };

    void upsertDay(const QSqlDatabase& db, const CalendarDay& day, const QDateTime& now, const QString& actor)
    {
        sql::run(db,
            u"INSERT INTO calendar_overrides (date, kind, name, changed_at, changed_by) VALUES (?, ?, ?, ?, ?) "
            u"ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
            u"changed_at = excluded.changed_at, changed_by = excluded.changed_by"_s,
            { isoDate(day.date), calendarKindCode(day.working),
                sql::textOrNull(day.name), isoTimestamp(now),
                actor });
    }

    QList<CalendarDay> overrideDays(const QSqlDatabase& db)
    {
        QList<CalendarDay> days;
        QSqlQuery q = sql::run(db, u"SELECT date, kind, name FROM calendar_overrides ORDER BY date"_s);
        while (sql::next(q))
            days << CalendarDay { parseIsoDate(q.value(0).toString()), q.value(1).toString() == u"work",
                q.value(2).toString() };
        return days;
    }

    QList<int> yearsIn(const QSqlDatabase& db)
    {
        QList<int> years;
        QSqlQuery q = sql::run(db, u"SELECT year FROM calendar_years ORDER BY year"_s);
        while (sql::next(q))
            years << q.value(0).toInt();
        return years;
    }
} // namespace

QString deadlinesMovedText(const CalendarChange& change)
{
    if (change.deadlinesMoved == 0)
        return Tr::tr("No running reply deadline moved.");
    return Tr::tr(
        "%n running reply deadline(s) moved: see 期限预警 for the new dates.", nullptr, change.deadlinesMoved);
}

CalendarRepository::CalendarRepository(const Database& database, const Clock& clock)
    : m_db(database.connection())
    , m_clock(clock)
{
}

CalendarChange CalendarRepository::setDay(const CalendarDay& day, const QString& actor, Progress* progress)
{
    if (!day.date.isValid())
        throw Error(ErrorCode::InvalidInput, Tr::tr("A calendar day needs a valid date."));
    const QDateTime now = m_clock.now();
    WriteTransaction transaction(m_db);
    const QVariant previous
        = sql::scalar(m_db, u"SELECT kind FROM calendar_overrides WHERE date = ?"_s, { isoDate(day.date) });
    upsertDay(m_db, day, now, actor);
    AuditLog::append(m_db,
        { actor, u"calendar.set"_s, isoDate(day.date),
            auditDetails({ { u"kind"_s, calendarKindCode(day.working) }, { u"name"_s, day.name },
                { u"previous_override"_s, previous.isNull() ? QJsonValue() : QJsonValue(previous.toString()) } }) },
        now);
    // Running and paused reply clocks move with the calendar; ended ones keep their verdict.
    CalendarChange change { 1, 0 };
    refreshReplyDeadlines(m_db, false, m_clock.today(), progress, &change.deadlinesMoved);
    transaction.commit();
    return change;
}

CalendarChange CalendarRepository::removeDay(const QDate& date, const QString& actor, Progress* progress)
{
    const QDateTime now = m_clock.now();
    WriteTransaction transaction(m_db);
    const QVariant previous
        = sql::scalar(m_db, u"SELECT kind FROM calendar_overrides WHERE date = ?"_s, { isoDate(date) });
    if (previous.isNull())
        throw Error(ErrorCode::NotFound, Tr::tr("The calendar has no override for %1.").arg(isoDate(date)));
    sql::run(m_db, u"DELETE FROM calendar_overrides WHERE date = ?"_s, { isoDate(date) });
    AuditLog::append(m_db,
        { actor, u"calendar.unset"_s, isoDate(date),
            auditDetails({ { u"previous_override"_s, previous.toString() } }) },
        now);
    // Running and paused reply clocks move with the calendar; ended ones keep their verdict.
    CalendarChange change { 1, 0 };
    refreshReplyDeadlines(m_db, false, m_clock.today(), progress, &change.deadlinesMoved);
    transaction.commit();
    return change;
}

CalendarChange CalendarRepository::importCsv(
    const QString& text, const QString& source, const QString& actor, Progress* progress)
{
    const QList<CalendarDay> days = parseCalendarCsv(text, source);
    QList<int> years;
    for (const CalendarDay& day : days)
        if (!years.contains(day.date.year()))
            years << day.date.year();
    std::sort(years.begin(), years.end());

    const QDateTime now = m_clock.now();
    WriteTransaction transaction(m_db);
    for (const CalendarDay& day : days)
        upsertDay(m_db, day, now, actor);
    QJsonArray yearArray;
    QJsonArray dayArray; // the days themselves, for verify to compare the overrides with
    for (const CalendarDay& day : days)
        dayArray.append(QJsonArray { isoDate(day.date), calendarKindCode(day.working), day.name });
    for (int year : std::as_const(years)) {
        sql::run(m_db,
            u"INSERT INTO calendar_years (year, source, imported_at, imported_by) VALUES (?, ?, ?, ?) "
            u"ON CONFLICT (year) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at, "
            u"imported_by = excluded.imported_by"_s,
            { year, source, isoTimestamp(now), actor });
        yearArray.append(year);
    }
    // The file's digest lets an auditor match the import with the notice it came from.
    AuditLog::append(m_db,
        { actor, u"calendar.import"_s, source,
            auditDetails({ { u"rows"_s, int(days.size()) }, { u"years"_s, yearArray },
                { u"sha256"_s, sha256Hex(text.toUtf8()) }, { u"days"_s, dayArray } }) },
        now);
    // Running and paused reply clocks move with the calendar; ended ones keep their verdict.
    CalendarChange change { int(days.size()), 0 };
    refreshReplyDeadlines(m_db, false, m_clock.today(), progress, &change.deadlinesMoved);
    transaction.commit();
    return change;
}

QList<CalendarOverride> CalendarRepository::overrides() const
{
    QList<CalendarOverride> list;
    QSqlQuery q
        = sql::run(m_db, u"SELECT date, kind, name, changed_at, changed_by FROM calendar_overrides ORDER BY date"_s);
    while (sql::next(q))
        list << CalendarOverride { CalendarDay { parseIsoDate(q.value(0).toString()), q.value(1).toString() == u"work",
                                       q.value(2).toString() },
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toString() };
    return list;
}

QList<int> CalendarRepository::importedYears() const { return yearsIn(m_db); }

WorkingCalendar CalendarRepository::calendar() const { return loadOfficeCalendar(m_db); }

WorkingCalendar loadOfficeCalendar(const QSqlDatabase& db)
{
    const QList<CalendarDay> overrides = overrideDays(db);
    const QList<int> imported = yearsIn(db);
    // Most offices never edit the calendar: reuse the shipped precompute.
    if (overrides.isEmpty() && imported.isEmpty())
        return shippedCalendar();
    return WorkingCalendar(shippedCalendarDays() + overrides, shippedCalendarYears() + imported);
}

} // namespace ogi
