// The deadline rules, one table row per rule, each citing its source. Expected dates are
// hand-worked (tests/deadline/independent_dates.py re-checks them day by day).
#include "Error.h"
#include "calendar/ShippedCalendar.h"
#include "deadline/DeadlineCalculator.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QDate day(const char* iso) { return iso ? QDate::fromString(QString::fromLatin1(iso), Qt::ISODate) : QDate(); }

PauseSpan pause(const char* from, const char* to, PauseReason reason = PauseReason::Consultation)
{
    return { reason, day(from), day(to) };
}

const DeadlineCalculator& calculator()
{
    static const DeadlineCalculator instance(shippedCalendar());
    return instance;
}

QList<StepKind> kinds(const DeadlineReport& report)
{
    QList<StepKind> list;
    for (const DeadlineStep& step : report.steps)
        list << step.kind;
    return list;
}
} // namespace

TEST_CASE("pauses stop the reply clock: the days after the letter up to the answer are not counted", "[deadline]")
{
    struct Row
    {
        const char* rule;
        const char* receipt;
        QList<PauseSpan> pauses;
        const char* due;
        QList<int> notCounted;
    };
    const Row rows[] = {
        { "Art. 33/34: consultation spanning National Day 2026", "2026-09-15", { pause("2026-09-22", "2026-10-09") },
            "2026-10-28", { 7 } },
        { "Art. 33/32: consultation spanning Spring Festival 2026", "2026-01-26", { pause("2026-02-03", "2026-02-25") },
            "2026-03-16", { 11 } },
        { "Art. 33 + fees.md: a consultation then a fee notice", "2026-03-02",
            { pause("2026-03-05", "2026-03-12"), pause("2026-03-20", "2026-04-08", PauseReason::FeePayment) },
            "2026-04-23", { 5, 12 } },
        { "Art. 33: two pauses across National Day 2025", "2025-09-19",
            { pause("2025-09-26", "2025-10-13"), pause("2025-10-20", "2025-10-24") }, "2025-11-07", { 7, 4 } },
        { "Art. 33: a letter sent on the due day itself moves nothing", "2026-03-02",
            { pause("2026-03-30", "2026-04-02") }, "2026-03-30", {} },
        { "Art. 33: answered the day it was sent, nothing paused", "2026-03-04", { pause("2026-03-10", "2026-03-10") },
            "2026-04-01", { 0 } },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        ReplyFacts facts;
        facts.receipt = day(row.receipt);
        facts.pauses = row.pauses;
        const DeadlineReport report = calculator().report(facts, facts.receipt);
        CHECK(report.reply.due == day(row.due));
        QList<int> notCounted;
        for (const DeadlineStep& step : report.steps)
            if (step.kind == StepKind::Pause)
                notCounted << step.days;
        CHECK(notCounted == row.notCounted);
    }
}

TEST_CASE("supplement asked and received: the reply runs from the supplemented application (Art. 30)", "[deadline]")
{
    ReplyFacts facts;
    facts.receipt = day("2026-02-05");
    facts.supplementRequested = day("2026-02-09");
    // Waiting for the applicant: the reply clock has not started.
    DeadlineReport waiting = calculator().report(facts, day("2026-02-10"));
    CHECK(waiting.reply.status == DeadlineStatus::Paused);
    CHECK_FALSE(waiting.reply.due.isValid());
    REQUIRE(waiting.supplementNotice);
    CHECK(waiting.supplementNotice->due == day("2026-02-14")); // Art. 30: 7 working days, a make-up Saturday
    CHECK(waiting.supplementNotice->status == DeadlineStatus::MetOnTime);

    facts.supplementReceived = day("2026-02-12");
    const DeadlineReport report = calculator().report(facts, day("2026-03-02"));
    CHECK(report.reply.trigger == day("2026-02-12"));
    CHECK(report.reply.due == day("2026-03-18"));
    CHECK(report.reply.status == DeadlineStatus::OnTrack);
    CHECK(kinds(report)
        == QList<StepKind> { StepKind::Receipt, StepKind::SupplementNoticeDue, StepKind::SupplementRequested,
            StepKind::SupplementReceived, StepKind::CountingStarts, StepKind::Due });

    // Art. 30: a notice sent after the 7 working days is late.
    facts.supplementRequested = day("2026-02-24");
    facts.supplementReceived = day("2026-02-25");
    CHECK(calculator().report(facts, day("2026-03-02")).supplementNotice->status == DeadlineStatus::MetLate);
}

