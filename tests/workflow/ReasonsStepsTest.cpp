// Art. 35: 要求说明理由 and the applicant's answer (or its absence) are steps of the case,
// required before an Art. 35 refusal (不予处理) is drafted and before a later reply date is set.
// They do not stop the Art. 33 clock. July 2026 has no public holiday.
#include "WorkflowFixture.h"

#include "Error.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "register/CaseDeadline.h"
#include "settings/OfficeSettings.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;
using ogi::test::params;

namespace {

// Accepted, assigned, reviewed (pass): drafting, where an Art. 35 refusal would be written.
QString drafting(test::WorkflowFixture& f)
{
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "submit_review", "2026-07-03");
    f.act(f.reviewer, number, "review", "2026-07-03", params({ { "result", u"pass"_s } }));
    return number;
}

void issueReasonsRequest(test::WorkflowFixture& f, const QString& number, const char* date)
{
    if (OfficeSettings(*f.database, f.clock).agencyProfile().documentNumberPattern.isEmpty())
        f.setAgency();
    const QString composed = NoticeTemplates(*f.database, f.clock).composed(u"reasons_request"_s);
    NoticeStore(*f.database, f.clock)
        .issue(number, u"reasons_request"_s, test::completeEdits(composed), day(date), f.clerk);
}

// The error an act ends with; nullopt when it was recorded.
std::optional<ErrorCode> codeOf(const std::function<void()>& act)
{
    try {
        act();
    } catch (const Error& error) {
        return error.code();
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("an Art. 35 refusal needs the reasons asked for and found unreasonable or not given", "[workflow][art35]")
{
    // What happened before the draft, and whether an excessive reply may then be drafted.
    struct Row
    {
        const char* what;
        std::function<void(test::WorkflowFixture&, const QString&)> steps;
        bool excessive; // draft reply_type excessive allowed
        bool laterDate; // set_later_date allowed
    };
    const Row rows[] = {
        { "nothing asked", [](test::WorkflowFixture&, const QString&) {}, false, false },
        { "asked, no answer yet",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-13"_s } }));
            },
            false, false },
        { "reasons found unreasonable",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-13"_s } }));
                f.act(f.clerk, n, "reasons_received", "2026-07-10",
                    params({ { "finding", u"理由不合理"_s }, { "reasons", u"用于转售"_s } }));
            },
            true, false },
        { "reasons found reasonable",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-13"_s } }));
                f.act(f.chief, n, "reasons_received", "2026-07-10", params({ { "finding", u"reasonable"_s } }));
            },
            false, true },
        { "no reasons by the date, the request having been issued",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-13"_s } }));
                issueReasonsRequest(f, n, "2026-07-06");
                f.act(f.clerk, n, "reasons_not_given", "2026-07-14");
            },
            true, false },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        test::WorkflowFixture f;
        const QString number = drafting(f);
        row.steps(f, number);
        const qint64 before = f.writtenRows();
        const std::optional<ErrorCode> drafted = codeOf([&] {
            f.act(f.clerk, number, "draft", "2026-07-15", params({ { "reply_type", u"excessive"_s } }));
        });
        CHECK(!drafted == row.excessive);
        if (!row.excessive) {
            CHECK(drafted == ErrorCode::Refused);
            CHECK(f.writtenRows() == before);
        } else {
            CHECK(f.outcomeOf(number) == u"not_processed_4");
        }
        // Art. 35's later date follows reasons found reasonable, and only those.
        const std::optional<ErrorCode> later = codeOf([&] {
            f.act(f.chief, number, "set_later_date", "2026-07-16",
                params({ { "later_date", u"2026-09-30"_s }, { "reason", u"申请数量较大，需逐件调档"_s } }));
        });
        CHECK(!later == row.laterDate);
    }
}

