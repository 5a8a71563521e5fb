// Whole cases from registration to archive, through CaseWorkflow on a real SQLite file.
// Dates are in July 2026, which has no public holiday: 20 working days after 2026-07-01
// end on 2026-07-29 (Jul 2-3, 6-10, 13-17, 20-24, 27-29).
#include "WorkflowFixture.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "integrity/IntegrityCheck.h"
#include "register/CaseDeadline.h"
#include "remedies/RemedyStore.h"
#include "settings/OfficeSettings.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;
using ogi::test::params;

namespace {

// From in_review through review, draft and submit: awaiting the chief's sign-off.
void draftAndSubmit(test::WorkflowFixture& f, const QString& number, const char* date, const UserAccount& drafter,
    const char* replyType = "disclose")
{
    f.act(drafter, number, "submit_review", date);
    f.act(f.reviewer, number, "review", date, params({ { "result", u"pass"_s } }));
    f.act(drafter, number, "draft", date, params({ { "reply_type", QLatin1String(replyType) } }));
    f.act(drafter, number, "submit", date);
}

QDate replyDue(test::WorkflowFixture& f, const QString& number, const char* asOf)
{
    return caseDeadline(*f.database, number, day(asOf)).report.reply.due;
}

void requireClean(test::WorkflowFixture& f)
{
    const QStringList findings = verifyDatabase(*f.database);
    INFO(findings.join(u'\n').toStdString());
    REQUIRE(findings.isEmpty());
}

} // namespace

TEST_CASE("plain disclosure: accept, assign, review, draft, sign off, deliver, archive", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    CHECK(f.repository->find(number)->application.department == u"政策法规科");
    CHECK(f.repository->find(number)->application.clerk == u"wangfang");
    draftAndSubmit(f, number, "2026-07-14", f.clerk);
    CHECK(f.stateOf(number) == CaseState::AwaitingSignOff);
    CHECK(f.outcomeOf(number) == u"disclosed"); // the draft's outcome, derived from its reply type
    f.act(f.chief, number, "sign_off", "2026-07-15");
    f.issueReply(number, "2026-07-16");
    f.act(f.clerk, number, "deliver", "2026-07-16",
        params({ { "method", u"ems"_s }, { "tracking_number", u"EA123456789CN"_s }, { "received", u"2026-07-18"_s },
            { "proof", u"postal_tracking"_s } }));
    CHECK(f.stateOf(number) == CaseState::Replied);
    f.act(f.clerk, number, "archive", "2026-07-20", params({ { "archive_number", u"WS2026-001"_s } }));
    CHECK(f.stateOf(number) == CaseState::Archived);

    const CaseDeadline deadline = caseDeadline(*f.database, number, day("2026-11-20"));
    CHECK(deadline.report.reply.due == day("2026-07-29"));
    CHECK(deadline.report.reply.status == DeadlineStatus::MetOnTime);
    const QList<CaseEvent> events = f.repository->events(f.repository->find(number)->id);
    REQUIRE(events.size() == 11);
    CHECK(events.at(8).action == u"issue_notice"); // the reply in writing, before it is delivered
    CHECK(events.at(9).details.value(u"tracking_number"_s).toString() == u"EA123456789CN");
    CHECK(events.at(7).details.value(u"drafter"_s).toString() == u"wangfang");
    CHECK(events.at(10).details.value(u"proof"_s).toString() == u"postal_tracking"); // how the receipt is known
    // Every step wrote exactly one audit row: register + 9 actions + the notice's step; and the
    // notice its own (notice.issue).
    CHECK(sql::scalar(f.database->connection(), u"SELECT count(*) FROM audit_log WHERE subject = ?"_s, { number })
              .toInt()
        == 12);
    requireClean(f);
}