TEST_CASE("an extension adds at most 20 working days, once, approved before the deadline (Art. 33)", "[deadline]")
{
    // Each extension here is told to the applicant the day it is approved: without that it
    // would not count (Art. 33(2), the next test case).
    const auto told = [](int days, const char* approved) { return Extension { days, day(approved), day(approved) }; };
    ReplyFacts facts;
    facts.receipt = day("2026-09-15"); // due 2026-10-19 without extension

    facts.extensions = { told(20, "2026-10-09") };
    CHECK(calculator().replyStatus(facts, day("2026-10-09")).due == day("2026-11-16"));
    facts.extensions = { told(20, "2026-10-19") }; // on the due day itself: still in time
    CHECK(calculator().replyStatus(facts, day("2026-10-19")).due == day("2026-11-16"));

    facts.receipt = day("2026-01-26"); // due 2026-02-28, a make-up Saturday
    facts.extensions = { told(10, "2026-02-27") };
    CHECK(calculator().replyStatus(facts, day("2026-02-27")).due == day("2026-03-13"));

    // With a consultation spanning National Day: 30 counted days, 7 not counted.
    facts.receipt = day("2026-09-15");
    facts.pauses = { pause("2026-09-22", "2026-10-09") };
    facts.extensions = { told(10, "2026-10-20") };
    const DeadlineReport report = calculator().report(facts, day("2026-10-20"));
    CHECK(report.reply.due == day("2026-11-11"));
    CHECK(kinds(report).contains(StepKind::Extension));

    struct Refusal
    {
        const char* rule;
        QList<Extension> extensions;
    };
    const Refusal refusals[] = {
        { "Art. 33: approved after the deadline (2026-10-28 with the pause)", { { 10, day("2026-10-29") } } },
        { "Art. 33: more than 20 working days", { { 21, day("2026-10-01") } } },
        { "Art. 33: at most once", { { 5, day("2026-10-01") }, { 5, day("2026-10-12") } } },
    };
    for (const Refusal& row : refusals) {
        INFO(row.rule);
        facts.extensions = row.extensions;
        try {
            calculator().report(facts, day("2026-10-29"));
            FAIL("not refused");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Refused);
            CHECK(error.message().contains(u"Art. 33"_s));
        }
    }
}

