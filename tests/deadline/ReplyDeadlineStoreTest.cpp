// The stored reply deadlines behind the register's 答复期限 / 剩余工作日 columns and its
// deadline filter: they must say what the deadline engine says, on every day after they
// were written, and follow calendar edits. Real SQLite files.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Error.h"
#include "deadline/CalendarRepository.h"
#include "deadline/ReplyDeadlineStore.h"
#include "register/CaseDeadline.h"
#include "register/CaseListQuery.h"
#include "register/CaseRepository.h"
#include "register/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "workflow/DueList.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

struct Step
{
    const char* action;
    const char* date;
    QJsonObject details = {};
};

const QJsonObject kExtensionNotice { { u"notice_type"_s, u"extension"_s }, { u"notice_id"_s, 1 } };

struct Story
{
    const char* name;
    const char* receipt;
    QList<Step> steps;
};

// Histories that leave the reply clock in each of its shapes on 2026-11-20.
const QList<Story> kStories = {
    { "just registered", "2026-11-19", {} },
    { "accepted, due in December", "2026-11-02", { { "accept", "2026-11-03" } } },
    { "received in October, overdue", "2026-10-09", { { "accept", "2026-10-12" }, { "assign", "2026-10-12" } } },
    { "due within days", "2026-10-26", { { "accept", "2026-10-27" } } },
    { "consultation answered", "2026-10-20",
        { { "accept", "2026-10-21" }, { "assign", "2026-10-21" }, { "consult", "2026-10-26" },
            { "consult_answer", "2026-11-10" } } },
    { "waiting for the consulted side", "2026-11-02",
        { { "accept", "2026-11-03" }, { "assign", "2026-11-03" }, { "consult", "2026-11-09" } } },
    // Art. 33(2): an extension counts once the applicant is told, here by its notice.
    { "extended by 15", "2026-10-15",
        { { "accept", "2026-10-16" }, { "extend", "2026-11-02" },
            { "approve_extension", "2026-11-03", QJsonObject { { u"days"_s, 15 } } },
            { "issue_notice", "2026-11-04", kExtensionNotice } } },
    { "waiting for a supplement", "2026-11-10", { { "request_supplement", "2026-11-12" } } },
    { "replied on time", "2026-09-01",
        { { "accept", "2026-09-02" }, { "draft", "2026-09-10" }, { "submit", "2026-09-11" },
            { "sign_off", "2026-09-14" }, { "deliver", "2026-09-15" } } },
    { "replied late", "2026-06-01",
        { { "accept", "2026-06-02" }, { "draft", "2026-07-10" }, { "submit", "2026-07-13" },
            { "sign_off", "2026-07-14" }, { "deliver", "2026-07-15" } } },
    { "withdrawn", "2026-10-12", { { "withdraw", "2026-10-20" } } },
    // Issue 16: an extension never told (the original deadline 11-12 stands), one still
    // waiting for its notice (the original 11-30 until then), a consultation unanswered past
    // its 15 working days (running again since 11-17), the fee waiting with and without the
    // applicant's receipt of its notice.
    { "extension never told", "2026-10-15",
        { { "accept", "2026-10-16" }, { "extend", "2026-11-02" },
            { "approve_extension", "2026-11-03", QJsonObject { { u"days"_s, 15 } } } } },
    { "extension waiting for its notice", "2026-11-02",
        { { "accept", "2026-11-03" }, { "extend", "2026-11-19" },
            { "approve_extension", "2026-11-19", QJsonObject { { u"days"_s, 10 } } } } },
    { "consultation unanswered", "2026-10-20",
        { { "accept", "2026-10-21" }, { "assign", "2026-10-21" }, { "consult", "2026-10-26" } } },
    { "fee, notice received", "2026-11-02",
        { { "accept", "2026-11-03" }, { "assign", "2026-11-03" }, { "fee_notice", "2026-11-09" },
            { "notice_received", "2026-11-11",
                QJsonObject { { u"notice_type"_s, u"fee"_s }, { u"received"_s, u"2026-11-10"_s } } } } },
    { "fee, receipt not recorded", "2026-11-02",
        { { "accept", "2026-11-03" }, { "assign", "2026-11-03" }, { "fee_notice", "2026-11-09" } } },
};

