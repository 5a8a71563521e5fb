#include "CalendarRepository.h"

#include "Error.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarCsv.h"
#include "calendar/ShippedCalendar.h"
#include "deadline/ReplyDeadlineStore.h"
#include "storage/WriteTransaction.h"
#include "storage/deadline/CalendarRows.h"

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
        storeCalendarOverride(db, { day.date, calendarKindCode(day.working), day.name, now, actor });
    }

    CalendarDay dayOf(const CalendarOverrideRecord& row) { return { row.date, row.kind == u"work", row.name }; }
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
    const std::optional<QString> previous = calendarOverrideKind(m_db, day.date);
    upsertDay(m_db, day, now, actor);
    AuditLog::append(m_db,
        { actor, u"calendar.set"_s, isoDate(day.date),
            auditDetails({ { u"kind"_s, calendarKindCode(day.working) }, { u"name"_s, day.name },
                { u"previous_override"_s, previous ? QJsonValue(*previous) : QJsonValue() } }) },
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
    const std::optional<QString> previous = calendarOverrideKind(m_db, date);
    if (!previous)
        throw Error(ErrorCode::NotFound, Tr::tr("The calendar has no override for %1.").arg(isoDate(date)));
    removeCalendarOverride(m_db, date);
    AuditLog::append(m_db,
        { actor, u"calendar.unset"_s, isoDate(date), auditDetails({ { u"previous_override"_s, *previous } }) }, now);
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
        storeCalendarYear(m_db, year, source, now, actor);
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
    for (const CalendarOverrideRecord& row : calendarOverrideRecords(m_db))
        list << CalendarOverride { dayOf(row), row.changedAt, row.changedBy };
    return list;
}

QList<int> CalendarRepository::importedYears() const { return calendarYears(m_db); }

WorkingCalendar CalendarRepository::calendar() const { return loadOfficeCalendar(m_db); }

WorkingCalendar loadOfficeCalendar(const QSqlDatabase& db)
{
    QList<CalendarDay> overrides;
    for (const CalendarOverrideRecord& row : calendarOverrideRecords(db))
        overrides << dayOf(row);
    const QList<int> imported = calendarYears(db);
    // Most offices never edit the calendar: reuse the shipped precompute.
    if (overrides.isEmpty() && imported.isEmpty())
        return shippedCalendar();
    return WorkingCalendar(shippedCalendarDays() + overrides, shippedCalendarYears() + imported);
}

} // namespace ogi
