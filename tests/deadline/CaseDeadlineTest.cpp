// Deadlines of stored cases: facts from the timeline, verdicts recorded when a period ends,
// the deadline board. Real SQLite files; dates hand-worked (independent_dates.py).
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Error.h"
#include "deadline/CalendarRepository.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/SettledPeriods.h"
#include "integrity/IntegrityCheck.h"
#include "register/CaseDeadline.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workflow/DueList.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// Registers an application received on `receipt` and records `steps` (action, date).
QString addCase(
    CaseRepository& repository, const char* receipt, const QList<std::pair<const char*, const char*>>& steps)
{
    const QString number = repository.add(test::samplePersonApplication(day(receipt)), u"clerk"_s);
    for (const auto& [action, date] : steps)
        repository.recordEvent(number, QString::fromLatin1(action), day(date), u"clerk"_s);
    return number;
}

const QList<std::pair<const char*, const char*>> kRepliedAfterConsultation = {
    { "accept", "2026-03-05" },
    { "assign", "2026-03-05" },
    { "consult", "2026-03-10" },
    { "consult_answer", "2026-03-20" },
    { "submit_review", "2026-03-23" },
    { "review", "2026-03-24" },
    { "submit", "2026-03-25" },
    { "sign_off", "2026-03-26" },
    { "deliver", "2026-04-10" },
};
} // namespace

TEST_CASE("the timeline's actions become the deadline facts", "[deadline][events]")
{
    QList<CaseEvent> events;
    auto add = [&](const char* action, const char* date, CaseState to, const QJsonObject& details = {}) {
        CaseEvent e;
        e.seq = int(events.size()) + 1;
        e.action = QString::fromLatin1(action);
        e.eventDate = day(date);
        e.toState = to;
        e.details = details;
        events << e;
    };
    add("register", "2026-03-02", CaseState::Registered);
    CHECK(replyFactsFromEvents(day("2026-03-02"), events).awaitingAcceptance);
    add("request_supplement", "2026-03-04", CaseState::AwaitingSupplement);
    add("supplement_received", "2026-03-09", CaseState::Accepted);
    add("assign", "2026-03-09", CaseState::InReview);
    add("consult", "2026-03-10", CaseState::Consultation);
    add("consult_answer", "2026-03-20", CaseState::InReview);
    add("fee_notice", "2026-03-23", CaseState::AwaitingFee);
    const ReplyFacts facts = replyFactsFromEvents(day("2026-03-02"), events);
    CHECK(facts.receipt == day("2026-03-02"));
    CHECK(facts.supplementRequested == day("2026-03-04"));
    CHECK(facts.supplementReceived == day("2026-03-09"));
    REQUIRE(facts.pauses.size() == 2);
    CHECK(facts.pauses.at(0).to == day("2026-03-20"));
    CHECK(facts.pauses.at(1).reason == PauseReason::FeePayment);
    CHECK_FALSE(facts.pauses.at(1).to.isValid());
    CHECK_FALSE(facts.awaitingAcceptance);
    CHECK_FALSE(facts.pauses.at(1).noticeReceived.isValid());
    // 信息处理费管理办法第七条: the applicant's receipt of the fee notice, from the step's details.
    add("notice_received", "2026-03-27", CaseState::AwaitingFee,
        { { u"notice_type"_s, u"fee"_s }, { u"received"_s, u"2026-03-25"_s } });
    CHECK(replyFactsFromEvents(day("2026-03-02"), events).pauses.at(1).noticeReceived == day("2026-03-25"));
    add("fee_overdue", "2026-04-30", CaseState::Closed);
    CHECK(replyFactsFromEvents(day("2026-03-02"), events).closed == day("2026-04-30"));
}