struct Register
{
    QTemporaryDir dir;
    Database db = Database::open(test::newTestRegister(dir, u"r.ogi"_s), OpenMode::CreateIfMissing);
    QStringList numbers;

    Register()
    {
        CaseRepository repository(db, kClock);
        for (const Story& story : kStories) {
            const QString number = repository.add(test::samplePersonApplication(day(story.receipt)), u"clerk"_s);
            for (const Step& step : story.steps)
                repository.recordEvent(
                    number, QString::fromLatin1(step.action), day(step.date), u"clerk"_s, {}, {}, step.details);
            numbers << number;
        }
    }

    StoredReplyDeadline stored(const QString& number) const
    {
        QSqlQuery q = sql::run(db.connection(),
            u"SELECT d.clock, d.due_date, d.paused_until FROM reply_deadlines d JOIN cases c ON c.id = d.case_id "
            u"WHERE c.case_number = ?"_s,
            { number });
        REQUIRE(sql::next(q));
        return { parseReplyClock(q.value(0).toString()).value_or(ReplyClock::Unknown),
            QDate::fromString(q.value(1).toString(), Qt::ISODate),
            QDate::fromString(q.value(2).toString(), Qt::ISODate) };
    }

    QSet<QString> listed(DeadlineStatus status, const QDate& asOf) const
    {
        CaseListFilter filter;
        filter.deadline = status;
        QSqlQuery q = caseListQuery(db, filter, {}, asOf, loadOfficeCalendar(db.connection()));
        QSet<QString> found;
        while (sql::next(q))
            found.insert(q.value(0).toString());
        return found;
    }
};
} // namespace

TEST_CASE("stored reply deadlines agree with the deadline engine on every later day", "[deadline][list]")
{
    test::ensureCoreApp();
    Register r;
    const WorkingCalendar calendar = loadOfficeCalendar(r.db.connection());
    QSet<DeadlineStatus> seen;
    for (QDate asOf = kClock.today(); asOf <= day("2027-01-15"); asOf = asOf.addDays(1)) {
        for (qsizetype i = 0; i < kStories.size(); ++i) {
            INFO(kStories.at(i).name << " as of " << asOf.toString(Qt::ISODate).toStdString());
            const PeriodStatus engine = caseDeadline(r.db, r.numbers.at(i), asOf).report.reply;
            const PeriodStatus stored = replyStatusAsOf(r.stored(r.numbers.at(i)), asOf, calendar);
            seen.insert(engine.status);
            CHECK(stored.status == engine.status);
            if (isRunning(engine.status)) {
                CHECK(stored.due == engine.due);
                CHECK(stored.workingDaysLeft == engine.workingDaysLeft);
            }
            if (engine.status == DeadlineStatus::Paused)
                CHECK(stored.pausedUntil == engine.pausedUntil);
        }
    }
    // The stories cover every status the register shows.
    for (DeadlineStatus status :
        { DeadlineStatus::OnTrack, DeadlineStatus::DueSoon, DeadlineStatus::DueToday, DeadlineStatus::Overdue,
            DeadlineStatus::Paused, DeadlineStatus::MetOnTime, DeadlineStatus::MetLate, DeadlineStatus::Closed })
        CHECK(seen.contains(status));
}

