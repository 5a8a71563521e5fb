// Co-applicants, the representative and an agent on real SQLite files, and the schema step
// that brings them (issue 16 item 15): a register of version 11 keeps its attachments.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Clock.h"
#include "Error.h"
#include "attachments/AttachmentStore.h"
#include "integrity/IntegrityCheck.h"
#include "register/CaseListQuery.h"
#include "register/CaseRepository.h"
#include "register/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/SchemaMigrations.h"
#include "storage/Sql.h"
#include "users/UserAccount.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

Application jointApplication()
{
    Application app = test::samplePersonApplication(QDate(2026, 3, 4));
    Applicant second = app.applicants.front();
    second.name = u"李四"_s;
    second.idNumber = u"110101199003074477"_s;
    second.representative = true;
    app.applicants << second;
    Agent agent;
    agent.name = u"王律师"_s;
    agent.idNumber = u"11010519491231002x"_s; // stored normalised
    agent.phone = u"13900001111"_s;
    agent.address = u"北京市东城区某律师事务所"_s;
    app.agent = agent;
    return app;
}

} // namespace

TEST_CASE("co-applicants in order, the representative and the agent are stored and read back", "[register][parties]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"p.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db, kClock);
    const QString number = repository.add(jointApplication(), u"clerk"_s);
    const QString alone = repository.add(test::samplePersonApplication(QDate(2026, 3, 5)), u"clerk"_s);

    const std::optional<CaseRecord> record = repository.find(number);
    REQUIRE(record);
    const Application& app = record->application;
    REQUIRE(app.applicants.size() == 2);
    CHECK(app.applicants[0].name == u"张三");
    CHECK_FALSE(app.applicants[0].representative);
    CHECK(app.applicants[1].name == u"李四");
    CHECK(app.applicants[1].representative);
    REQUIRE(app.agent);
    CHECK(app.agent->name == u"王律师");
    CHECK(app.agent->idType == IdDocumentType::ResidentId);
    CHECK(app.agent->idNumber == u"11010519491231002X");
    CHECK(app.agent->address == u"北京市东城区某律师事务所");
    CHECK_FALSE(repository.find(alone)->application.agent);

    // The second applicant is found by the search too; the list still shows the first.
    const IndexedSearch found = indexedSearch(db.connection(), u"李四"_s, 100);
    CHECK(found.ids == QList<qint64> { record->id });
    CHECK(
        sql::scalar(db.connection(), u"SELECT applicant_name FROM case_list WHERE id = ?"_s, { record->id }).toString()
        == u"张三");
    CHECK(verifyDatabase(db).isEmpty());
}

TEST_CASE("a 委托书 and a correction's evidence are attachments of their own kinds", "[attachments][parties]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"a.db"_s), OpenMode::CreateIfMissing);
    const QString number = CaseRepository(db, kClock).add(jointApplication(), u"clerk"_s);
    UserAccount clerk;
    clerk.login = u"clerk"_s;
    clerk.roles = { Role::Clerk };
    const QString file = dir.filePath(u"委托书.pdf"_s);
    test::writeBytes(file, "%PDF-1.4 authorisation");
    AttachmentStore store(db, kClock);
    CHECK(store.add(number, file, AttachmentKind::Authorisation, clerk).kind == AttachmentKind::Authorisation);
    CHECK(store.add(number, file, AttachmentKind::Evidence, clerk).kind == AttachmentKind::Evidence);
    QList<AttachmentKind> kinds;
    for (const Attachment& a : store.list(CaseRepository(db, kClock).find(number)->id))
        kinds << a.kind;
    CHECK(kinds == QList<AttachmentKind> { AttachmentKind::Authorisation, AttachmentKind::Evidence });
    // The table still refuses a kind it does not know, and still refuses edits.
    CHECK_THROWS_AS(sql::run(db.connection(),
                        u"INSERT INTO attachments (case_id, kind, file_name, sha256, size, added_by, added_at) "
                        u"SELECT case_id, 'bogus', file_name, sha256, size, added_by, added_at FROM attachments"_s),
        Error);
    CHECK_THROWS_AS(sql::run(db.connection(), u"UPDATE attachments SET kind = 'other'"_s), Error);
    CHECK(verifyDatabase(db).isEmpty());
}

// [sqlite-only]: schema 11 was a SQLite file (tests/data); PostgreSQL registers start at schema 14.
TEST_CASE("a register of schema 11 migrates: its attachments kept, every case an application, none lacking anything",
    "[storage][migration][parties][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v11.db"_s);
    REQUIRE(QFile::copy(QStringLiteral(OGI_SOURCE_DIR "/tests/data/schema-v11.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Database db = Database::open(path, OpenMode::ExistingOnly);
    CHECK(sql::scalar(db.connection(), u"PRAGMA user_version"_s).toInt() == currentSchemaVersion());
    QSqlQuery q = sql::run(db.connection(), u"SELECT kind, file_name, size, added_by FROM attachments"_s);
    REQUIRE(sql::next(q));
    CHECK(q.value(0).toString() == u"application");
    CHECK(q.value(1).toString() == u"scan.pdf");
    CHECK(q.value(2).toInt() == 5);
    CHECK(q.value(3).toString() == u"clerk");
    CHECK_FALSE(sql::next(q));
    q.finish();
    const std::optional<CaseRecord> record = CaseRepository(db, kClock).find(u"2025-0001"_s);
    REQUIRE(record);
    CHECK(record->missing.isEmpty());
    CHECK(record->application.kind == CaseKind::Disclosure);
    CHECK(sql::scalar(db.connection(), u"SELECT count(*) FROM cases WHERE kind <> 'disclosure'"_s).toInt() == 0);
    CHECK_FALSE(record->application.agent);
    CHECK_FALSE(record->application.applicants.front().representative);
    CHECK_THROWS_AS(sql::run(db.connection(), u"DELETE FROM attachments"_s), Error); // still append-only
}