TEST_CASE("supplement asked and given: the reply period runs from the supplement", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase();
    const CaseEvent asked = f.act(f.clerk, number, "request_supplement", "2026-07-03",
        params({ { "items", u"请写明所需信息的名称或文号"_s }, { "days", 10 } }));
    // Art. 30: the period runs from the applicant's receipt of the notice, unknown when it is asked.
    CHECK(asked.details.value(u"days"_s).toInt() == 10);
    CHECK_FALSE(asked.details.contains(u"due"_s));
    CHECK(f.stateOf(number) == CaseState::AwaitingSupplement);
    const CaseEvent received = f.act(f.clerk, number, "notice_received", "2026-07-08",
        params({ { "received", u"2026-07-07"_s }, { "evidence", u"postal_tracking"_s } }));
    CHECK(received.details.value(u"notice_type"_s).toString() == u"supplement");
    CHECK(received.details.value(u"due"_s).toString() == u"2026-07-21"); // 10 working days after Jul 7
    f.act(f.clerk, number, "supplement_received", "2026-07-10");
    CHECK(f.stateOf(number) == CaseState::Accepted);
    // 20 working days after Jul 10: Jul 13-17, 20-24, 27-31, Aug 3-7.
    CHECK(replyDue(f, number, "2026-07-10") == day("2026-08-07"));
    requireClean(f);
}

TEST_CASE("supplement never given: treated as abandoned only after its period", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase();
    f.act(f.clerk, number, "request_supplement", "2026-07-03",
        params({ { "items", u"申请人身份证明"_s }, { "days", 10 } }));
    const qint64 before = f.writtenRows();
    // Art. 30: the applicant's period runs from their receipt of the notice: until it is
    // recorded, the period cannot have run out (it used to count from the notice).
    try {
        f.act(f.clerk, number, "supplement_overdue", "2026-08-20");
        FAIL("treated as abandoned without the receipt of the notice");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Refused);
        CHECK(error.message().contains(u"received the supplement notice"_s));
    }
    f.act(f.clerk, number, "notice_received", "2026-07-08",
        params({ { "received", u"2026-07-07"_s }, { "evidence", u"signed_receipt"_s } }));
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "supplement_overdue", "2026-07-21"), Error); // its last day
    CHECK(f.writtenRows() == before + 2); // the receipt and its audit row only
    f.act(f.clerk, number, "supplement_overdue", "2026-07-22");
    CHECK(f.stateOf(number) == CaseState::Closed);
    CHECK(f.outcomeOf(number) == u"other_1");
    requireClean(f);
}

TEST_CASE("the supplement period: at least 10 working days, from the day after the applicant's receipt (Art. 30)",
    "[workflow][supplement]")
{
    struct Row
    {
        const char* rule;
        const char* receipt;
        const char* requested;
        int days;
        const char* received;
        const char* lastDay; // the applicant may supplement up to this day; nullptr: refused
        const char* abandonedOn; // the next working day
    };
    const Row rows[] = {
        { "the minimum, received across National Day 2026 (10-10 make-up)", "2026-09-22", "2026-09-24", 10,
            "2026-09-25", "2026-10-15", "2026-10-16" },
        { "15 days, received the day before National Day", "2026-09-22", "2026-09-29", 15, "2026-09-30", "2026-10-27",
            "2026-10-28" },
        { "received after Spring Festival 2026", "2026-02-06", "2026-02-10", 10, "2026-02-12", "2026-03-04",
            "2026-03-05" },
        { "one working day is no reasonable period", "2026-09-22", "2026-09-24", 1, nullptr, nullptr, nullptr },
        { "nine are too few", "2026-09-22", "2026-09-24", 9, nullptr, nullptr, nullptr },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        test::WorkflowFixture f;
        const QString number = f.newCase(row.receipt);
        const qint64 before = f.writtenRows();
        if (!row.lastDay) {
            try {
                f.act(f.clerk, number, "request_supplement", row.requested,
                    params({ { "items", u"文号"_s }, { "days", row.days } }));
                FAIL("a period shorter than the minimum was accepted");
            } catch (const Error& error) {
                CHECK(error.code() == ErrorCode::InvalidInput);
                REQUIRE(error.issues().size() == 1);
                CHECK(error.issues().front().field == u"days");
                CHECK(error.message().contains(u"10"_s));
            }
            CHECK(f.writtenRows() == before);
            continue;
        }
        f.act(f.clerk, number, "request_supplement", row.requested,
            params({ { "items", u"文号"_s }, { "days", row.days } }));
        const CaseEvent received = f.act(f.clerk, number, "notice_received", row.received,
            params({ { "received", QLatin1String(row.received) }, { "evidence", u"in_person"_s } }));
        CHECK(received.details.value(u"due"_s).toString() == QLatin1String(row.lastDay));
        REQUIRE_THROWS_AS(f.act(f.clerk, number, "supplement_overdue", row.lastDay), Error);
        f.act(f.clerk, number, "supplement_overdue", row.abandonedOn);
        CHECK(f.stateOf(number) == CaseState::Closed);
    }
}