TEST_CASE("the register's deadline filter selects exactly the cases with that status", "[deadline][list]")
{
    test::ensureCoreApp();
    Register r;
    const WorkingCalendar calendar = loadOfficeCalendar(r.db.connection());
    for (const char* iso : { "2026-11-20", "2026-11-21", "2026-11-23", "2026-11-27", "2026-12-01", "2026-12-18",
             "2026-12-31", "2027-01-04" }) {
        const QDate asOf = day(iso);
        for (DeadlineStatus status :
            { DeadlineStatus::OnTrack, DeadlineStatus::DueSoon, DeadlineStatus::DueToday, DeadlineStatus::Overdue,
                DeadlineStatus::Paused, DeadlineStatus::MetOnTime, DeadlineStatus::MetLate, DeadlineStatus::Closed }) {
            INFO(iso << " " << deadlineStatusCode(status).toStdString());
            QSet<QString> expected;
            for (const QString& number : r.numbers)
                if (replyStatusAsOf(r.stored(number), asOf, calendar).status == status)
                    expected.insert(number);
            CHECK(r.listed(status, asOf) == expected);
        }
    }
}

TEST_CASE("a calendar edit moves running reply deadlines and leaves ended ones alone", "[deadline][list]")
{
    test::ensureCoreApp();
    Register r;
    const QString running = r.numbers.at(1); // received 2026-11-02: due 2026-11-30
    const QString replied = r.numbers.at(8);
    REQUIRE(r.stored(running).due == day("2026-11-30"));
    const StoredReplyDeadline before = r.stored(replied);
    CalendarRepository calendar(r.db, kClock);
    // A local day off inside the period pushes the due date one working day on.
    calendar.setDay({ day("2026-11-24"), false, u"地方安排"_s }, u"admin"_s);
    CHECK(r.stored(running).due == day("2026-12-01"));
    CHECK(r.stored(replied).due == before.due);
    CHECK(r.stored(replied).clock == before.clock);
    calendar.removeDay(day("2026-11-24"), u"admin"_s);
    CHECK(r.stored(running).due == day("2026-11-30"));
}

TEST_CASE("list search: three characters and more through the index, one or two by scanning", "[list]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"s.ogi"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    Application a = test::samplePersonApplication(day("2026-11-02"));
    a.description = u"申请公开2025年度财政预算执行情况"_s;
    a.applicants.front().name = u"欧阳明"_s;
    const QString first = repository.add(a, u"clerk"_s);
    Application b = test::samplePersonApplication(day("2026-11-03"));
    b.description = u"申请公开某路段拆迁补偿方案"_s;
    const QString second = repository.add(b, u"clerk"_s);
    const WorkingCalendar calendar = loadOfficeCalendar(db.connection());
    const auto search = [&](const QString& text) {
        CaseListFilter filter;
        filter.text = text;
        QSqlQuery q = caseListQuery(db, filter, {}, kClock.today(), calendar);
        QStringList found;
        while (sql::next(q))
            found << q.value(0).toString();
        return found;
    };
    const QList<std::pair<QString, QStringList>> cases = {
        { u"财政预算"_s, { first } },
        { u"预算"_s, { first } }, // two characters: no trigram, still found
        { u"拆"_s, { second } },
        { u"欧阳"_s, { first } },
        { u"申请公开"_s, { second, first } }, // newest receipt first
        { second, { second } }, // by case number
        { u"\"引号"_s, {} }, // a quote in the query is text, not syntax
        { u"不存在的内容"_s, {} },
    };
    for (const auto& [text, expected] : cases) {
        INFO(text.toStdString());
        CHECK(search(text) == expected);
    }

    // Which index answers: trigrams from three characters, grams for one or two letters or
    // digits, nothing for punctuation (the list is then scanned).
    const auto idOf = [&](const QString& number) {
        return sql::scalar(db.connection(), u"SELECT id FROM cases WHERE case_number = ?"_s, { number }).toLongLong();
    };
    using Answer = IndexedSearch::Answer;
    const QList<std::tuple<QString, Answer, QList<qint64>>> answers = {
        { u"预算"_s, Answer::Hits, { idOf(first) } },
        { u"拆"_s, Answer::Hits, { idOf(second) } },
        { u"欧阳"_s, Answer::Hits, { idOf(first) } },
        { u"阳欧"_s, Answer::Hits, {} }, // the pair in the other order is not in any text
        { u"年度"_s, Answer::Hits, { idOf(first) } },
        { u"5年"_s, Answer::Hits, { idOf(first) } },
        { u"明申"_s, Answer::Hits, {} }, // a pair across two texts (applicant, request) is not one
        { u"申请"_s, Answer::TooMany, {} }, // limit 1 below
        { u"财政预算"_s, Answer::Hits, { idOf(first) } },
        { u"-"_s, Answer::NotIndexed, {} },
        { u"\"引"_s, Answer::NotIndexed, {} },
    };
    for (const auto& [text, answer, ids] : answers) {
        INFO(text.toStdString());
        const IndexedSearch found = indexedSearch(db.connection(), text, 1);
        CHECK(found.answer == answer);
        CHECK(QSet<qint64>(found.ids.cbegin(), found.ids.cend()) == QSet<qint64>(ids.cbegin(), ids.cend()));
    }
    CHECK(search(u"-"_s).size() == 2); // both case numbers hold a dash: found by the scan
}