TEST_CASE("an extension counts only once the applicant is told, by the original deadline (Art. 33(2))",
    "[deadline][extension]")
{
    struct Row
    {
        const char* rule;
        const char* approved;
        const char* told; // nullptr: not told (no notice issued, none recorded as sent)
        const char* asOf;
        const char* due;
        DeadlineStatus status;
        int left;
        PeriodWarnings warnings;
        StepKind step;
    };
    using W = PeriodWarning;
    // Received 2026-09-15: due 2026-10-19 across 中秋 and 国庆 (09-20 and 10-10 make-up days);
    // 20 more working days give 2026-11-16.
    const Row rows[] = {
        { "approved and told on the last day: counts", "2026-10-19", "2026-10-19", "2026-10-19", "2026-11-16",
            DeadlineStatus::OnTrack, 20, {}, StepKind::Extension },
        { "approved earlier, told before the deadline: counts", "2026-10-09", "2026-10-16", "2026-10-20", "2026-11-16",
            DeadlineStatus::OnTrack, 19, {}, StepKind::Extension },
        { "approved on the last day, notice 12 working days later: the original deadline stands", "2026-10-19",
            "2026-11-04", "2026-11-05", "2026-10-19", DeadlineStatus::Overdue, -13, {}, StepKind::ExtensionNotTold },
        { "not told yet, 3 working days left: the original date, a warning", "2026-10-09", nullptr, "2026-10-14",
            "2026-10-19", DeadlineStatus::DueSoon, 3, W::ExtensionNotTold, StepKind::ExtensionPending },
        { "not told yet, 2 working days left: the urgent warning", "2026-10-09", nullptr, "2026-10-15", "2026-10-19",
            DeadlineStatus::DueSoon, 2, W::ExtensionNotTold | W::ExtensionNoticeUrgent, StepKind::ExtensionPending },
        { "not told yet on the deadline itself: still urgent", "2026-10-09", nullptr, "2026-10-19", "2026-10-19",
            DeadlineStatus::DueToday, 0, W::ExtensionNotTold | W::ExtensionNoticeUrgent, StepKind::ExtensionPending },
        { "never told: after the deadline the extension is gone", "2026-10-09", nullptr, "2026-10-20", "2026-10-19",
            DeadlineStatus::Overdue, -1, {}, StepKind::ExtensionNotTold },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        ReplyFacts facts;
        facts.receipt = day("2026-09-15");
        facts.extensions = { { 20, day(row.approved), day(row.told) } };
        const DeadlineReport report = calculator().report(facts, day(row.asOf));
        CHECK(report.reply.due == day(row.due));
        CHECK(report.reply.status == row.status);
        CHECK(report.reply.workingDaysLeft == row.left);
        CHECK(report.reply.warnings == row.warnings);
        CHECK(kinds(report).contains(row.step));
        CHECK(calculator().replyStatus(facts, day(row.asOf)).warnings == row.warnings); // the board's path
        if (row.step != StepKind::Extension)
            CHECK(report.reply.extendedDue == day("2026-11-16")); // what it would give, for its notice
    }

    // The explanation says why it does not count, with both dates.
    ReplyFacts late;
    late.receipt = day("2026-09-15");
    late.extensions = { { 20, day("2026-10-19"), day("2026-11-04") } };
    const DeadlineReport report = calculator().report(late, day("2026-11-05"));
    const auto step = std::find_if(report.steps.begin(), report.steps.end(),
        [](const DeadlineStep& s) { return s.kind == StepKind::ExtensionNotTold; });
    REQUIRE(step != report.steps.end());
    CHECK(describeStep(*step).contains(u"2026-10-19"_s));
    CHECK(describeStep(*step).contains(u"2026-11-04"_s));
    CHECK(describeStep(*step).contains(u"Art. 33(2)"_s));
    CHECK(describeStep(*step).contains(u"does not count"_s));

    // With a consultation across National Day the original deadline is 10-28: told on it the
    // 10 days count (11-11); a day later they do not.
    ReplyFacts paused;
    paused.receipt = day("2026-09-15");
    paused.pauses = { pause("2026-09-22", "2026-10-09") };
    paused.extensions = { { 10, day("2026-10-20"), day("2026-10-28") } };
    CHECK(calculator().replyStatus(paused, day("2026-10-29")).due == day("2026-11-11"));
    paused.extensions = { { 10, day("2026-10-20"), day("2026-10-29") } };
    CHECK(calculator().replyStatus(paused, day("2026-10-29")).due == day("2026-10-28"));
    // Told before it was approved: a contradiction.
    paused.extensions = { { 10, day("2026-10-20"), day("2026-10-19") } };
    CHECK_THROWS_AS(calculator().report(paused, day("2026-10-29")), Error);
}