TEST_CASE(
    "the applicant's receipt of a notice: once, not before the notice, not after the step", "[workflow][supplement]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase();
    f.act(f.clerk, number, "request_supplement", "2026-07-03", params({ { "items", u"文号"_s }, { "days", 10 } }));
    const qint64 before = f.writtenRows();
    for (const char* received : { "2026-07-02", "2026-07-09" }) { // before the notice; after the step's date
        INFO(received);
        try {
            f.act(f.clerk, number, "notice_received", "2026-07-08",
                params({ { "received", QLatin1String(received) }, { "evidence", u"phone"_s } }));
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::InvalidInput);
            REQUIRE(error.issues().size() == 1);
            CHECK(error.issues().front().field == u"received");
        }
    }
    REQUIRE_THROWS_AS(
        f.act(f.clerk, number, "notice_received", "2026-07-08", params({ { "received", u"2026-07-07"_s } })),
        Error); // how it is known is required
    CHECK(f.writtenRows() == before);
    f.act(f.clerk, number, "notice_received", "2026-07-08",
        params({ { "received", u"2026-07-07"_s }, { "evidence", u"电话确认"_s } }));
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "notice_received", "2026-07-09",
                          params({ { "received", u"2026-07-08"_s }, { "evidence", u"phone"_s } })),
        Error); // recorded once; corrected by an amendment
    requireClean(f);
}

TEST_CASE("a supplement asked later than 7 working days after receipt is flagged (Art. 30)", "[workflow][supplement]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01"); // the notice was due by Jul 10
    f.act(f.clerk, number, "request_supplement", "2026-07-14", params({ { "items", u"文号"_s }, { "days", 10 } }));
    const DeadlineReport report = caseDeadline(*f.database, number, day("2026-07-14")).report;
    REQUIRE(report.supplementNotice);
    CHECK(report.supplementNotice->status == DeadlineStatus::MetLate);
    const QStringList warnings = reportWarnings(report);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().contains(u"2026-07-14"_s));
    CHECK(warnings.front().contains(u"2026-07-10"_s));
    CHECK(warnings.front().contains(u"Art. 30"_s));
    CHECK(deadlineReportLines(report).join(u'\n').contains(warnings.front()));
    const QString onTime = f.newCase("2026-07-01");
    f.act(f.clerk, onTime, "request_supplement", "2026-07-10", params({ { "items", u"文号"_s }, { "days", 10 } }));
    CHECK(reportWarnings(caseDeadline(*f.database, onTime, day("2026-07-10")).report).isEmpty());
}

TEST_CASE("third-party consultation stops the reply clock", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "consult", "2026-07-06",
        params({ { "party_kind", u"third_party"_s }, { "party", u"某某建设有限公司"_s } }));
    CHECK(f.stateOf(number) == CaseState::Consultation);
    const CaseDeadline paused = caseDeadline(*f.database, number, day("2026-07-08"));
    CHECK(paused.report.reply.status == DeadlineStatus::Paused);
    f.act(f.clerk, number, "consult_answer", "2026-07-15", params({ { "answer", u"不同意公开"_s } }));
    CHECK(f.stateOf(number) == CaseState::InReview);
    // Jul 7-10 and 13-15 (7 working days) are not counted: Jul 29 + 7 = Aug 7.
    CHECK(replyDue(f, number, "2026-07-16") == day("2026-08-07"));
    requireClean(f);
}