TEST_CASE("list search: an applicant's ID number or phone, whole or its last digits", "[list]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"id.ogi"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    Application a = test::samplePersonApplication(day("2026-11-02")); // 11010519491231002X, 13812345678
    const QString first = repository.add(a, u"clerk"_s);
    Application b = test::samplePersonApplication(day("2026-11-03"));
    b.applicants.front().idNumber = u"110101199003078515"_s;
    b.applicants.front().phone = u"010-66012345"_s;
    const QString second = repository.add(b, u"clerk"_s);
    const WorkingCalendar calendar = loadOfficeCalendar(db.connection());
    const auto search = [&](const QString& text) {
        CaseListFilter filter;
        filter.text = text;
        QSqlQuery q = caseListQuery(db, filter, {}, kClock.today(), calendar);
        QStringList found;
        while (sql::next(q))
            found << q.value(0).toString();
        return found;
    };
    const QList<std::pair<QString, QStringList>> cases = {
        { u"11010519491231002X"_s, { first } }, // the whole ID number
        { u"11010519491231002x"_s, { first } }, // a lower-case check letter
        { u"1231002X"_s, { first } }, // its last digits
        { u"13812345678"_s, { first } }, // the whole phone
        { u"5678"_s, { first } }, // its last four
        { u"010-66012345"_s, { second } }, // a phone as written
        { u"66012345"_s, { second } },
        { u"8515"_s, { second } },
        { u"110101"_s, {} }, // the front of a number is not searched: the masked display shows it
        { u"99999999"_s, {} },
    };
    for (const auto& [text, expected] : cases) {
        INFO(text.toStdString());
        CHECK(search(text) == expected);
    }
}

TEST_CASE("search grams: letters and digits one and two at a time, lower-cased, pairs within one text", "[list]")
{
    const auto grams = [](const QStringList& texts) {
        const QStringList list = searchGrams(texts).split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    };
    const QList<std::pair<QStringList, QStringList>> cases = {
        { { u"欧阳明"_s }, { u"欧"_s, u"阳"_s, u"明"_s, u"欧阳"_s, u"阳明"_s } },
        { { u"Ab-1"_s }, { u"a"_s, u"b"_s, u"ab"_s, u"1"_s } },
        { { u"甲"_s, u"乙"_s }, { u"甲"_s, u"乙"_s } },
        { { u"（市）"_s }, { u"市"_s } },
        { { u"𠀀𠀁"_s }, { u"𠀀"_s, u"𠀁"_s, u"𠀀𠀁"_s } }, // beyond the BMP: code points, not halves
        { { u"aaa"_s }, { u"a"_s, u"aa"_s } },
        { { u"  "_s, QString() }, {} },
    };
    for (const auto& [texts, expected] : cases) {
        INFO(texts.join(u'|').toStdString());
        CHECK(grams(texts) == QSet<QString>(expected.cbegin(), expected.cend()));
    }
}

