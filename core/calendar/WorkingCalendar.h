#pragma once

#include "calendar/CalendarDay.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace ogi {

// The office's working days: Monday to Friday, minus the public holidays, plus the weekend
// days declared working days, as given by a list of CalendarDay exceptions. Only some years'
// arrangements are known (the State Council publishes them a year at a time); outside them
// the plain Monday–Friday rule is used and callers must mark their results provisional
// (isKnownSpan / provisionalReason). Every query is O(1) after the constructor's precompute
// of working-day ordinals; the object is immutable and safe to share between threads.
class WorkingCalendar
{
public:
    // `days`: the exceptions; a later entry for the same date replaces an earlier one (so
    // administrator overrides go after the shipped data). `knownYears`: the years whose
    // whole arrangement is known.
    WorkingCalendar(const QList<CalendarDay>& days, const QList<int>& knownYears);

    bool isWorkingDay(const QDate& date) const;
    // The holiday the date's arrangement belongs to ("国庆节"), empty for ordinary days.
    QString dayName(const QDate& date) const;

    // True when the year of `date` has a known arrangement.
    bool isKnown(const QDate& date) const;
    // True when every date in [from, to] lies in a known year.
    bool isKnownSpan(const QDate& from, const QDate& to) const;
    // Why a result over [from, to] is provisional (translated); empty when isKnownSpan().
    QString provisionalReason(const QDate& from, const QDate& to) const;
    // The known years, ascending.
    const QList<int>& knownYears() const { return m_knownYears; }

    // The number of working days in (after, upTo]: `after` itself is not counted. Negative
    // (minus the working days in (upTo, after]) when upTo is before after.
    int workingDaysBetween(const QDate& after, const QDate& upTo) const;
    // The n-th working day after `trigger` (the trigger day is not counted), n >= 1; returns
    // `trigger` itself for n == 0.
    QDate addWorkingDays(const QDate& trigger, int n) const;

    // The running count of working days up to and including `date`, on one scale for all
    // dates: workingDaysBetween(a, b) == ordinal(b) - ordinal(a). For O(1) rules.
    qint64 ordinal(const QDate& date) const { return ordinalOfDay(date.toJulianDay()); }
    // The working day whose ordinal is `ordinal` (the first working day with that count).
    QDate dateOfOrdinal(qint64 ordinal) const;

private:
    qint64 ordinalOfDay(qint64 julianDay) const;

    qint64 m_tableStart = 0; // Julian day of the first tabulated date
    qint64 m_tableBase = 0; // ordinal of the day before m_tableStart
    std::vector<std::int32_t> m_ordinals; // per tabulated day: ordinal - m_tableBase
    std::vector<std::int32_t> m_workingOffsets; // k-th tabulated working day: offset from m_tableStart
    std::vector<std::pair<qint64, qint64>> m_knownSpans; // [first, last] Julian days, ascending
    QList<int> m_knownYears;
    QHash<qint64, QString> m_names; // Julian day -> holiday name
};

} // namespace ogi