TEST_CASE("the request for reasons, its answer and its absence, each in its order", "[workflow][art35]")
{
    test::WorkflowFixture f;
    const QString number = drafting(f);
    const qint64 before = f.writtenRows();
    // An answer or its absence needs a request first.
    CHECK(codeOf([&] {
        f.act(f.clerk, number, "reasons_received", "2026-07-06", params({ { "finding", u"reasonable"_s } }));
    }) == ErrorCode::Refused);
    CHECK(codeOf([&] { f.act(f.clerk, number, "reasons_not_given", "2026-07-06"); }) == ErrorCode::Refused);
    // The applicant gets time: the date lies after the request.
    CHECK(codeOf([&] {
        f.act(f.clerk, number, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-06"_s } }));
    }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { f.act(f.clerk, number, "request_reasons", "2026-07-06", {}); }) == ErrorCode::InvalidInput);
    CHECK(f.writtenRows() == before);

    const CaseEvent asked = f.act(f.clerk, number, "request_reasons", "2026-07-06",
        params({ { "reply_by", u"2026-07-10"_s }, { "items", u"申请大量公开的用途"_s } }));
    CHECK(asked.toState == CaseState::Drafting); // a step, not a state
    // Not given: only after the date, and only once the applicant was told in writing.
    CHECK(codeOf([&] { f.act(f.clerk, number, "reasons_not_given", "2026-07-13"); }) == ErrorCode::Refused);
    issueReasonsRequest(f, number, "2026-07-07");
    CHECK(codeOf([&] { f.act(f.clerk, number, "reasons_not_given", "2026-07-10"); }) == ErrorCode::Refused);
    // A later request replaces the unanswered one.
    f.act(f.clerk, number, "request_reasons", "2026-07-08", params({ { "reply_by", u"2026-07-15"_s } }));
    CHECK(codeOf([&] { f.act(f.clerk, number, "reasons_not_given", "2026-07-14"); }) == ErrorCode::Refused);
    f.act(f.clerk, number, "reasons_not_given", "2026-07-16");
    // Recorded once; a second answer is an amendment.
    CHECK(codeOf([&] {
        f.act(f.clerk, number, "reasons_received", "2026-07-17", params({ { "finding", u"reasonable"_s } }));
    }) == ErrorCode::Refused);
    CHECK(codeOf([&] {
        f.act(f.clerk, number, "request_reasons", "2026-07-17", params({ { "reply_by", u"2026-07-24"_s } }));
    }) == ErrorCode::Refused);
}

TEST_CASE("a request for reasons issued after its own date cannot be missed", "[workflow][art35]")
{
    test::WorkflowFixture f;
    const QString number = drafting(f);
    f.act(f.clerk, number, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-08"_s } }));
    issueReasonsRequest(f, number, "2026-07-09"); // the notice went out after the day it named
    const qint64 before = f.writtenRows();
    try {
        f.act(f.clerk, number, "reasons_not_given", "2026-07-13");
        FAIL("reasons were missed that the applicant was never given time for");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Refused);
        CHECK(error.message().contains(u"2026-07-09"));
    }
    CHECK(f.writtenRows() == before);
}

TEST_CASE("asking for reasons does not stop the Art. 33 clock", "[workflow][art35]")
{
    test::WorkflowFixture f;
    const QString number = drafting(f);
    const QDate due = caseDeadline(*f.database, number, day("2026-07-06")).report.reply.due;
    CHECK(due == day("2026-07-29"));
    f.act(f.clerk, number, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-20"_s } }));
    f.act(f.clerk, number, "reasons_received", "2026-07-17", params({ { "finding", u"unreasonable"_s } }));
    const CaseDeadline after = caseDeadline(*f.database, number, day("2026-07-20"));
    CHECK(after.report.reply.due == due);
    CHECK(after.report.reply.status != DeadlineStatus::Paused);
}

TEST_CASE("the 说明理由通知书 follows the request for reasons and says its date", "[workflow][art35][notices]")
{
    test::WorkflowFixture f;
    f.setAgency();
    const QString number = drafting(f);
    NoticeStore notices(*f.database, f.clock);
    const QString composed = NoticeTemplates(*f.database, f.clock).composed(u"reasons_request"_s);
    // No longer "any open case": the request is the step the notice tells of.
    CHECK(codeOf([&] {
        notices.issue(number, u"reasons_request"_s, test::completeEdits(composed), day("2026-07-06"), f.clerk);
    }) == ErrorCode::Refused);
    f.act(f.clerk, number, "request_reasons", "2026-07-06",
        params({ { "reply_by", u"2026-07-16"_s }, { "items", u"申请大量公开的用途"_s } }));
    const QString html = notices.preview(number, u"reasons_request"_s, {}, day("2026-07-06"));
    CHECK(html.contains(u"2026年7月16日"_s));
    CHECK(html.contains(u"申请大量公开的用途"_s));
}