TEST_CASE("fee asked and unpaid: amount from fees.md, abandoned after 20 working days", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    // The applicant's first application this month: by count it is free, so no notice.
    const qint64 before = f.writtenRows();
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "fee_notice", "2026-07-06", params({ { "method", u"by_count"_s } })), Error);
    CHECK(f.writtenRows() == before);
    const CaseEvent notice = f.act(
        f.clerk, number, "fee_notice", "2026-07-06", params({ { "method", u"by_volume"_s }, { "pages", 150 } }));
    CHECK(notice.details.value(u"amount"_s).toInt() == 1700); // 70 x 10 + 50 x 20
    CHECK(f.stateOf(number) == CaseState::AwaitingFee);
    CHECK(caseDeadline(*f.database, number, day("2026-07-10")).report.reply.status == DeadlineStatus::Paused);
    // 信息处理费管理办法第七条: the 20 working days run from the day after the applicant
    // receives the notice, not from the day it was sent (which would end on Aug 3): until the
    // receipt is recorded the fee cannot be overdue.
    try {
        f.act(f.clerk, number, "fee_overdue", "2026-09-01");
        FAIL("treated as abandoned without the receipt of the fee notice");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Refused);
        CHECK(error.message().contains(u"received the fee notice"_s));
    }
    const PeriodStatus waiting = caseDeadline(*f.database, number, day("2026-07-10")).report.reply;
    CHECK_FALSE(waiting.pausedUntil.isValid());
    CHECK(waiting.warnings.testFlag(PeriodWarning::FeeReceiptUnknown));
    const CaseEvent received = f.act(f.clerk, number, "notice_received", "2026-07-09",
        params({ { "received", u"2026-07-08"_s }, { "evidence", u"postal_tracking"_s } }));
    CHECK(received.details.value(u"notice_type"_s).toString() == u"fee");
    CHECK(received.details.value(u"due"_s).toString() == u"2026-08-05");
    const PeriodStatus counted = caseDeadline(*f.database, number, day("2026-07-10")).report.reply;
    CHECK(counted.pausedUntil == day("2026-08-05"));
    CHECK_FALSE(counted.warnings.testFlag(PeriodWarning::FeeReceiptUnknown));
    // The applicant may pay until Aug 5 (20 working days after Jul 8).
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "fee_overdue", "2026-08-05"), Error);
    f.act(f.clerk, number, "fee_overdue", "2026-08-06");
    CHECK(f.stateOf(number) == CaseState::Closed);
    CHECK(f.outcomeOf(number) == u"other_2");
    requireClean(f);
}

TEST_CASE("fee paid resumes the clock", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "fee_notice", "2026-07-06", params({ { "method", u"by_volume"_s }, { "pages", 31 } }));
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "fee_paid", "2026-07-08", params({ { "amount", 5 } })), Error);
    f.act(f.clerk, number, "fee_paid", "2026-07-08", params({ { "amount", 10 } }));
    CHECK(f.stateOf(number) == CaseState::InReview);
    // Jul 7-8 are not counted: Jul 29 + 2 = Jul 31.
    CHECK(replyDue(f, number, "2026-07-09") == day("2026-07-31"));
}