TEST_CASE(
    "a consultation excludes at most the consulted side's 15 working days (Art. 32, 34)", "[deadline][consultation]")
{
    struct Row
    {
        const char* rule;
        const char* receipt;
        const char* letter;
        const char* answer; // nullptr: none recorded
        const char* asOf;
        DeadlineStatus status;
        const char* due; // nullptr while the clock is stopped
        const char* pausedUntil;
        int left;
        StepKind step;
        int notCounted;
    };
    // Letter 2026-09-22: the consulted side's 15 working days end on 10-20 (国庆 between).
    const Row rows[] = {
        { "answered within the 15 days: the days to the answer", "2026-09-15", "2026-09-22", "2026-10-09", "2026-10-12",
            DeadlineStatus::OnTrack, "2026-10-28", nullptr, 12, StepKind::Pause, 7 },
        { "answered on the 15th day: all 15", "2026-09-15", "2026-09-22", "2026-10-20", "2026-10-21",
            DeadlineStatus::OnTrack, "2026-11-09", nullptr, 13, StepKind::Pause, 15 },
        { "answered after the 15 days: only 15", "2026-09-15", "2026-09-22", "2026-10-26", "2026-10-27",
            DeadlineStatus::OnTrack, "2026-11-09", nullptr, 9, StepKind::ConsultationCapped, 15 },
        { "answered a month late: only 15, and overdue", "2026-09-15", "2026-09-22", "2026-11-20", "2026-11-20",
            DeadlineStatus::Overdue, "2026-11-09", nullptr, -9, StepKind::ConsultationCapped, 15 },
        { "no answer, within the 15 days: the clock is stopped", "2026-09-15", "2026-09-22", nullptr, "2026-10-20",
            DeadlineStatus::Paused, nullptr, "2026-10-20", 14, StepKind::PauseOpen, 0 },
        { "no answer after the 15 days: it runs again", "2026-09-15", "2026-09-22", nullptr, "2026-10-21",
            DeadlineStatus::OnTrack, "2026-11-09", nullptr, 13, StepKind::ConsultationCapped, 15 },
        { "no answer for months: overdue, not paused", "2026-09-15", "2026-09-22", nullptr, "2026-11-16",
            DeadlineStatus::Overdue, "2026-11-09", nullptr, -5, StepKind::ConsultationCapped, 15 },
        { "no answer across Spring Festival 2026: 15 days to 03-02, due 03-20", "2026-01-26", "2026-02-03", nullptr,
            "2026-03-10", DeadlineStatus::OnTrack, "2026-03-20", nullptr, 8, StepKind::ConsultationCapped, 15 },
        { "looking back into a late answer's 15 days: paused until they end", "2026-09-15", "2026-09-22", "2026-10-26",
            "2026-10-12", DeadlineStatus::Paused, "2026-11-09", "2026-10-20", 14, StepKind::ConsultationCapped, 15 },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        ReplyFacts facts;
        facts.receipt = day(row.receipt);
        facts.pauses = { pause(row.letter, row.answer) };
        const DeadlineReport report = calculator().report(facts, day(row.asOf));
        CHECK(report.reply.status == row.status);
        CHECK(report.reply.due == day(row.due));
        CHECK(report.reply.pausedUntil == day(row.pausedUntil));
        CHECK(report.reply.workingDaysLeft == row.left);
        CHECK(calculator().replyStatus(facts, day(row.asOf)).status == row.status);
        const auto step = std::find_if(
            report.steps.begin(), report.steps.end(), [&](const DeadlineStep& s) { return s.kind == row.step; });
        REQUIRE(step != report.steps.end());
        if (row.step != StepKind::PauseOpen)
            CHECK(step->days == row.notCounted);
        const bool unanswered = !row.answer && row.status != DeadlineStatus::Paused;
        CHECK(report.reply.warnings.testFlag(PeriodWarning::ConsultationUnanswered) == unanswered);
    }
    // The explanation says that only 15 were excluded, and why.
    ReplyFacts facts;
    facts.receipt = day("2026-09-15");
    facts.pauses = { pause("2026-09-22", "2026-10-26") };
    const DeadlineReport report = calculator().report(facts, day("2026-10-27"));
    const auto capped = std::find_if(report.steps.begin(), report.steps.end(),
        [](const DeadlineStep& s) { return s.kind == StepKind::ConsultationCapped; });
    REQUIRE(capped != report.steps.end());
    CHECK(describeStep(*capped).contains(u"2026-10-26"_s));
    CHECK(describeStep(*capped).contains(u"2026-10-20"_s));
    CHECK(describeStep(*capped).contains(u"15 working days"_s));
}

TEST_CASE(
    "the fee period runs from the applicant's receipt of the fee notice (信息处理费管理办法第七条)", "[deadline][fee]")
{
    struct Row
    {
        const char* rule;
        const char* receipt;
        const char* notice;
        const char* received; // nullptr: not recorded
        const char* payBy; // the applicant's last day; nullptr: not known
    };
    const Row rows[] = {
        { "received two days later, across Qingming 2026 (04-06 off)", "2026-03-02", "2026-03-10", "2026-03-12",
            "2026-04-10" },
        { "received across National Day 2026 (10-10 make-up): 11-03, not the notice's 10-30", "2026-09-21",
            "2026-09-28", "2026-09-30", "2026-11-03" },
        { "received the day it was sent", "2026-03-02", "2026-03-10", "2026-03-10", "2026-04-08" },
        { "receipt not recorded: the period cannot be counted", "2026-03-02", "2026-03-10", nullptr, nullptr },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        ReplyFacts facts;
        facts.receipt = day(row.receipt);
        facts.pauses = { { PauseReason::FeePayment, day(row.notice), {}, day(row.received) } };
        const DeadlineReport report = calculator().report(facts, day(row.notice).addDays(1));
        CHECK(report.reply.status == DeadlineStatus::Paused);
        CHECK(report.reply.pausedFor == PauseReason::FeePayment);
        CHECK(report.reply.pausedUntil == day(row.payBy));
        CHECK(report.reply.warnings.testFlag(PeriodWarning::FeeReceiptUnknown) == !row.received);
        CHECK(kinds(report).contains(StepKind::FeeWaiting));
        // fees.md: the reply clock stops from the notice, whenever the applicant received it.
        CHECK(report.reply.workingDaysLeft
            == 20 - calculator().calendar().workingDaysBetween(facts.receipt, day(row.notice)));
    }
    ReplyFacts facts;
    facts.receipt = day("2026-03-02");
    facts.pauses = { { PauseReason::FeePayment, day("2026-03-10"), {}, day("2026-03-09") } };
    CHECK_THROWS_AS(calculator().report(facts, day("2026-03-11")), Error); // received before it was sent
}

