// The applicant's remedy windows after receiving a reply, on the shipped calendar.
#include "TestApp.h"

#include "calendar/ShippedCalendar.h"
#include "remedies/RemedyStore.h"
#include "remedies/RemedyWindows.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
}

TEST_CASE("60 days for reconsideration, 6 months for litigation, moved past holidays", "[remedies]")
{
    struct Row
    {
        const char* received;
        const char* reconsideration;
        const char* litigation;
    };
    const Row rows[] = {
        // Jul 18 + 60 = Sep 16 (Wed); + 6 months = Jan 18 2027 (beyond the calendar: Monday).
        { "2026-07-18", "2026-09-16", "2027-01-18" },
        // Aug 1 + 60 = Sep 30 (Wed, a working day); Feb 1 2027.
        { "2026-08-01", "2026-09-30", "2027-02-01" },
        // Aug 2 + 60 = Oct 1: the National Day holiday runs to Oct 7, Oct 8 is the next working day.
        { "2026-08-02", "2026-10-08", "2027-02-02" },
        // Jun 2 + 60 = Aug 1, a Saturday: Monday Aug 3. Dec 2 2026 (Wed).
        { "2026-06-02", "2026-08-03", "2026-12-02" },
        // Month ends: Aug 31 + 6 months = Feb 28 2027 (a Sunday in an unknown year: Mar 1).
        { "2026-08-31", "2026-10-30", "2027-03-01" },
    };
    const WorkingCalendar& calendar = shippedCalendar();
    for (const Row& row : rows) {
        INFO(row.received);
        const QList<RemedyWindow> windows = remedyWindows(day(row.received), calendar, day("2026-11-20"));
        REQUIRE(windows.size() == 2);
        CHECK(windows.at(0).kind == RemedyKind::Reconsideration);
        CHECK(windows.at(0).lastDay == day(row.reconsideration));
        CHECK(windows.at(1).lastDay == day(row.litigation));
        CHECK(windows.at(1).provisional == (windows.at(1).lastDay.year() > 2026));
    }
    const QList<RemedyWindow> open = remedyWindows(day("2026-11-02"), calendar, day("2026-11-20"));
    CHECK(open.at(0).open);
    CHECK(open.at(0).daysLeft == 42); // Jan 1 2027 is beyond the calendar's known years
    const QList<RemedyWindow> closed = remedyWindows(day("2026-07-18"), calendar, day("2026-11-20"));
    CHECK_FALSE(closed.at(0).open);
    CHECK(closed.at(1).open);
}

TEST_CASE("a remedy needs its date, body and, once decided, its concluded date", "[remedies]")
{
    const QDate today = day("2026-11-20");
    Remedy ok;
    ok.filed = day("2026-08-01");
    ok.body = u"某某区人民政府"_s;
    CHECK(validateRemedy(ok, today).isEmpty());
    struct Row
    {
        const char* what;
        std::function<void(Remedy&)> change;
        const char* field;
    };
    const Row rows[] = {
        { "no filing date", [](Remedy& r) { r.filed = {}; }, "filed" },
        { "filed tomorrow", [](Remedy& r) { r.filed = day("2026-11-21"); }, "filed" },
        { "no body", [](Remedy& r) { r.body = u"  "_s; }, "body" },
        { "result without date", [](Remedy& r) { r.result = RemedyResult::Upheld; }, "concluded" },
        { "pending with a date", [](Remedy& r) { r.concluded = day("2026-09-01"); }, "concluded" },
        { "concluded before filed",
            [](Remedy& r) {
                r.result = RemedyResult::Corrected;
                r.concluded = day("2026-07-01");
            },
            "concluded" },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        Remedy r = ok;
        row.change(r);
        const QList<FieldIssue> issues = validateRemedy(r, today);
        REQUIRE(issues.size() == 1);
        CHECK(issues.front().field == QLatin1String(row.field));
    }
}
