#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ogi {

// The office calendar's tables as stored: calendar_overrides (one arrangement per date, kind
// "work" or "rest") and calendar_years (the years whose notice was imported). The writers run
// inside the caller's transaction.
struct CalendarOverrideRecord
{
    QDate date;
    QString kind;
    QString name; // empty: NULL
    QDateTime changedAt; // UTC
    QString changedBy;
};

// The overrides by date.
QList<CalendarOverrideRecord> calendarOverrideRecords(const QSqlDatabase& db);

// The kind stored for `date`; nullopt when the date has no override.
std::optional<QString> calendarOverrideKind(const QSqlDatabase& db, const QDate& date);

// Stores `row` in place of any override of its date.
void storeCalendarOverride(const QSqlDatabase& db, const CalendarOverrideRecord& row);

// Removes the override of `date` (none there: nothing happens).
void removeCalendarOverride(const QSqlDatabase& db, const QDate& date);

// Records `year` as imported from `source`, in place of an earlier import of it.
void storeCalendarYear(
    const QSqlDatabase& db, int year, const QString& source, const QDateTime& importedAt, const QString& importedBy);

// The imported years, ascending.
QList<int> calendarYears(const QSqlDatabase& db);

} // namespace ogi