TEST_CASE("an Art. 35 later date replaces the statutory due date", "[deadline]")
{
    ReplyFacts facts;
    facts.receipt = day("2026-03-04"); // statutory due 2026-04-01
    facts.laterDate = day("2026-05-15");
    const DeadlineReport report = calculator().report(facts, day("2026-05-14"));
    CHECK(report.reply.due == day("2026-05-15"));
    CHECK(report.reply.status == DeadlineStatus::DueSoon);
    CHECK(kinds(report).contains(StepKind::LaterDate));
    facts.laterDate = day("2026-04-01"); // not later than the statutory date
    CHECK_THROWS_AS(calculator().report(facts, day("2026-03-05")), Error);
}

TEST_CASE("the status as of a date (DESIGN.md §5)", "[deadline]")
{
    struct Row
    {
        const char* rule;
        const char* asOf;
        const char* replied;
        int dueSoonDays;
        DeadlineStatus status;
        int left;
    };
    // Receipt 2026-03-04, due 2026-04-01; Qingming 04-04..06 follows.
    const Row rows[] = {
        { "§5 on track: 16 working days left", "2026-03-10", nullptr, 3, DeadlineStatus::OnTrack, 16 },
        { "§5 due soon: <= 3 working days left", "2026-03-27", nullptr, 3, DeadlineStatus::DueSoon, 3 },
        { "§5 due soon is configurable (5)", "2026-03-25", nullptr, 5, DeadlineStatus::DueSoon, 5 },
        { "§5 on track with the default threshold", "2026-03-25", nullptr, 3, DeadlineStatus::OnTrack, 5 },
        { "§5 due today", "2026-04-01", nullptr, 3, DeadlineStatus::DueToday, 0 },
        { "§5 overdue: 4 working days past (Qingming not counted)", "2026-04-08", nullptr, 3, DeadlineStatus::Overdue,
            -4 },
        { "§5 met on time, on the due day", "2026-04-10", "2026-04-01", 3, DeadlineStatus::MetOnTime, 0 },
        { "§5 met late by 4 working days", "2026-04-10", "2026-04-08", 3, DeadlineStatus::MetLate, -4 },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        DeadlineRules rules;
        rules.dueSoonDays = row.dueSoonDays;
        const DeadlineCalculator calc(shippedCalendar(), rules);
        ReplyFacts facts;
        facts.receipt = day("2026-03-04");
        facts.replied = day(row.replied);
        const PeriodStatus status = calc.replyStatus(facts, day(row.asOf));
        CHECK(status.due == day("2026-04-01"));
        CHECK(status.status == row.status);
        CHECK(status.workingDaysLeft == row.left);
    }
}

TEST_CASE("paused: during a consultation the days left are frozen", "[deadline]")
{
    ReplyFacts facts;
    facts.receipt = day("2026-09-15");
    facts.pauses = { pause("2026-09-22", nullptr) }; // no answer yet
    PeriodStatus status = calculator().replyStatus(facts, day("2026-10-12"));
    CHECK(status.status == DeadlineStatus::Paused);
    CHECK_FALSE(status.due.isValid());
    CHECK(status.pausedUntil == day("2026-10-20")); // Art. 32/34: their 15 working days
    CHECK(status.workingDaysLeft == 14); // 6 of 20 counted before the letter (09-20 a make-up Sunday)
    // Looking back into a finished pause: paused until the answer, days left exclude it.
    facts.pauses = { pause("2026-09-22", "2026-10-09") };
    status = calculator().replyStatus(facts, day("2026-09-30"));
    CHECK(status.status == DeadlineStatus::Paused);
    CHECK(status.pausedUntil == day("2026-10-09"));
    CHECK(status.due == day("2026-10-28"));
    CHECK(status.workingDaysLeft == 14); // 10-10 (make-up Saturday) .. 10-28
}