TEST_CASE("extension: requested by a clerk, approved once by a chief, before the deadline", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "extend", "2026-07-20", params({ { "days", 20 }, { "reason", u"涉及档案较多，需调档查找"_s } }));
    REQUIRE_THROWS_AS(
        f.act(f.clerk, number, "extend", "2026-07-20", params({ { "days", 5 }, { "reason", u"再次"_s } })), Error);
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "approve_extension", "2026-07-21"), Error); // a clerk may not approve
    f.act(f.chief, number, "approve_extension", "2026-07-21");
    // Art. 33(2): not told yet, the deadline stays Jul 29 and the board warns.
    const PeriodStatus pending = caseDeadline(*f.database, number, day("2026-07-22")).report.reply;
    CHECK(pending.due == day("2026-07-29"));
    CHECK(pending.warnings.testFlag(PeriodWarning::ExtensionNotTold));
    CHECK(pending.extendedDue == day("2026-08-26"));
    // Told (by a notice sent outside OGI Desk): Jul 29 + 20 working days = Aug 26.
    f.act(f.clerk, number, "extension_notice_sent", "2026-07-22",
        params({ { "told", u"2026-07-22"_s }, { "method", u"ems"_s }, { "document_number", u"某政延〔2026〕3号"_s } }));
    CHECK(replyDue(f, number, "2026-07-22") == day("2026-08-26"));
    // At most once.
    const qint64 before = f.writtenRows();
    REQUIRE_THROWS_AS(
        f.act(f.clerk, number, "extend", "2026-07-22", params({ { "days", 5 }, { "reason", u"再延"_s } })), Error);
    CHECK(f.writtenRows() == before);

    // Too late: the reply was due on Jul 29.
    const QString late = f.assignedCase();
    REQUIRE_THROWS_AS(
        f.act(f.clerk, late, "extend", "2026-07-30", params({ { "days", 10 }, { "reason", u"逾期"_s } })), Error);
    // More than 20 working days.
    REQUIRE_THROWS_AS(
        f.act(f.clerk, late, "extend", "2026-07-20", params({ { "days", 21 }, { "reason", u"太长"_s } })), Error);
    // Requested in time but approved after the deadline: the deadline engine refuses it.
    f.act(f.clerk, late, "extend", "2026-07-28", params({ { "days", 10 }, { "reason", u"临近期限"_s } }));
    REQUIRE_THROWS_AS(f.act(f.chief, late, "approve_extension", "2026-07-30"), Error);
    f.act(f.chief, late, "refuse_extension", "2026-07-29", params({ { "reason", u"可按期答复"_s } }));
    CHECK(replyDue(f, late, "2026-07-29") == day("2026-07-29"));
    requireClean(f);
}

TEST_CASE("returned by the chief twice, then signed off", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    draftAndSubmit(f, number, "2026-07-10", f.clerk);
    REQUIRE_THROWS_AS(f.act(f.chief, number, "return", "2026-07-13"), Error); // comments are required
    f.act(f.chief, number, "return", "2026-07-13", params({ { "comment", u"答复依据引用有误"_s } }));
    CHECK(f.stateOf(number) == CaseState::InReview);
    // Back in review, the old draft is stale: it cannot be submitted again as it was.
    f.act(f.clerk, number, "submit_review", "2026-07-14");
    f.act(f.reviewer, number, "review", "2026-07-14", params({ { "result", u"pass"_s } }));
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "submit", "2026-07-14"), Error);
    f.act(f.clerk, number, "draft", "2026-07-14", params({ { "reply_type", u"disclose"_s } }));
    f.act(f.clerk, number, "submit", "2026-07-14");
    f.act(f.chief, number, "return", "2026-07-15", params({ { "comment", u"请补充获取方式"_s } }));
    draftAndSubmit(f, number, "2026-07-16", f.clerk);
    f.act(f.chief, number, "sign_off", "2026-07-17");
    CHECK(f.stateOf(number) == CaseState::SignedOff);
    const QList<CaseEvent> events = f.repository->events(f.repository->find(number)->id);
    CHECK(std::count_if(events.begin(), events.end(), [](const CaseEvent& e) { return e.action == u"return"; }) == 2);
    requireClean(f);
}

TEST_CASE("a petition is concluded at once: no search, no review, but signed off", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase();
    f.act(f.clerk, number, "accept", "2026-07-02");
    // An ordinary reply may not skip the review.
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "draft", "2026-07-02", params({ { "reply_type", u"disclose"_s } })), Error);
    f.act(f.clerk, number, "draft", "2026-07-02", params({ { "reply_type", u"petition"_s } }));
    CHECK(f.outcomeOf(number) == u"not_processed_1");
    f.act(f.clerk, number, "submit", "2026-07-02");
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "deliver", "2026-07-03", params({ { "method", u"post"_s } })), Error);
    f.act(f.chief, number, "sign_off", "2026-07-03");
    f.issueReply(number, "2026-07-03");
    f.act(f.clerk, number, "deliver", "2026-07-03", params({ { "method", u"in_person"_s }, { "received", u"2026-07-03"_s } }));
    CHECK(f.stateOf(number) == CaseState::Replied);
    requireClean(f);
}