TEST_CASE("the deadline board counts an approved extension (it reads the event's details)", "[deadline][list]")
{
    test::ensureCoreApp();
    Register r;
    const QString extended = r.numbers.at(6);
    const PeriodStatus engine = caseDeadline(r.db, extended, kClock.today()).report.reply;
    CHECK(engine.due == day("2026-12-03")); // 11-12 + 15 working days, told on 11-04 (Art. 33(2))
    bool found = false;
    for (const DueEntry& entry : dueList(r.db, kClock.today()))
        if (entry.caseNumber == extended) {
            found = true;
            CHECK(entry.period.due == engine.due);
            CHECK(entry.period.due == r.stored(extended).due);
        }
    CHECK(found);
}

TEST_CASE("the deadline board warns of what the clerk must do: an untold extension, a fee notice's receipt",
    "[deadline][list]")
{
    test::ensureCoreApp();
    Register r;
    const auto entry = [&](const char* story, const QDate& asOf) {
        for (qsizetype i = 0; i < kStories.size(); ++i)
            if (QLatin1String(kStories.at(i).name) == QLatin1String(story))
                for (const DueEntry& e : dueList(r.db, asOf))
                    if (e.caseNumber == r.numbers.at(i))
                        return e;
        FAIL("not on the board: " << story);
        return DueEntry {};
    };
    using W = PeriodWarning;
    // Received 11-02, due 11-30; the extension approved on 11-19 is not told yet.
    DueEntry e = entry("extension waiting for its notice", day("2026-11-20"));
    CHECK(e.period.due == day("2026-11-30"));
    CHECK(e.period.warnings == PeriodWarnings(W::ExtensionNotTold));
    e = entry("extension waiting for its notice", day("2026-11-26")); // 2 working days left
    CHECK(e.period.warnings == (W::ExtensionNotTold | W::ExtensionNoticeUrgent));
    CHECK(describeWarnings(e.period).join(u' ').contains(u"2026-11-30"_s));
    e = entry("extension waiting for its notice", day("2026-12-01")); // never told: gone
    CHECK(e.period.status == DeadlineStatus::Overdue);
    CHECK(e.period.warnings == PeriodWarnings());
    // The fee: paid by 12-08 (20 working days from the day after the receipt on 11-10); not
    // known while the receipt is not recorded.
    e = entry("fee, notice received", day("2026-11-20"));
    CHECK(e.period.status == DeadlineStatus::Paused);
    CHECK(e.period.pausedUntil == day("2026-12-08"));
    CHECK(e.period.warnings == PeriodWarnings());
    e = entry("fee, receipt not recorded", day("2026-11-20"));
    CHECK(e.period.status == DeadlineStatus::Paused);
    CHECK_FALSE(e.period.pausedUntil.isValid());
    CHECK(e.period.warnings == PeriodWarnings(W::FeeReceiptUnknown));
    // Art. 32, 34: unanswered since 10-26, the clock runs again after the 15 days (11-16).
    e = entry("consultation unanswered", day("2026-11-20"));
    CHECK(e.period.status == DeadlineStatus::OnTrack);
    CHECK(e.period.warnings == PeriodWarnings(W::ConsultationUnanswered));
}