TEST_CASE("dates past the calendar are counted but marked provisional with the reason", "[deadline]")
{
    struct Row
    {
        const char* rule;
        const char* receipt;
        const char* due;
        bool provisional;
    };
    const Row rows[] = {
        { "§5 'calendar not known': due in 2027", "2026-12-15", "2027-01-12", true },
        { "§5 'calendar not known': due in 2027, New Year's Eve receipt", "2026-12-31", "2027-01-28", true },
        { "§5 'calendar not known': receipt in 2027", "2027-03-01", "2027-03-29", true },
        { "§5 'calendar not known': receipt in 2018 (before the calendar)", "2018-12-20", "2019-01-18", true },
        { "inside the known years: not provisional", "2026-11-20", "2026-12-18", false },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        ReplyFacts facts;
        facts.receipt = day(row.receipt);
        const DeadlineReport report = calculator().report(facts, facts.receipt);
        CHECK(report.reply.due == day(row.due));
        CHECK(report.reply.provisional == row.provisional);
        CHECK(report.provisionalReason.isEmpty() == !row.provisional);
        CHECK(kinds(report).contains(StepKind::Provisional) == row.provisional);
    }
    // A known case looked at from a year beyond the calendar is provisional too.
    ReplyFacts facts;
    facts.receipt = day("2026-11-20");
    CHECK(calculator().replyStatus(facts, day("2027-01-05")).provisional);
    facts.replied = day("2026-12-01"); // ...unless it has ended inside the known years
    CHECK_FALSE(calculator().replyStatus(facts, day("2027-01-05")).provisional);
}

TEST_CASE("contradictory facts are refused with a clear message", "[deadline]")
{
    struct Row
    {
        const char* rule;
        ReplyFacts facts;
    };
    auto facts = [](auto change) {
        ReplyFacts f;
        f.receipt = day("2026-03-04");
        change(f);
        return f;
    };
    const Row rows[] = {
        { "no receipt date", facts([](ReplyFacts& f) { f.receipt = {}; }) },
        { "a pause that ends before it starts",
            facts([](ReplyFacts& f) { f.pauses = { pause("2026-03-10", "2026-03-09") }; }) },
        { "overlapping pauses", facts([](ReplyFacts& f) {
             f.pauses = { pause("2026-03-10", "2026-03-20"), pause("2026-03-15", "2026-03-25") };
         }) },
        { "a pause before the receipt",
            facts([](ReplyFacts& f) { f.pauses = { pause("2026-03-01", "2026-03-05") }; }) },
        { "an open pause followed by another", facts([](ReplyFacts& f) {
             f.pauses = { pause("2026-03-10", nullptr), pause("2026-03-15", "2026-03-16") };
         }) },
        { "Art. 30: a supplement received but never asked",
            facts([](ReplyFacts& f) { f.supplementReceived = day("2026-03-10"); }) },
        { "Art. 30: received before it was asked", facts([](ReplyFacts& f) {
             f.supplementRequested = day("2026-03-10");
             f.supplementReceived = day("2026-03-09");
         }) },
        { "a reply before the receipt", facts([](ReplyFacts& f) { f.replied = day("2026-03-01"); }) },
        { "a reply while a consultation is open", facts([](ReplyFacts& f) {
             f.pauses = { pause("2026-03-10", nullptr) };
             f.replied = day("2026-03-20");
         }) },
    };
    for (const Row& row : rows) {
        INFO(row.rule);
        try {
            calculator().report(row.facts, day("2026-03-20"));
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(error.message().isEmpty());
        }
    }
}

TEST_CASE("every step of the explanation reads as a sentence with its dates", "[deadline]")
{
    ReplyFacts facts;
    facts.receipt = day("2026-09-15");
    facts.pauses = { pause("2026-09-22", "2026-10-09") };
    facts.extensions = { { 10, day("2026-10-20"), day("2026-10-21") } };
    const DeadlineReport report = calculator().report(facts, day("2026-10-21"));
    REQUIRE(kinds(report)
        == QList<StepKind> {
            StepKind::Receipt, StepKind::CountingStarts, StepKind::Pause, StepKind::Extension, StepKind::Due });
    CHECK(describeStep(report.steps.at(0)).contains(u"2026-09-15"_s));
    CHECK(describeStep(report.steps.at(1)).contains(u"2026-09-16"_s));
    CHECK(describeStep(report.steps.at(2)).contains(u"2026-10-09"_s));
    CHECK(describeStep(report.steps.at(3)).contains(u"2026-11-11"_s));
    CHECK(describeStep(report.steps.at(3)).contains(u"2026-10-21"_s)); // the day the applicant was told
    CHECK(describeStep(report.steps.at(4)).contains(u"2026-11-11"_s));
    CHECK(describePeriod(report.reply).contains(u"2026-11-11"_s));
}