TEST_CASE("withdrawal closes an open case as 其他处理 3", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "withdraw", "2026-07-08", {}, u"申请人书面撤回"_s);
    CHECK(f.stateOf(number) == CaseState::Closed);
    CHECK(f.outcomeOf(number) == u"other_3");
    CHECK(caseDeadline(*f.database, number, day("2026-11-20")).report.reply.status == DeadlineStatus::Closed);
    requireClean(f);
}

TEST_CASE("an archived case refuses edits, and corrections are amendment events", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "withdraw", "2026-07-08");
    f.act(f.clerk, number, "archive", "2026-07-09", params({ { "archive_number", u"WS2026-009"_s } }));
    const qint64 before = f.writtenRows();
    for (const char* action : { "accept", "assign", "draft", "withdraw", "deliver", "archive", "extend" }) {
        INFO(action);
        try {
            f.act(f.clerk, number, action, "2026-07-10");
            FAIL("an archived case took an action");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Refused);
        }
    }
    CHECK(f.writtenRows() == before);
    f.act(f.clerk, number, "amend", "2026-07-10",
        params({ { "corrects", u"事件 3 的日期"_s }, { "value", u"2026-07-07"_s }, { "reason", u"登记时录入错误"_s } }));
    CHECK(f.stateOf(number) == CaseState::Archived);
    CHECK(f.writtenRows() == before + 2); // the amendment event and its audit row
    requireClean(f);
}

TEST_CASE("a reconsideration is recorded against a replied case and concluded", "[workflow][journey]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "remedy", "2026-07-08",
                          params({ { "kind", u"reconsideration"_s }, { "filed", u"2026-07-08"_s }, { "body", u"某某区人民政府"_s } })),
        Error); // not before the decision
    draftAndSubmit(f, number, "2026-07-10", f.clerk);
    f.act(f.chief, number, "sign_off", "2026-07-13");
    f.issueReply(number, "2026-07-13");
    f.act(f.clerk, number, "deliver", "2026-07-13",
        params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s }, { "received", u"2026-07-15"_s } }));
    f.act(f.clerk, number, "remedy", "2026-08-03",
        params({ { "kind", u"行政复议"_s }, { "filed", u"2026-08-01"_s }, { "body", u"某某区人民政府"_s } }));
    const qint64 caseId = f.repository->find(number)->id;
    QList<Remedy> remedies = remediesOf(f.database->connection(), caseId);
    REQUIRE(remedies.size() == 1);
    CHECK(remedies.front().result == RemedyResult::Pending);
    // A result without its concluded date is refused.
    REQUIRE_THROWS_AS(f.act(f.chief, number, "remedy", "2026-09-15",
                          params({ { "remedy_id", int(remedies.front().id) }, { "result", u"upheld"_s } })),
        Error);
    f.act(f.chief, number, "remedy", "2026-09-15",
        params({ { "remedy_id", int(remedies.front().id) }, { "result", u"维持"_s }, { "concluded", u"2026-09-14"_s } }));
    remedies = remediesOf(f.database->connection(), caseId);
    CHECK(remedies.front().result == RemedyResult::Upheld);
    CHECK(remedies.front().concluded == day("2026-09-14"));
    CHECK(f.stateOf(number) == CaseState::Replied);
    requireClean(f);
}

