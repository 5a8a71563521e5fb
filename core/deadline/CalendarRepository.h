#pragma once

#include "Clock.h"
#include "Progress.h"
#include "calendar/CalendarDay.h"
#include "calendar/WorkingCalendar.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ogi {

// An administrator's change to the shipped calendar (a local arrangement, or a row of an
// imported yearly notice), as stored in calendar_overrides.
struct CalendarOverride
{
    CalendarDay day;
    QDateTime changedAt; // UTC
    QString changedBy;
};

// What a calendar change did.
struct CalendarChange
{
    int days = 0; // calendar days written (an import: the file's rows)
    int deadlinesMoved = 0; // running or paused reply periods with another due date now
};

// "3 running reply deadlines moved." or that none did: what the CLI and the desktop say after
// a change.
QString deadlinesMovedText(const CalendarChange& change);

// The office's calendar as the administrator keeps it: the shipped State Council
// arrangements plus overrides stored in the database. Every write is one transaction
// holding the change, its audit row and the reply deadlines it moves (the running and paused
// ones); that recomputation reports to `progress` (may be null), and stopping it throws
// Error(Cancelled) with nothing changed.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database& database, const Clock& clock = SystemClock::instance());

    // Sets the arrangement of one date (replacing the shipped one and any earlier override).
    // Does not make the date's year known: only an import of a year's notice does.
    // Throws Error(InvalidInput) for an invalid date.
    CalendarChange setDay(const CalendarDay& day, const QString& actor, Progress* progress = nullptr);

    // Removes the override of `date`, so the shipped arrangement applies again. Throws
    // Error(NotFound) when the date has no override.
    CalendarChange removeDay(const QDate& date, const QString& actor, Progress* progress = nullptr);

    // Imports a file in the holidays-cn.csv format (a State Council notice for a coming
    // year, or local arrangements): every row becomes an override and every year in the
    // file becomes a known year. All or nothing: a bad row (Error(InvalidInput) from
    // parseCalendarCsv) writes nothing. `source` names the file in the audit row.
    CalendarChange importCsv(
        const QString& text, const QString& source, const QString& actor, Progress* progress = nullptr);

    QList<CalendarOverride> overrides() const; // by date
    QList<int> importedYears() const; // ascending

    // The office calendar: shipped data, then the overrides; known years are the shipped
    // years and the imported ones.
    WorkingCalendar calendar() const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

// The office calendar of an open connection, for core code that holds only the connection
// (e.g. inside another repository's transaction). Same result as CalendarRepository::calendar().
WorkingCalendar loadOfficeCalendar(const QSqlDatabase& db);

} // namespace ogi