TEST_CASE("the applicant is told of the extension by its first notice not voided, or one sent outside (Art. 33(2))",
    "[deadline][events]")
{
    QList<CaseEvent> events;
    auto add = [&](const char* action, const char* date, const QJsonObject& details = {}) {
        CaseEvent e;
        e.seq = int(events.size()) + 1;
        e.action = QString::fromLatin1(action);
        e.eventDate = day(date);
        e.toState = CaseState::InReview;
        e.details = details;
        events << e;
    };
    const auto notice = [](const char* type, int id) {
        return QJsonObject { { u"notice_type"_s, QLatin1String(type) }, { u"notice_id"_s, id } };
    };
    const auto told = [&] { return replyFactsFromEvents(day("2026-09-15"), events).extensions.front().told; };
    add("register", "2026-09-15");
    add("extend", "2026-10-12", { { u"days"_s, 20 } });
    add("approve_extension", "2026-10-13", { { u"days"_s, 20 } });
    REQUIRE(replyFactsFromEvents(day("2026-09-15"), events).extensions.size() == 1);
    CHECK_FALSE(told().isValid());
    add("issue_notice", "2026-10-13", notice("receipt", 1)); // another type tells nothing of it
    CHECK_FALSE(told().isValid());
    add("issue_notice", "2026-10-14", notice("extension", 2));
    CHECK(told() == day("2026-10-14"));
    add("void_notice", "2026-10-15", notice("extension", 2)); // voided: it told nothing that stands
    CHECK_FALSE(told().isValid());
    add("issue_notice", "2026-10-20", notice("extension", 3));
    CHECK(told() == day("2026-10-20"));
    // A notice made outside OGI Desk and recorded as sent: the earlier of the two counts.
    add("extension_notice_sent", "2026-10-21", { { u"told"_s, u"2026-10-16"_s }, { u"method"_s, u"post"_s } });
    CHECK(told() == day("2026-10-16"));

    // An old ledger's 延期=是 keeps no notice: its word is taken as the applicant told.
    QList<CaseEvent> imported;
    CaseEvent reply;
    reply.seq = 1;
    reply.action = u"import_reply"_s;
    reply.eventDate = day("2025-06-30");
    reply.details = { { u"extended"_s, true }, { u"extension_days"_s, 20 } };
    imported << reply;
    const ReplyFacts ledger = replyFactsFromEvents(day("2025-05-06"), imported);
    REQUIRE(ledger.extensions.size() == 1);
    CHECK(ledger.extensions.front().told == day("2025-05-06"));
}

TEST_CASE("a stored case's reply deadline, met on time, keeps its verdict after a calendar edit", "[deadline][storage]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"d.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    const QString number = addCase(repository, "2026-03-04", kRepliedAfterConsultation);

    // Art. 33 + 34: 20 working days from 03-04, 03-11..03-20 not counted: due 04-14.
    CaseDeadline deadline = caseDeadline(db, number, day("2026-11-20"));
    CHECK(deadline.state == CaseState::Replied);
    CHECK(deadline.report.reply.due == day("2026-04-14"));
    CHECK(deadline.report.reply.status == DeadlineStatus::MetOnTime);

    const QList<SettledPeriod> settled = settledPeriods(db.connection(), repository.find(number)->id);
    REQUIRE(settled.size() == 2);
    CHECK(settled.at(0).kind == PeriodKind::Consultation);
    CHECK(settled.at(0).due == day("2026-03-31")); // Art. 34: their 15 working days
    CHECK(settled.at(0).onTime);
    CHECK(settled.at(1).kind == PeriodKind::Reply);
    CHECK(settled.at(1).due == day("2026-04-14"));
    CHECK(settled.at(1).ended == day("2026-04-10"));

    // A local day off inside the period, entered afterwards: today's calendar would give
    // 04-15, but the recorded due date and verdict stand.
    CalendarRepository(db, kClock).setDay({ day("2026-04-13"), false, u"local"_s }, u"admin"_s);
    deadline = caseDeadline(db, number, day("2026-11-20"));
    CHECK(deadline.report.reply.due == day("2026-04-14"));
    CHECK(deadline.report.reply.status == DeadlineStatus::MetOnTime);
    REQUIRE_FALSE(deadline.report.steps.isEmpty());
    const DeadlineStep& recorded = deadline.report.steps.back();
    CHECK(recorded.kind == StepKind::Recorded);
    CHECK(recorded.detail == u"2026-04-15");
    // Recorded periods cannot be edited through SQL.
    CHECK_THROWS(sql::run(db.connection(), u"UPDATE case_periods SET on_time = 0"_s));
    CHECK(verifyDatabase(db).isEmpty());
}