TEST_CASE("four eyes: the drafter cannot sign off unless the audited switch is off", "[workflow][fourEyes]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    draftAndSubmit(f, number, "2026-07-10", f.solo);
    const qint64 before = f.writtenRows();
    try {
        f.act(f.solo, number, "sign_off", "2026-07-13");
        FAIL("the drafter signed off");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Refused);
        CHECK(error.message().contains(u"four eyes"));
    }
    CHECK(f.writtenRows() == before);

    OfficeSettings settings(*f.database, f.clock);
    REQUIRE_THROWS_AS(settings.setFourEyes(false, f.chief), Error); // administrators only
    settings.setFourEyes(false, f.admin);
    CHECK_FALSE(settings.fourEyes());
    const CaseEvent signedOff = f.act(f.solo, number, "sign_off", "2026-07-13");
    CHECK(signedOff.details.value(u"four_eyes"_s).toString() == u"off");
    const QSqlDatabase db = f.database->connection();
    CHECK(sql::scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'settings.four_eyes' AND actor = 'admin'"_s).toInt()
        == 1);
    CHECK(sql::scalar(db, u"SELECT details FROM audit_log WHERE action = 'case.sign_off'"_s).toString().contains(u"four_eyes"));
    CHECK(AuditLog::verify(db).isEmpty());

    // Another chief may always sign a reply drafted by someone else.
    settings.setFourEyes(true, f.admin);
    const QString other = f.assignedCase();
    draftAndSubmit(f, other, "2026-07-10", f.solo);
    f.act(f.chief2, other, "sign_off", "2026-07-13");
    CHECK(f.stateOf(other) == CaseState::SignedOff);
}

TEST_CASE("the reply type, the outcome and the review must agree", "[workflow][draft]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "submit_review", "2026-07-10");
    f.act(f.reviewer, number, "review", "2026-07-10",
        params({ { "result", u"withhold"_s }, { "article", u"art15_third_party"_s },
            { "basis", u"《条例》第十五条 涉及个人隐私"_s } }));
    const qint64 before = f.writtenRows();
    // The review withheld: the reply cannot disclose.
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "draft", "2026-07-13", params({ { "reply_type", u"disclose"_s } })), Error);
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "draft", "2026-07-13",
                          params({ { "reply_type", u"withhold"_s }, { "outcome", u"disclosed"_s } })),
        Error);
    // A refusal is counted in the row of the article the review withheld under: Art. 15 is row 4.
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "draft", "2026-07-13",
                          params({ { "reply_type", u"withhold"_s }, { "outcome", u"withheld_6"_s } })),
        Error);
    CHECK(f.writtenRows() == before);
    f.act(f.clerk, number, "draft", "2026-07-13", params({ { "reply_type", u"withhold"_s } }));
    CHECK(f.outcomeOf(number) == u"withheld_4");
}

TEST_CASE("action dates: back-dating is allowed, the future and going back in time are not", "[workflow][dates]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    const qint64 before = f.writtenRows();
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "accept", "2026-06-30"), Error); // before the registration
    REQUIRE_THROWS_AS(f.act(f.clerk, number, "accept", "2026-11-21"), Error); // tomorrow
    CHECK(f.writtenRows() == before);
    const CaseEvent accepted = f.act(f.clerk, number, "accept", "2026-07-01");
    CHECK(accepted.eventDate == day("2026-07-01"));
    // Without a date, today.
    const CaseEvent today = f.workflow->perform(f.clerk, number, { u"withdraw"_s, {}, {}, {} });
    CHECK(today.eventDate == day("2026-11-20"));
}

