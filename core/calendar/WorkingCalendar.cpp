#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::WorkingCalendar)
    };

    qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

    // Julian day 0 is a Monday, so (jd mod 7) is 0 for Monday ... 6 for Sunday.
    bool isPlainWorkingDay(qint64 julianDay) { return julianDay - 7 * floorDiv(julianDay, 7) < 5; }

    // Monday–Friday days in [0, julianDay] (negative for days before day 0): the plain rule's
    // ordinal, used outside the tabulated range.
    qint64 plainOrdinal(qint64 julianDay)
    {
        const qint64 week = floorDiv(julianDay, 7);
        const qint64 dayInWeek = julianDay - 7 * week;
        return 5 * week + std::min<qint64>(dayInWeek + 1, 5);
    }

    // The first Monday–Friday day whose plainOrdinal is `ordinal`.
    qint64 plainDayOfOrdinal(qint64 ordinal)
    {
        const qint64 week = floorDiv(ordinal - 1, 5);
        return 7 * week + (ordinal - 1 - 5 * week);
    }

    QString yearRanges(const QList<int>& years)
    {
        QStringList parts;
        for (qsizetype i = 0; i < years.size();) {
            qsizetype j = i;
            while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
                ++j;
            parts << (i == j ? QString::number(years.at(i)) : u"%1–%2"_s.arg(years.at(i)).arg(years.at(j)));
            i = j + 1;
        }
        return parts.join(u", "_s);
    }
} // namespace

WorkingCalendar::WorkingCalendar(const QList<CalendarDay>& days, const QList<int>& knownYears)
{
    std::map<qint64, bool> working; // later entries win
    for (const CalendarDay& day : days) {
        if (!day.date.isValid())
            continue;
        working[day.date.toJulianDay()] = day.working;
        if (day.name.isEmpty())
            m_names.remove(day.date.toJulianDay());
        else
            m_names.insert(day.date.toJulianDay(), day.name);
    }

    m_knownYears = knownYears;
    std::sort(m_knownYears.begin(), m_knownYears.end());
    m_knownYears.erase(std::unique(m_knownYears.begin(), m_knownYears.end()), m_knownYears.end());
    for (int year : std::as_const(m_knownYears)) {
        const qint64 first = QDate(year, 1, 1).toJulianDay();
        const qint64 last = QDate(year, 12, 31).toJulianDay();
        if (!m_knownSpans.empty() && m_knownSpans.back().second + 1 == first)
            m_knownSpans.back().second = last;
        else
            m_knownSpans.emplace_back(first, last);
    }

    // Tabulate whole years from the first to the last exception or known year; outside it
    // the plain rule holds and is computed arithmetically.
    qint64 first = 0;
    qint64 last = -1;
    if (!working.empty()) {
        first = QDate::fromJulianDay(working.begin()->first).year();
        last = QDate::fromJulianDay(working.rbegin()->first).year();
    }
    if (!m_knownYears.isEmpty()) {
        first = working.empty() ? m_knownYears.front() : std::min<qint64>(first, m_knownYears.front());
        last = working.empty() ? m_knownYears.back() : std::max<qint64>(last, m_knownYears.back());
    }
    if (last < first)
        return;
    m_tableStart = QDate(int(first), 1, 1).toJulianDay();
    const qint64 tableEnd = QDate(int(last), 12, 31).toJulianDay();
    m_tableBase = plainOrdinal(m_tableStart - 1);
    m_ordinals.resize(static_cast<size_t>(tableEnd - m_tableStart + 1));
    std::int32_t count = 0;
    for (qint64 jd = m_tableStart; jd <= tableEnd; ++jd) {
        const auto exception = working.find(jd);
        if (exception != working.end() ? exception->second : isPlainWorkingDay(jd)) {
            ++count;
            m_workingOffsets.push_back(static_cast<std::int32_t>(jd - m_tableStart));
        }
        m_ordinals[static_cast<size_t>(jd - m_tableStart)] = count;
    }
}

qint64 WorkingCalendar::ordinalOfDay(qint64 julianDay) const
{
    const qint64 offset = julianDay - m_tableStart;
    if (offset < 0 || m_ordinals.empty())
        return plainOrdinal(julianDay);
    const auto size = static_cast<qint64>(m_ordinals.size());
    if (offset < size)
        return m_tableBase + m_ordinals[static_cast<size_t>(offset)];
    const qint64 tableEnd = m_tableStart + size - 1;
    return m_tableBase + m_ordinals.back() + plainOrdinal(julianDay) - plainOrdinal(tableEnd);
}

QDate WorkingCalendar::dateOfOrdinal(qint64 ordinal) const
{
    if (m_ordinals.empty() || ordinal <= m_tableBase)
        return QDate::fromJulianDay(plainDayOfOrdinal(ordinal));
    const qint64 index = ordinal - m_tableBase - 1;
    if (index < static_cast<qint64>(m_workingOffsets.size()))
        return QDate::fromJulianDay(m_tableStart + m_workingOffsets[static_cast<size_t>(index)]);
    // Past the table: continue the plain rule from the table's last day.
    const qint64 tableEnd = m_tableStart + static_cast<qint64>(m_ordinals.size()) - 1;
    const qint64 plainTarget = ordinal - (m_tableBase + m_ordinals.back()) + plainOrdinal(tableEnd);
    return QDate::fromJulianDay(plainDayOfOrdinal(plainTarget));
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    const qint64 jd = date.toJulianDay();
    return ordinalOfDay(jd) != ordinalOfDay(jd - 1);
}

QString WorkingCalendar::dayName(const QDate& date) const { return m_names.value(date.toJulianDay()); }

bool WorkingCalendar::isKnown(const QDate& date) const { return isKnownSpan(date, date); }

bool WorkingCalendar::isKnownSpan(const QDate& from, const QDate& to) const
{
    const qint64 a = std::min(from.toJulianDay(), to.toJulianDay());
    const qint64 b = std::max(from.toJulianDay(), to.toJulianDay());
    for (const auto& [first, last] : m_knownSpans)
        if (a >= first && b <= last)
            return true;
    return false;
}

QString WorkingCalendar::provisionalReason(const QDate& from, const QDate& to) const
{
    if (isKnownSpan(from, to))
        return {};
    QList<int> unknown;
    const int a = std::min(from, to).year();
    const int b = std::max(from, to).year();
    for (int year = a; year <= b; ++year)
        if (!m_knownYears.contains(year))
            unknown << year;
    if (m_knownYears.isEmpty())
        return Tr::tr("No year's holiday arrangement is known: %1 counted as plain Monday–Friday weeks.")
            .arg(yearRanges(unknown));
    return Tr::tr("The holiday arrangement of %1 is not known yet (the calendar knows %2): counted as plain "
                  "Monday–Friday weeks, so the result is provisional until that year's notice is imported.")
        .arg(yearRanges(unknown), yearRanges(m_knownYears));
}

int WorkingCalendar::workingDaysBetween(const QDate& after, const QDate& upTo) const
{
    return static_cast<int>(ordinal(upTo) - ordinal(after));
}

QDate WorkingCalendar::addWorkingDays(const QDate& trigger, int n) const
{
    if (n == 0)
        return trigger;
    return dateOfOrdinal(ordinal(trigger) + n);
}

} // namespace ogi