TEST_CASE("a supplement asked and received: notice verdict recorded, reply from the supplement (Art. 30)",
    "[deadline][storage]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"s.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    const QString number = addCase(
        repository, "2026-02-05", { { "request_supplement", "2026-02-09" }, { "supplement_received", "2026-02-12" } });
    const QList<SettledPeriod> settled = settledPeriods(db.connection(), repository.find(number)->id);
    REQUIRE(settled.size() == 1);
    CHECK(settled.front().kind == PeriodKind::SupplementNotice);
    CHECK(settled.front().due == day("2026-02-14")); // 7 working days, a make-up Saturday
    CHECK(settled.front().onTime);

    const CaseDeadline deadline = caseDeadline(db, number, day("2026-03-02"));
    CHECK(deadline.report.reply.trigger == day("2026-02-12"));
    CHECK(deadline.report.reply.due == day("2026-03-18"));
    CHECK(deadline.report.reply.status == DeadlineStatus::OnTrack);
    REQUIRE(deadline.report.supplementNotice);
    CHECK(deadline.report.supplementNotice->status == DeadlineStatus::MetOnTime);
    CHECK_THROWS_AS(caseDeadline(db, u"2026-9999"_s, day("2026-03-02")), Error);
}

TEST_CASE("the deadline board lists open cases most urgent first", "[deadline][storage]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"b.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    // As of 2026-03-27:
    const QString dueSoon = addCase(repository, "2026-03-04", { { "accept", "2026-03-05" } }); // 04-01, 3 left
    const QString overdue = addCase(repository, "2026-02-24", { { "accept", "2026-02-25" } }); // 03-23, 4 over
    const QString notice = addCase(repository, "2026-03-20", {}); // Art. 30 notice due 03-31, 2 left
    // A consultation with no answer: its 15 working days ended on 03-26 and the clock runs again.
    const QString unanswered = addCase(repository, "2026-03-02",
        { { "accept", "2026-03-03" }, { "assign", "2026-03-03" }, { "consult", "2026-03-05" } });
    const QString paused = addCase(repository, "2026-03-02",
        { { "accept", "2026-03-03" }, { "assign", "2026-03-03" }, { "consult", "2026-03-20" } });
    addCase(repository, "2026-03-02", { { "withdraw", "2026-03-03" } });
    addCase(repository, "2026-03-04", kRepliedAfterConsultation.mid(0, 8)); // signed off, still open

    const QList<DueEntry> board = dueList(db, day("2026-03-27"));
    QStringList order;
    for (const DueEntry& e : board)
        order << e.caseNumber;
    REQUIRE(board.size() == 6);
    CHECK(order.at(0) == overdue);
    CHECK(board.at(0).period.status == DeadlineStatus::Overdue);
    CHECK(board.at(0).period.workingDaysLeft == -4);
    CHECK(order.at(1) == notice);
    CHECK(board.at(1).period.kind == PeriodKind::SupplementNotice);
    CHECK(board.at(1).period.workingDaysLeft == 2);
    CHECK(order.at(2) == dueSoon);
    CHECK(board.at(2).period.status == DeadlineStatus::DueSoon);
    // Art. 32, 34: not paused for ever; only the 15 days 03-06..03-26 are not counted, so the
    // reply is due 04-21 (Qingming 04-06 off) with 16 working days left.
    CHECK(order.at(4) == unanswered);
    CHECK(board.at(4).period.status == DeadlineStatus::OnTrack);
    CHECK(board.at(4).period.due == day("2026-04-21"));
    CHECK(board.at(4).period.workingDaysLeft == 16);
    CHECK(board.at(4).period.warnings.testFlag(PeriodWarning::ConsultationUnanswered));
    // Within its 15 days (to 04-13), the other consultation still stops the clock.
    CHECK(order.at(5) == paused);
    CHECK(board.at(5).period.status == DeadlineStatus::Paused);
    CHECK(board.at(5).period.pausedUntil == day("2026-04-13"));
    CHECK(board.at(5).period.workingDaysLeft == 6);

    const QList<DueEntry> within = dueList(db, day("2026-03-27"), 2);
    REQUIRE(within.size() == 2);
    CHECK(within.at(0).caseNumber == overdue);
    CHECK(within.at(1).caseNumber == notice);
}