TEST_CASE("bad parameters are named, and nothing is written", "[workflow][params]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    const qint64 before = f.writtenRows();
    try {
        f.act(f.clerk, number, "consult", "2026-07-06", params({ { "party_kind", u"neighbour"_s }, { "colour", u"red"_s } }));
        FAIL("bad parameters were accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        QStringList fields;
        for (const FieldIssue& issue : error.issues())
            fields << issue.field;
        CHECK(fields.contains(u"party_kind"));
        CHECK(fields.contains(u"party")); // required, missing
        CHECK(fields.contains(u"colour")); // unknown
    }
    REQUIRE_THROWS_AS(f.act(f.chief, number, "assign", "2026-07-06",
                          params({ { "department", u"办公室"_s }, { "clerk", u"zhaomin"_s } })),
        Error); // zhaomin is not a clerk
    CHECK(f.writtenRows() == before);
}

TEST_CASE("an extension told too late leaves the original deadline, its notice tells, or a record of one sent",
    "[workflow][extension]")
{
    test::WorkflowFixture f;
    // Nothing approved: nothing to tell.
    const QString none = f.assignedCase();
    REQUIRE_THROWS_AS(f.act(f.clerk, none, "extension_notice_sent", "2026-07-20",
                          params({ { "told", u"2026-07-20"_s }, { "method", u"post"_s } })),
        Error);

    // Approved on the last day (Jul 29), the applicant told 12 working days later (Aug 14):
    // Art. 33(2) wants them told within the original period, so Jul 29 stands.
    const QString late = f.assignedCase();
    f.act(f.clerk, late, "extend", "2026-07-29", params({ { "days", 20 }, { "reason", u"调档"_s } }));
    f.act(f.chief, late, "approve_extension", "2026-07-29");
    const qint64 before = f.writtenRows();
    for (const char* told : { "2026-07-28", "2026-08-15" }) { // before the approval; after the step's date
        INFO(told);
        try {
            f.act(f.clerk, late, "extension_notice_sent", "2026-08-14",
                params({ { "told", QLatin1String(told) }, { "method", u"post"_s } }));
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::InvalidInput);
            CHECK(error.issues().front().field == u"told");
        }
    }
    CHECK(f.writtenRows() == before);
    f.act(f.clerk, late, "extension_notice_sent", "2026-08-14",
        params({ { "told", u"2026-08-14"_s }, { "method", u"post"_s } }));
    REQUIRE_THROWS_AS(f.act(f.clerk, late, "extension_notice_sent", "2026-08-14",
                          params({ { "told", u"2026-08-14"_s }, { "method", u"post"_s } })),
        Error); // once
    const DeadlineReport report = caseDeadline(*f.database, late, day("2026-08-17")).report;
    CHECK(report.reply.due == day("2026-07-29"));
    CHECK(report.reply.status == DeadlineStatus::Overdue);
    const QString explanation = deadlineReportLines(report).join(u'\n');
    CHECK(explanation.contains(u"2026-07-29"_s));
    CHECK(explanation.contains(u"2026-08-14"_s));
    CHECK(explanation.contains(u"does not count"_s));
    requireClean(f);
}

TEST_CASE("a supplement request recorded before periods ran from the receipt keeps its stored due date",
    "[workflow][supplement]")
{
    test::WorkflowFixture f;
    // As the old rules recorded it: `until` 2026-07-17 stored as `due`, counted from the notice.
    const QString old = f.newCase();
    f.repository->recordEvent(old, u"request_supplement"_s, day("2026-07-03"), f.clerk.login, {}, {},
        { { u"items"_s, u"文号"_s }, { u"until"_s, u"2026-07-17"_s }, { u"due"_s, u"2026-07-17"_s } });
    REQUIRE_THROWS_AS(f.act(f.clerk, old, "supplement_overdue", "2026-07-17"), Error);
    f.act(f.clerk, old, "supplement_overdue", "2026-07-20");
    CHECK(f.stateOf(old) == CaseState::Closed);
    // Its receipt recorded after all, the same 10 working days run from the day after it.
    const QString received = f.newCase();
    f.repository->recordEvent(received, u"request_supplement"_s, day("2026-07-03"), f.clerk.login, {}, {},
        { { u"items"_s, u"文号"_s }, { u"until"_s, u"2026-07-17"_s }, { u"due"_s, u"2026-07-17"_s } });
    const CaseEvent receipt = f.act(f.clerk, received, "notice_received", "2026-07-08",
        params({ { "received", u"2026-07-07"_s }, { "evidence", u"signed_receipt"_s } }));
    CHECK(receipt.details.value(u"due"_s).toString() == u"2026-07-21");
    REQUIRE_THROWS_AS(f.act(f.clerk, received, "supplement_overdue", "2026-07-21"), Error);
    // A request that recorded no period at all gets the least one (10 working days).
    const QString bare = f.newCase();
    f.repository->recordEvent(bare, u"request_supplement"_s, day("2026-07-03"), f.clerk.login);
    CHECK(f.act(f.clerk, bare, "notice_received", "2026-07-08",
               params({ { "received", u"2026-07-07"_s }, { "evidence", u"phone"_s } }))
              .details.value(u"due"_s)
              .toString()
        == u"2026-07-21");
    requireClean(f);
}