TEST_CASE("list search of a phrase in thousands of cases: the same rows in the same order, whichever way", "[list]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"many.ogi"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    QString newest;
    {
        WriteTransaction batch(db.connection());
        for (int i = 0; i < 2403; ++i) {
            Application a = test::samplePersonApplication(day("2026-01-05").addDays(i % 300));
            a.description = i % 2 ? u"申请公开城市规划图"_s : u"申请公开Budget报告"_s;
            const QString number = repository.add(a, u"clerk"_s);
            if (i % 300 == 299) // the latest receipt; the highest id among its cases comes first
                newest = number;
        }
        batch.commit();
    }
    const WorkingCalendar calendar = loadOfficeCalendar(db.connection());
    const auto count = [&](const QString& text, QString* first = nullptr) {
        CaseListFilter filter;
        filter.text = text;
        QSqlQuery q = caseListQuery(db, filter, {}, kClock.today(), calendar);
        int n = 0;
        while (sql::next(q)) {
            if (n == 0 && first)
                *first = q.value(0).toString();
            ++n;
        }
        return n;
    };
    QString first;
    CHECK(count(u"申请公开"_s, &first) == 2403); // more than 2,000 hits: the receipt index walked
    CHECK(first == newest);
    CHECK(count(u"城市规划"_s) == 1201); // fewer: the hits sorted
    CHECK(count(u"budget"_s) == 1202); // either case
    CHECK(count(u"BUDGET报告"_s) == 1202);
    CHECK(count(u"公开"_s) == 2403); // two characters: the gram index, walked

    // Each way gives exactly the rows an exhaustive look gives, in the list's order.
    const auto ids = [&](const QString& text, const CaseListOrder& order) {
        CaseListFilter filter;
        filter.text = text;
        QSqlQuery q = caseListQuery(db, filter, order, kClock.today(), calendar);
        QList<qint64> list;
        while (sql::next(q))
            list << q.value(q.record().indexOf(u"id"_s)).toLongLong();
        return list;
    };
    const auto exhaustive = [&](const QString& like, const QString& orderBy) {
        QList<qint64> list;
        QSqlQuery q = sql::run(db.connection(),
            u"SELECT id FROM case_list WHERE description LIKE ? ORDER BY %1"_s.arg(orderBy), { like });
        while (sql::next(q))
            list << q.value(0).toLongLong();
        return list;
    };
    CHECK(ids(u"申请公开"_s, {}) == exhaustive(u"%申请公开%"_s, u"receipt_date DESC, id DESC"_s));
    CHECK(ids(u"城市规划"_s, {}) == exhaustive(u"%城市规划%"_s, u"receipt_date DESC, id DESC"_s));
    CHECK(ids(u"申请公开"_s, { CaseListColumn::ReceiptDate, false })
        == exhaustive(u"%申请公开%"_s, u"receipt_date ASC, id DESC"_s));
    CHECK(ids(u"公开"_s, { CaseListColumn::CaseNumber, true }) == exhaustive(u"%公开%"_s, u"id DESC"_s));
}

namespace {
// Says stop after `allowed` reports; remembers what it was told.
struct StoppingProgress final : Progress
{
    int allowed = 0;
    QList<std::pair<qint64, qint64>> seen;
    bool report(qint64 done, qint64 total) override
    {
        seen << std::pair { done, total };
        return seen.size() <= allowed;
    }
};
} // namespace

TEST_CASE("a calendar change stopped while deadlines are recomputed keeps nothing of it", "[deadline][progress]")
{
    test::ensureCoreApp();
    Register r;
    CalendarRepository calendar(r.db, kClock);
    const QString running = r.numbers.at(1);
    const StoredReplyDeadline before = r.stored(running);
    const auto auditRows
        = [&] { return sql::scalar(r.db.connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong(); };
    const qint64 audited = auditRows();

    StoppingProgress stop;
    try {
        calendar.setDay({ day("2026-11-24"), false, u"停电"_s }, u"admin"_s, &stop);
        FAIL("not stopped");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Cancelled);
    }
    REQUIRE(stop.seen.size() == 1);
    CHECK(stop.seen.front().first == 0);
    CHECK(stop.seen.front().second > 0); // the number of running and paused cases
    CHECK(calendar.overrides().isEmpty());
    CHECK(auditRows() == audited);
    CHECK(r.stored(running).due == before.due);

    // Let through, the same change lands and moves the running deadline.
    StoppingProgress go;
    go.allowed = 1000;
    calendar.setDay({ day("2026-11-24"), false, u"停电"_s }, u"admin"_s, &go);
    CHECK(calendar.overrides().size() == 1);
    CHECK(r.stored(running).due != before.due);
}
