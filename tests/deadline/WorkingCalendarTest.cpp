#include "calendar/WorkingCalendar.h"
#include "calendar/ShippedCalendar.h"

#include <QFile>
#include <QHash>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// The reference file read with the plainest code possible, independent of CalendarCsv.
QHash<QDate, std::pair<bool, QString>> referenceRows()
{
    QFile file(QStringLiteral(OGI_SOURCE_DIR "/resources/calendar/holidays-cn.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QDate, std::pair<bool, QString>> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).trimmed().split(u',');
        REQUIRE(f.size() == 3);
        rows.insert(QDate::fromString(f.at(0), Qt::ISODate), { f.at(1) == u"work", f.at(2) });
    }
    return rows;
}
} // namespace

TEST_CASE("the compiled-in calendar is the project's holidays-cn.csv, byte for byte", "[calendar]")
{
    QFile resource(u":/calendar/holidays-cn.csv"_s);
    QFile source(QStringLiteral(OGI_SOURCE_DIR "/resources/calendar/holidays-cn.csv"));
    REQUIRE(resource.open(QIODevice::ReadOnly));
    REQUIRE(source.open(QIODevice::ReadOnly));
    CHECK(resource.readAll() == source.readAll());
}

TEST_CASE("every day of 2019-2026 follows the State Council arrangement, else Monday-Friday", "[calendar]")
{
    // regulations.md "Working days and counting": Mon-Fri, minus holidays, plus 调休上班.
    const WorkingCalendar& calendar = shippedCalendar();
    const auto rows = referenceRows();
    REQUIRE(rows.size() == 290);
    int checked = 0;
    for (QDate d = day("2019-01-01"); d <= day("2026-12-31"); d = d.addDays(1), ++checked) {
        INFO(d.toString(Qt::ISODate).toStdString());
        const auto row = rows.constFind(d);
        const bool expected = row != rows.cend() ? row->first : d.dayOfWeek() <= 5;
        REQUIRE(calendar.isWorkingDay(d) == expected);
        REQUIRE(calendar.dayName(d) == (row != rows.cend() ? row->second : QString()));
        REQUIRE(calendar.isKnown(d));
    }
    CHECK(checked == 2922);
}

TEST_CASE("the shipped calendar knows 2019-2026 and says so for other years", "[calendar]")
{
    const WorkingCalendar& calendar = shippedCalendar();
    CHECK(calendar.knownYears() == QList<int> { 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 });
    CHECK(calendar.isKnownSpan(day("2019-01-01"), day("2026-12-31")));
    CHECK_FALSE(calendar.isKnown(day("2027-01-01")));
    CHECK_FALSE(calendar.isKnown(day("2018-12-31")));
    CHECK_FALSE(calendar.isKnownSpan(day("2026-12-15"), day("2027-01-12")));
    CHECK(calendar.provisionalReason(day("2026-03-01"), day("2026-04-01")).isEmpty());
    const QString reason = calendar.provisionalReason(day("2026-12-15"), day("2027-01-12"));
    CHECK(reason.contains(u"2027"_s));
    CHECK(reason.contains(u"2019–2026"_s));
    // Outside the known years the plain rule is used (and callers mark results provisional).
    CHECK(calendar.isWorkingDay(day("2027-01-01"))); // a Friday; its real arrangement is not known
    CHECK_FALSE(calendar.isWorkingDay(day("2027-01-02")));
}

TEST_CASE("working days between two dates exclude the first and include the last", "[calendar]")
{
    // Hand-worked from holidays-cn.csv (tests/deadline/independent_dates.py "between").
    struct Row
    {
        const char* after;
        const char* upTo;
        int days;
    };
    const Row rows[] = {
        { "2026-10-12", "2026-10-29", 13 }, // across nothing: plain weeks
        { "2026-02-13", "2026-03-06", 11 }, // Spring Festival 02-15..23 off, 02-14 and 02-28 make-up
        { "2026-09-30", "2026-10-09", 2 }, // National Day 10-01..07 off
        { "2026-02-27", "2026-03-02", 2 }, // 02-28 make-up Saturday counts
        { "2026-03-04", "2026-03-04", 0 },
    };
    const WorkingCalendar& calendar = shippedCalendar();
    for (const Row& row : rows) {
        INFO(row.after << " .. " << row.upTo);
        CHECK(calendar.workingDaysBetween(day(row.after), day(row.upTo)) == row.days);
        CHECK(calendar.workingDaysBetween(day(row.upTo), day(row.after)) == -row.days);
    }
}

TEST_CASE("ordinals and their inverse agree everywhere, inside and outside the table", "[calendar]")
{
    const WorkingCalendar& calendar = shippedCalendar();
    QDate previousWorking;
    for (QDate d = day("2017-06-01"); d <= day("2028-06-30"); d = d.addDays(1)) {
        INFO(d.toString(Qt::ISODate).toStdString());
        if (calendar.isWorkingDay(d)) {
            REQUIRE(calendar.dateOfOrdinal(calendar.ordinal(d)) == d);
            if (previousWorking.isValid())
                REQUIRE(calendar.addWorkingDays(previousWorking, 1) == d);
            previousWorking = d;
        } else {
            REQUIRE(calendar.ordinal(d) == calendar.ordinal(d.addDays(-1)));
        }
    }
    CHECK(calendar.addWorkingDays(day("2026-03-04"), 0) == day("2026-03-04"));
}

TEST_CASE("later calendar entries replace earlier ones, and known years can be added", "[calendar]")
{
    QList<CalendarDay> days = shippedCalendarDays();
    // A local arrangement: a Saturday worked, a Monday off.
    days << CalendarDay { day("2026-03-07"), true, u"local"_s } << CalendarDay { day("2026-03-09"), false, {} };
    // A 2027 notice imported: Spring Festival 2027-02-06..12 off, 2027-02-20 make-up.
    for (int d = 6; d <= 12; ++d)
        days << CalendarDay { QDate(2027, 2, d), false, u"春节"_s };
    days << CalendarDay { day("2027-02-20"), true, u"春节"_s };
    QList<int> years = shippedCalendarYears();
    years << 2027;
    const WorkingCalendar calendar(days, years);
    CHECK(calendar.isWorkingDay(day("2026-03-07")));
    CHECK(calendar.dayName(day("2026-03-07")) == u"local");
    CHECK_FALSE(calendar.isWorkingDay(day("2026-03-09")));
    CHECK(calendar.isKnown(day("2027-06-01")));
    CHECK_FALSE(calendar.isKnown(day("2028-01-03")));
    CHECK_FALSE(calendar.isWorkingDay(day("2027-02-08")));
    CHECK(calendar.isWorkingDay(day("2027-02-20")));
    // Hand-worked: 2027-02-01 + 20 working days, with 02-08..12 off and 02-20 worked.
    CHECK(calendar.addWorkingDays(day("2027-02-01"), 20) == day("2027-03-05"));
}

TEST_CASE("an empty calendar is the plain Monday-Friday rule and knows no year", "[calendar]")
{
    const WorkingCalendar calendar({}, {});
    CHECK(calendar.addWorkingDays(day("2026-10-01"), 5) == day("2026-10-08"));
    CHECK_FALSE(calendar.isKnown(day("2026-10-01")));
    CHECK_FALSE(calendar.provisionalReason(day("2026-10-01"), day("2026-10-08")).isEmpty());
}
