// The applicant's remedy windows after receiving a reply, on the shipped calendar.
#include "TestApp.h"

#include "calendar/ShippedCalendar.h"
#include "lifecycle/ReplyType.h"
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
        const QList<RemedyWindow> windows
            = remedyWindows(RemedyClause::Either, day(row.received), {}, calendar, day("2026-11-20"));
        REQUIRE(windows.size() == 2);
        CHECK(windows.at(0).kind == RemedyKind::Reconsideration);
        CHECK(windows.at(0).lastDay == day(row.reconsideration));
        CHECK(windows.at(1).kind == RemedyKind::LitigationDirect);
        CHECK(windows.at(1).lastDay == day(row.litigation));
        CHECK(windows.at(1).provisional == (windows.at(1).lastDay.year() > 2026));
    }
    const QList<RemedyWindow> open = remedyWindows(RemedyClause::Either, day("2026-11-02"), {}, calendar, day("2026-11-20"));
    CHECK(open.at(0).open);
    CHECK(open.at(0).daysLeft == 42); // Jan 1 2027 is beyond the calendar's known years
    const QList<RemedyWindow> closed = remedyWindows(RemedyClause::Either, day("2026-07-18"), {}, calendar, day("2026-11-20"));
    CHECK_FALSE(closed.at(0).open);
    CHECK(closed.at(1).open);
}

TEST_CASE("the windows are those the reply's notice names: refusals go to reconsideration first", "[remedies]")
{
    // One source: the reply notice type's RemedyClause decides both the notice's paragraph and
    // the windows shown. 不予公开 and 部分公开 (its withheld part): 行政复议法 Art. 23 第一款第（四）项.
    struct Row
    {
        ReplyType reply;
        QList<RemedyKind> kinds;
    };
    using K = RemedyKind;
    using R = ReplyType;
    const QList<K> either = { K::Reconsideration, K::LitigationDirect };
    const QList<K> first = { K::Reconsideration };
    const Row rows[] = {
        { R::Disclose, either }, { R::PartlyDisclose, first }, { R::Withhold, first }, { R::AlreadyPublic, either },
        { R::NotExist, either }, { R::NotResponsible, either }, { R::Repeat, either }, { R::SpecialProvision, either },
        { R::Petition, either }, { R::Publication, either }, { R::NeedsCreation, either }, { R::Excessive, either },
        { R::Confirmation, either }, { R::StillUnclear, either },
    };
    REQUIRE(std::size(rows) == std::size_t(replyTypes().size()));
    for (const Row& row : rows) {
        INFO(codeOf(replyTypes(), row.reply).toStdString());
        const RemedyClause clause = replyNoticeType(row.reply).remedies;
        QList<K> kinds;
        for (const RemedyWindow& w : remedyWindows(clause, day("2026-07-06"), {}, shippedCalendar(), day("2026-07-10")))
            kinds << w.kind;
        CHECK(kinds == row.kinds);
        CHECK(describeRemedyClause(clause).isEmpty() == (row.kinds == either));
    }
    CHECK(remedyWindows(RemedyClause::None, day("2026-07-06"), {}, shippedCalendar(), day("2026-07-10")).isEmpty());
}

TEST_CASE("after a reconsideration: no window while it is pending, then 15 days for a lawsuit", "[remedies]")
{
    const WorkingCalendar& calendar = shippedCalendar();
    Remedy reconsideration;
    reconsideration.kind = RemedyKind::Reconsideration;
    reconsideration.filed = day("2026-08-01");
    reconsideration.body = u"某某区人民政府"_s;
    for (const RemedyClause clause : { RemedyClause::Either, RemedyClause::ReconsiderationFirst }) {
        INFO(int(clause));
        // Filed and pending: neither another reconsideration nor a direct lawsuit (行政复议法 Art. 29).
        CHECK(remedyWindows(clause, day("2026-07-06"), { reconsideration }, calendar, day("2026-08-10")).isEmpty());
        struct Row
        {
            const char* decided;
            const char* lastDay;
        };
        // Sep 14 + 15 = Sep 29 (Tue); Sep 16 + 15 = Oct 1, in the National Day holiday: Oct 8.
        for (const Row& row : { Row { "2026-09-14", "2026-09-29" }, Row { "2026-09-16", "2026-10-08" } }) {
            Remedy decided = reconsideration;
            decided.result = RemedyResult::Upheld;
            decided.concluded = day(row.decided);
            const QList<RemedyWindow> windows = remedyWindows(clause, day("2026-07-06"), { decided }, calendar, day("2026-09-20"));
            REQUIRE(windows.size() == 1);
            CHECK(windows.front().kind == RemedyKind::LitigationAfterReconsideration);
            CHECK(windows.front().lastDay == day(row.lastDay));
            CHECK(windows.front().open);
        }
    }
}

TEST_CASE("no reply in time: reconsideration for the failure to act, 60 days from the end of the period", "[remedies]")
{
    // Due Jul 29 + 60 = Sep 27, a Sunday in the 中秋 holiday: Monday Sep 28.
    const RemedyWindow w = failureToActWindow(day("2026-07-29"), shippedCalendar(), day("2026-08-03"));
    CHECK(w.failureToAct);
    CHECK(w.kind == RemedyKind::Reconsideration);
    CHECK(w.lastDay == day("2026-09-28"));
    CHECK(w.daysLeft == 56);
    CHECK(describeRemedyWindow(w).contains(u"No reply was given in time"_s));
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
