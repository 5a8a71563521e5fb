#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Error.h"
#include "integrity/IntegrityCheck.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

qint64 countRows(const Database& db, const QString& table)
{
    return sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table).toLongLong();
}
} // namespace

TEST_CASE("registering writes the case, its applicant, one event and one audit row", "[register]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"r.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    const QString number = repository.add(test::samplePersonApplication(QDate(2026, 3, 4)), u"clerk1"_s);
    CHECK(number == u"2026-0001");

    const std::optional<CaseRecord> record = repository.find(number);
    REQUIRE(record);
    CHECK(record->state == CaseState::Registered);
    CHECK(record->application.receiptDate == QDate(2026, 3, 4));
    CHECK(record->application.channel == Channel::Post);
    REQUIRE(record->application.applicants.size() == 1);
    CHECK(record->application.applicants.front().idNumber == u"11010519491231002X");
    const QList<CaseEvent> events = repository.events(record->id);
    REQUIRE(events.size() == 1);
    CHECK(events.front().action == u"register");
    CHECK(events.front().actor == u"clerk1");
    CHECK_FALSE(events.front().fromState.has_value());
    CHECK(countRows(db, u"audit_log"_s) == 1);
    CHECK(verifyDatabase(db).isEmpty());
}

TEST_CASE("case numbers run per receipt year and are never reused", "[register]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"n.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    CHECK(repository.add(test::samplePersonApplication(QDate(2025, 12, 30)), u"c"_s) == u"2025-0001");
    CHECK(repository.add(test::samplePersonApplication(QDate(2026, 1, 5)), u"c"_s) == u"2026-0001");
    CHECK(repository.add(test::samplePersonApplication(QDate(2025, 12, 31)), u"c"_s) == u"2025-0002");
    CHECK(repository.add(test::samplePersonApplication(QDate(2026, 2, 1)), u"c"_s) == u"2026-0002");

    // A registration rolled back inside a bulk job consumes no number either...
    {
        WriteTransaction outer(db.connection());
        CHECK(repository.add(test::samplePersonApplication(QDate(2026, 2, 2)), u"c"_s) == u"2026-0003");
        // no commit: rolled back
    }
    CHECK(repository.add(test::samplePersonApplication(QDate(2026, 2, 3)), u"c"_s) == u"2026-0003");
    // ...but a number once committed stays taken even if its case row vanished.
    test::rawSql(db.path(), u"UPDATE case_counters SET last_number = 9 WHERE year = 2026"_s);
    CHECK(repository.add(test::samplePersonApplication(QDate(2026, 2, 4)), u"c"_s) == u"2026-0010");
}

TEST_CASE("an invalid application is refused with every problem and writes nothing", "[register]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"v.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    Application app = test::samplePersonApplication(QDate(2026, 3, 4));
    app.applicants.front().idNumber = u"110105194912310021"_s; // check digit should be X
    app.receiptDate = QDate(2026, 12, 1); // after the pinned today
    app.applicants.front().postcode
        = u"10003"_s; // a blank request would be asked for (Art. 30), a bad postcode is wrong
    try {
        repository.add(app, u"c"_s);
        FAIL("accepted");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        QStringList fields;
        for (const FieldIssue& issue : error.issues())
            fields << issue.field;
        CHECK(fields.contains(u"applicants[0].id_number"_s));
        CHECK(fields.contains(u"receipt_date"_s));
        CHECK(fields.contains(u"applicants[0].postcode"_s));
    }
    CHECK(countRows(db, u"cases"_s) == 0);
    CHECK(countRows(db, u"applicants"_s) == 0);
    CHECK(countRows(db, u"audit_log"_s) == 0);
    CHECK(countRows(db, u"case_counters"_s) == 0);
}

TEST_CASE("events move a case only along the workflow table, and state always equals the fold", "[register]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"e.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    const QString number = repository.add(test::samplePersonApplication(QDate(2026, 3, 4)), u"c"_s);

    repository.recordEvent(number, u"accept"_s, QDate(2026, 3, 5), u"c"_s);
    repository.recordEvent(number, u"assign"_s, QDate(2026, 3, 5), u"c"_s);
    CHECK(repository.find(number)->state == CaseState::InReview);

    SECTION("a step the table does not allow is refused and writes nothing")
    {
        const qint64 auditBefore = countRows(db, u"audit_log"_s);
        try {
            repository.recordEvent(number, u"sign_off"_s, QDate(2026, 3, 6), u"chief"_s);
            FAIL("allowed");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Refused);
            CHECK(error.message().contains(number));
            CHECK(error.message().contains(u"sign_off"_s));
        }
        CHECK(repository.find(number)->state == CaseState::InReview);
        CHECK(countRows(db, u"audit_log"_s) == auditBefore);
        CHECK(countRows(db, u"case_events"_s) == 3);
    }
    SECTION("dates never run backwards or into the future")
    {
        CHECK_THROWS_AS(repository.recordEvent(number, u"submit_review"_s, QDate(2026, 3, 1), u"c"_s), Error);
        CHECK_THROWS_AS(repository.recordEvent(number, u"submit_review"_s, QDate(2026, 11, 21), u"c"_s), Error);
        CHECK(countRows(db, u"case_events"_s) == 3);
    }
    SECTION("a full path to archive sets state and outcome and verifies")
    {
        for (const auto& [action, outcome] : { std::pair { u"submit_review"_s, QString() },
                 { u"review"_s, QString() }, { u"draft"_s, u"withheld_4"_s }, { u"submit"_s, QString() },
                 { u"sign_off"_s, QString() }, { u"deliver"_s, QString() }, { u"archive"_s, QString() } })
            repository.recordEvent(number, action, QDate(2026, 3, 20), u"c"_s, QString(), outcome);
        const CaseRecord record = *repository.find(number);
        CHECK(record.state == CaseState::Archived);
        CHECK(record.outcome == u"withheld_4");
        CHECK(verifyDatabase(db).isEmpty());
    }
    SECTION("withdrawal closes with outcome 其他处理 3")
    {
        repository.recordEvent(number, u"withdraw"_s, QDate(2026, 3, 6), u"c"_s);
        CHECK(repository.find(number)->state == CaseState::Closed);
        CHECK(repository.find(number)->outcome == u"other_3");
    }
}

TEST_CASE("verify finds a case whose stored state disagrees with its events", "[register][verify]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = test::newTestRegister(dir, u"f.db"_s);
    {
        const Database db = Database::open(path, OpenMode::CreateIfMissing);
        CaseRepository repository(db, kClock);
        repository.add(test::samplePersonApplication(QDate(2026, 3, 4)), u"c"_s);
        CHECK(verifyDatabase(db).isEmpty());
    }
    test::rawSql(path, u"UPDATE cases SET state = 'replied' WHERE case_number = '2026-0001'"_s);
    const Database db = Database::open(path);
    const QStringList findings = verifyDatabase(db);
    REQUIRE(findings.size() == 1);
    CHECK(findings.front().contains(u"2026-0001"_s));
    CHECK(findings.front().contains(u"replied"_s));
}

TEST_CASE("case events are append-only through SQL", "[register]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"a.db"_s), OpenMode::CreateIfMissing);
    CaseRepository(db, kClock).add(test::samplePersonApplication(), u"c"_s);
    CHECK_THROWS_AS(sql::run(db.connection(), u"UPDATE case_events SET actor = 'x'"_s), Error);
    CHECK_THROWS_AS(sql::run(db.connection(), u"DELETE FROM case_events"_s), Error);
    CHECK_THROWS_AS(sql::run(db.connection(), u"DELETE FROM audit_log"_s), Error);
    CHECK(countRows(db, u"case_events"_s) == 1);
}
