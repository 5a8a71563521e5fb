// `ogi` end to end: the real binary on real SQLite files in a temporary directory.

#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Sha256.h"

#include "lifecycle/ReplyType.h"
#include "lifecycle/WorkflowFacts.h"
#include "notices/NoticeType.h"
#include "register/CaseRepository.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;
using test::runCli;

namespace {

// A fixed past receipt date: its case numbers are 2025-NNNN whatever today is.
const QDate kReceipt(2025, 6, 10);

std::string str(const QString& s) { return s.toStdString(); }

QJsonObject sampleObject() { return QJsonDocument::fromJson(test::samplePersonJson(kReceipt)).object(); }

QByteArray bytes(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QString writeJson(const QTemporaryDir& dir, const QString& name, const QByteArray& json)
{
    const QString path = dir.filePath(name);
    test::writeBytes(path, json);
    return path;
}

QJsonArray listJson(const QString& db, const QStringList& extra = {})
{
    const ProcessResult r = runCli(QStringList { u"--db"_s, db, u"list"_s, u"--json"_s } + extra);
    INFO(test::describe(r));
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QStringList caseNumbers(const QJsonArray& list)
{
    QStringList numbers;
    for (const QJsonValue& value : list)
        numbers << value.toObject().value(u"case_number"_s).toString();
    numbers.sort();
    return numbers;
}

// A database with three cases added from a file, stdin and a file again.
struct Register
{
    QTemporaryDir dir;
    QString db;
    QString json;

    Register()
    {
        REQUIRE(dir.isValid());
        db = test::newTestRegister(dir, u"ledger.db"_s);
        json = writeJson(dir, u"app.json"_s, test::samplePersonJson(kReceipt));
        test::initRegisterWithUsers(db);
        for (const QString& expected : { u"2025-0001"_s, u"2025-0002"_s, u"2025-0003"_s }) {
            const bool viaStdin = expected == u"2025-0002";
            const ProcessResult r = viaStdin
                ? runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
                    test::samplePersonJson(kReceipt))
                : runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json });
            INFO(test::describe(r));
            REQUIRE(r.exitCode == 0);
            REQUIRE(r.out.trimmed() == expected);
        }
    }
};

} // namespace

// [sqlite-only]: the register is a file that appears (on a server, init makes the schema: test_postgresql).
TEST_CASE("init creates a database, and says so when it already exists", "[cli][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"new.db"_s);
    REQUIRE_FALSE(QFile::exists(db));

    const ProcessResult created = runCli({ u"--db"_s, db, u"init"_s }, {}, { u"LANG=en_US.UTF-8"_s });
    INFO(test::describe(created));
    CHECK(created.exitCode == 0);
    CHECK(QFile::exists(db));
    CHECK(created.out.contains(u"Created"));
    const QByteArray before = test::storedContents(db);
    CHECK(before.startsWith("SQLite format 3"));

    const ProcessResult again = runCli({ u"--db"_s, db, u"init"_s }, {}, { u"LANG=en_US.UTF-8"_s });
    INFO(test::describe(again));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"is an OGI Desk database"));
    CHECK_FALSE(again.out.contains(u"Created"));

    // In Chinese by default.
    const ProcessResult zh = runCli({ u"--db"_s, db, u"init"_s });
    INFO(test::describe(zh));
    CHECK(zh.exitCode == 0);
    CHECK(zh.out.contains(u"已是台账数据库"));
    CHECK(test::storedContents(db) == before);
}

TEST_CASE("add prints case numbers in sequence, from a file and from stdin", "[cli]")
{
    Register reg; // asserts 2025-0001 (file), 2025-0002 (stdin), 2025-0003 (file)

    // Another year counts on its own.
    const ProcessResult r = runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
        test::samplePersonJson(QDate(2026, 1, 5)));
    INFO(test::describe(r));
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == u"2026-0001");
    static const QRegularExpression shape(u"^\\d{4}-\\d{4}$"_s);
    CHECK(shape.match(r.out.trimmed()).hasMatch());
}

TEST_CASE("list as text and as JSON, filtered by state", "[cli]")
{
    Register reg;
    const ProcessResult text = runCli({ u"--db"_s, reg.db, u"list"_s });
    INFO(test::describe(text));
    REQUIRE(text.exitCode == 0);
    for (const QString& number : { u"2025-0001"_s, u"2025-0002"_s, u"2025-0003"_s })
        CHECK(text.out.contains(number));
    CHECK(text.out.contains(u"张三"));
    CHECK(text.out.contains(u"2025-06-10"));
    CHECK_FALSE(text.out.contains(u"11010519491231002X")); // lists never show the ID number

    const QJsonArray all = listJson(reg.db);
    CHECK(caseNumbers(all) == QStringList { u"2025-0001"_s, u"2025-0002"_s, u"2025-0003"_s });
    for (const QJsonValue& row : all) {
        CHECK(row[u"state"_s].toString() == u"registered");
        CHECK(row[u"applicant"_s].toString() == u"张三");
        CHECK(row[u"receipt_date"_s].toString() == u"2025-06-10");
    }

    CHECK(listJson(reg.db, { u"--state"_s, u"registered"_s }).size() == 3);
    CHECK(listJson(reg.db, { u"--state"_s, u"replied"_s }).isEmpty());
    CHECK(listJson(reg.db, { u"--state=accepted"_s }).isEmpty());

    const ProcessResult unknown = runCli({ u"--db"_s, reg.db, u"list"_s, u"--state"_s, u"lost"_s });
    INFO(test::describe(unknown));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"lost"));
    CHECK(unknown.out.isEmpty());
}

TEST_CASE("show prints the case with the ID number masked", "[cli]")
{
    Register reg;
    const ProcessResult text = runCli({ u"--db"_s, reg.db, u"show"_s, u"2025-0002"_s });
    INFO(test::describe(text));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"2025-0002"));
    CHECK(text.out.contains(u"张三"));
    CHECK(text.out.contains(u"110105********002X"));
    CHECK_FALSE(text.out.contains(u"11010519491231002X"));
    CHECK(text.out.contains(u"申请公开2025年度本区征地补偿安置方案"));

    const ProcessResult json = runCli({ u"--db"_s, reg.db, u"show"_s, u"2025-0002"_s, u"--json"_s });
    INFO(test::describe(json));
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(json.out.contains(u"11010519491231002X"));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o[u"case_number"_s].toString() == u"2025-0002");
    CHECK(o[u"state"_s].toString() == u"registered");
    CHECK(o[u"channel"_s].toString() == u"post");
    CHECK(o[u"submitted_date"_s].toString() == u"2025-06-08");
    CHECK(o[u"receipt_date"_s].toString() == u"2025-06-10");
    const QJsonArray applicants = o[u"applicants"_s].toArray();
    REQUIRE(applicants.size() == 1);
    CHECK(applicants[0][u"id_number"_s].toString() == u"110105********002X");
    CHECK(applicants[0][u"name"_s].toString() == u"张三");
    const QJsonArray events = o[u"events"_s].toArray();
    REQUIRE(events.size() == 1);
    CHECK(events[0][u"seq"_s].toInt() == 1);
    CHECK(events[0][u"action"_s].toString() == u"register");
    CHECK(events[0][u"to_state"_s].toString() == u"registered");

    const ProcessResult missing = runCli({ u"--db"_s, reg.db, u"show"_s, u"2025-0099"_s });
    INFO(test::describe(missing));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"2025-0099"));
}

TEST_CASE("verify passes on a good file and names the tampered case", "[cli]")
{
    Register reg;
    const ProcessResult good = runCli({ u"--db"_s, reg.db, u"verify"_s });
    INFO(test::describe(good));
    CHECK(good.exitCode == 0);

    test::rawSql(reg.db, u"UPDATE cases SET state = 'replied' WHERE case_number = '2025-0002'"_s);
    const ProcessResult bad = runCli({ u"--db"_s, reg.db, u"verify"_s });
    INFO(test::describe(bad));
    CHECK(bad.exitCode == 1);
    const QStringList lines = bad.out.split(u'\n', Qt::SkipEmptyParts);
    bool named = false;
    for (const QString& line : lines) {
        CHECK_FALSE(line.contains(u"2025-0001")); // the untouched cases are not reported
        CHECK_FALSE(line.contains(u"2025-0003"));
        named = named || line.contains(u"2025-0002");
    }
    CHECK(named);
}

TEST_CASE("attach stores a file under its SHA-256, show lists it, verify notices it changed", "[cli][attachments]")
{
    Register reg;
    const QString scan = reg.dir.filePath(u"scan.pdf"_s);
    test::writeBytes(scan, "%PDF-1.4 application scan");
    const QStringList attach = { u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"attach"_s, u"2025-0002"_s, scan };
    const ProcessResult added = runCli(attach + QStringList { u"--kind"_s, u"application"_s });
    INFO(test::describe(added));
    REQUIRE(added.exitCode == 0);
    const ProcessResult shown = runCli({ u"--db"_s, reg.db, u"show"_s, u"2025-0002"_s });
    INFO(test::describe(shown));
    CHECK(shown.out.contains(u"scan.pdf"_s));
    CHECK(shown.out.contains(u"申请材料"_s));

    // Refusals: an unknown kind (usage, 2), a missing file and an unknown case (1).
    CHECK(runCli(attach + QStringList { u"--kind"_s, u"photo"_s }).exitCode == 2);
    CHECK(
        runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"attach"_s, u"2025-0002"_s, reg.dir.filePath(u"none"_s) })
            .exitCode
        == 1);
    const ProcessResult unknown
        = runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"attach"_s, u"2025-0099"_s, scan });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"2025-0099"_s));

    CHECK(runCli({ u"--db"_s, reg.db, u"verify"_s }).exitCode == 0);
    test::tamperStoredAttachment(reg.db, sha256Hex("%PDF-1.4 application scan"), QByteArray("%PDF-1.4 something else"));
    const ProcessResult bad = runCli({ u"--db"_s, reg.db, u"verify"_s });
    INFO(test::describe(bad));
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(u"2025-0002"_s));
    CHECK(bad.out.contains(u"scan.pdf"_s));
}

TEST_CASE("demo --cases 30 gives 30 consistent cases", "[cli]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"demo.db"_s);
    const ProcessResult demo = runCli({ u"--db"_s, db, u"demo"_s, u"--cases"_s, u"30"_s });
    INFO(test::describe(demo));
    REQUIRE(demo.exitCode == 0);
    const ProcessResult verify = runCli({ u"--db"_s, db, u"verify"_s });
    INFO(test::describe(verify));
    CHECK(verify.exitCode == 0);
    const QJsonArray list = listJson(db);
    CHECK(list.size() == 30);
    const QStringList numbers = caseNumbers(list);
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == 30);
    // Not all in one state: a demo shows a working register.
    QSet<QString> states;
    for (const QJsonValue& row : list)
        states.insert(row[u"state"_s].toString());
    CHECK(states.size() > 1);
    // The demo agency is a district government's office: its acts are reviewed by the district
    // government itself (行政复议法 Art. 24), not by the city's.
    test::ensureCoreApp();
    const Database database = Database::open(db, OpenMode::ExistingOnly);
    const OfficeSettings::AgencyProfile agency = OfficeSettings(database).agencyProfile();
    CHECK(agency.name == u"示范区人民政府办公室");
    CHECK(agency.reconsiderationBody == u"示范区人民政府");
    // Every demo reply went out in writing: its reply notice issued (through NoticeStore) before
    // the delivery, and the archive says how the applicant's receipt is known.
    const CaseRepository cases(database);
    int delivered = 0;
    for (const QString& number : numbers) {
        const QList<CaseEvent> events = cases.events(cases.find(number)->id);
        const WorkflowFacts facts = workflowFacts(events);
        if (!facts.delivered.isValid())
            continue;
        INFO(number.toStdString());
        ++delivered;
        const ReplyType type = *parseTerm(replyTypes(), facts.draft.value(u"reply_type"_s).toString());
        const NoticeFact* notice = facts.validNotice(QLatin1String(replyNoticeType(type).code));
        REQUIRE(notice);
        CHECK(notice->issuedOn <= facts.delivered);
        for (const CaseEvent& e : events)
            if (e.action == u"archive")
                CHECK(e.details.value(u"proof"_s).toString() == facts.receiptProof);
    }
    CHECK(delivered > 5);
}

TEST_CASE("usage errors exit 2", "[cli]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"u.db"_s);
    REQUIRE(runCli({ u"--db"_s, db, u"init"_s }).exitCode == 0);
    const QByteArray before = test::storedContents(db);
    const QList<QStringList> cases = {
        {},
        { u"--db"_s, db },
        { u"--db"_s, db, u"frobnicate"_s },
        { u"--db"_s, db, u"--bogus"_s, u"list"_s },
        { u"--db"_s },
        { u"--db"_s, db, u"list"_s, u"--bogus"_s },
        { u"--db"_s, db, u"list"_s, u"--state"_s },
        { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s },
        { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s },
        { u"--db"_s, db, u"show"_s },
        { u"--db"_s, db, u"demo"_s, u"--cases"_s, u"many"_s },
        { u"list"_s },
        { u"verify"_s },
    };
    for (const QStringList& args : cases) {
        const ProcessResult r = runCli(args);
        INFO("ogi " << str(args.join(u' ')));
        INFO(test::describe(r));
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
    CHECK(test::storedContents(db) == before);
}

TEST_CASE("bad JSON is refused with the field named and nothing written", "[cli]")
{
    Register reg;
    const QByteArray before = test::storedContents(reg.db);
    REQUIRE_FALSE(before.isEmpty());
    const QStringList numbersBefore = caseNumbers(listJson(reg.db));

    QJsonObject unknownField = sampleObject();
    unknownField[u"recieved_on"_s] = u"2025-06-10"_s;
    QJsonObject badId = sampleObject();
    QJsonObject applicant = badId[u"applicant"_s].toObject();
    applicant[u"id_number"_s] = u"110105194912310020"_s; // check digit should be X
    badId[u"applicant"_s] = applicant;
    QJsonObject badDate = sampleObject();
    badDate[u"submitted_date"_s] = u"2025-02-30"_s;

    struct Row
    {
        const char* what;
        QByteArray json;
        QString named; // must appear on stderr
    };
    const Row rows[] = {
        { "not JSON", QByteArray("{\"applicant\": {\"name\": \"张三\""), u"JSON"_s },
        { "unknown field", bytes(unknownField), u"recieved_on"_s },
        { "invalid ID number", bytes(badId), u"id_number"_s },
        { "impossible date", bytes(badDate), u"submitted_date"_s },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        for (const bool viaStdin : { false, true }) {
            const ProcessResult r = viaStdin
                ? runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s }, row.json)
                : runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s,
                    writeJson(reg.dir, u"bad.json"_s, row.json) });
            INFO(test::describe(r));
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(row.named));
            CHECK(r.out.trimmed().isEmpty()); // no case number printed
            CHECK(test::storedContents(reg.db) == before);
        }
    }
    CHECK(caseNumbers(listJson(reg.db)) == numbersBefore);
    CHECK(runCli({ u"--db"_s, reg.db, u"verify"_s }).exitCode == 0);

    // The next good add still gets the next number: nothing was consumed.
    const ProcessResult next = runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, reg.json });
    CHECK(next.out.trimmed() == u"2025-0004");
}

// [sqlite-only]: a file that must not appear.
TEST_CASE("a command on a missing database file is refused and creates nothing", "[cli][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"missing.db"_s);
    const QString json = writeJson(dir, u"app.json"_s, test::samplePersonJson(kReceipt));
    const QList<QStringList> commands = {
        { u"list"_s },
        { u"show"_s, u"2025-0001"_s },
        { u"verify"_s },
        { u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json },
    };
    for (const QStringList& command : commands) {
        const ProcessResult r = runCli(QStringList { u"--db"_s, db } + command);
        INFO(str(command.join(u' ')));
        INFO(test::describe(r));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"missing.db"));
        CHECK_FALSE(QFile::exists(db));
        CHECK_FALSE(QFile::exists(db + u"-wal"_s));
        CHECK_FALSE(QFile::exists(db + u"-journal"_s));
    }
}

// [sqlite-only]: the message for a missing file, which must not appear.
TEST_CASE("messages are in Chinese by default and in English with LANG=en_US.UTF-8", "[cli][i18n][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"none.db"_s);

    const ProcessResult zh = runCli({ u"--db"_s, db, u"list"_s });
    INFO(test::describe(zh));
    CHECK(zh.exitCode == 1);
    CHECK(zh.err.contains(u"没有台账数据库"));
    CHECK_FALSE(zh.err.contains(u"There is no OGI Desk database"));

    const ProcessResult en = runCli({ u"--db"_s, db, u"list"_s }, {}, { u"LANG=en_US.UTF-8"_s });
    INFO(test::describe(en));
    CHECK(en.exitCode == 1);
    CHECK(en.err.contains(u"There is no OGI Desk database"));
    CHECK_FALSE(en.err.contains(u"没有台账数据库"));
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("notice issues a numbered letter, notices lists it, reprint and PDF, void, verify", "[cli][notices]")
{
    Register reg;
    const QStringList asAdmin = { u"--db"_s, reg.db, u"--user"_s, u"admin"_s };
    const QStringList asClerk = { u"--db"_s, reg.db, u"--user"_s, u"clerk"_s };
    // No pattern yet: refused with the reason, nothing numbered.
    const ProcessResult early = runCli(asClerk + QStringList { u"notice"_s, u"2025-0001"_s, u"receipt"_s });
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(u"文号"_s));
    const ProcessResult agency = runCli(asAdmin
        + QStringList { u"settings"_s, u"agency"_s, u"--name"_s, u"某某区人民政府办公室"_s, u"--pattern"_s,
            u"某政公开〔{year}〕第{n}号"_s, u"--reconsideration-body"_s, u"某某区人民政府"_s, u"--court"_s,
            u"某某区人民法院"_s, u"--contact"_s, u"电话：010-12345678"_s });
    INFO(test::describe(agency));
    REQUIRE(agency.exitCode == 0);
    CHECK(runCli({ u"--db"_s, reg.db, u"settings"_s }).out.contains(u"某政公开〔{year}〕第{n}号"_s));
    CHECK(runCli(asClerk + QStringList { u"settings"_s, u"agency"_s, u"--name"_s, u"x"_s }).exitCode == 1);

    const QString pdf = reg.dir.filePath(u"receipt.pdf"_s);
    const QString html = reg.dir.filePath(u"receipt.html"_s);
    // Issued today (a notice is a step of the timeline, and the voiding below is one of today:
    // the notice issued instead must be numbered in the same year's sequence).
    const int year = QDate::currentDate().year();
    const ProcessResult issued = runCli(
        asClerk + QStringList { u"notice"_s, u"2025-0001"_s, u"receipt"_s, u"--pdf"_s, pdf, u"--html"_s, html });
    INFO(test::describe(issued));
    REQUIRE(issued.exitCode == 0);
    const QString number = u"某政公开〔%1〕第1号"_s.arg(year);
    CHECK(issued.out.contains(number));
    CHECK(test::readBytes(pdf).startsWith("%PDF-"));
    CHECK(QString::fromUtf8(test::readBytes(html)).contains(u"政府信息公开申请登记回执"_s));
    // A reply needs its step first; an unknown type is named.
    const ProcessResult tooEarly = runCli(asClerk + QStringList { u"notice"_s, u"2025-0001"_s, u"reply_disclose"_s });
    CHECK(tooEarly.exitCode == 1);
    const ProcessResult unknownType = runCli(asClerk + QStringList { u"notice"_s, u"2025-0001"_s, u"letter"_s });
    CHECK(unknownType.exitCode == 1);
    CHECK(unknownType.err.contains(u"reply_withhold"_s));
    CHECK(runCli(asClerk + QStringList { u"notice"_s, u"2025-0001"_s, u"receipt"_s, u"--set"_s, u"novalue"_s }).exitCode
        == 2);

    // Reprints are the same bytes.
    const QString again = reg.dir.filePath(u"again.pdf"_s);
    REQUIRE(runCli({ u"--db"_s, reg.db, u"notice"_s, u"--reprint"_s, number, u"--pdf"_s, again }).exitCode == 0);
    CHECK(test::readBytes(again) == test::readBytes(pdf));
    const QString envelope = reg.dir.filePath(u"envelope.pdf"_s);
    CHECK(
        runCli({ u"--db"_s, reg.db, u"notice"_s, u"2025-0001"_s, u"envelope"_s, u"--pdf"_s, envelope }).exitCode == 0);
    CHECK(test::readBytes(envelope).startsWith("%PDF-"));
    // The 送达回证 of the notice: by its number, not numbered itself, not stored.
    const QString proof = reg.dir.filePath(u"proof.html"_s);
    const QString proofPdf = reg.dir.filePath(u"proof.pdf"_s);
    const ProcessResult served = runCli({ u"--db"_s, reg.db, u"notice"_s, u"--service-proof"_s, number, u"--html"_s,
        proof, u"--pdf"_s, proofPdf });
    INFO(test::describe(served));
    REQUIRE(served.exitCode == 0);
    const QString proofText = QString::fromUtf8(test::readBytes(proof));
    CHECK(proofText.contains(u"送达回证"_s));
    CHECK(proofText.contains(number));
    CHECK(proofText.contains(u"《政府信息公开申请登记回执》"_s));
    CHECK(test::readBytes(proofPdf).startsWith("%PDF-"));
    CHECK(runCli({ u"--db"_s, reg.db, u"notice"_s, u"--service-proof"_s, number }).exitCode == 2); // no output named
    CHECK(runCli({ u"--db"_s, reg.db, u"notice"_s, u"--service-proof"_s, u"某政公开〔2025〕第999号"_s, u"--pdf"_s,
                     proofPdf })
              .exitCode
        == 1);
    CHECK(runCli({ u"--db"_s, reg.db, u"notice"_s, u"--help"_s }).out.contains(u"--service-proof"_s));

    // Void: a reason is required; the number stays taken.
    CHECK(runCli(asClerk + QStringList { u"notice"_s, u"--void"_s, number }).exitCode == 1);
    REQUIRE(
        runCli(asClerk + QStringList { u"notice"_s, u"--void"_s, number, u"--reason"_s, u"日期有误"_s }).exitCode == 0);
    const ProcessResult voidedProof
        = runCli({ u"--db"_s, reg.db, u"notice"_s, u"--service-proof"_s, number, u"--pdf"_s, proofPdf });
    CHECK(voidedProof.exitCode == 1); // a voided notice is not served
    CHECK(voidedProof.err.contains(u"日期有误"_s));
    // Voiding is a step of today; the notice issued instead is dated on or after it.
    const ProcessResult second = runCli(asClerk + QStringList { u"notice"_s, u"2025-0001"_s, u"receipt"_s });
    CHECK(second.out.contains(u"第2号"_s));
    const ProcessResult listed = runCli({ u"--db"_s, reg.db, u"notices"_s, u"2025-0001"_s });
    INFO(test::describe(listed));
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(number));
    CHECK(listed.out.contains(u"日期有误"_s));
    CHECK(listed.out.contains(u"第2号"_s));

    // Changed in the file: verify, notices and reprint all say so.
    for (const QString& drop : test::appendOnlyGuardDrops(u"notices"_s))
        test::rawSql(reg.db, drop);
    test::rawSql(reg.db, u"UPDATE notices SET html = html || ' ' WHERE seq = 2"_s);
    const ProcessResult verify = runCli({ u"--db"_s, reg.db, u"verify"_s });
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(u"第2号"_s));
    CHECK(runCli({ u"--db"_s, reg.db, u"notices"_s, u"2025-0001"_s }).exitCode == 1);
    CHECK(runCli({ u"--db"_s, reg.db, u"notice"_s, u"--reprint"_s, u"某政公开〔%1〕第2号"_s.arg(year),
                     u"--pdf"_s, again })
              .exitCode
        == 1);
}

TEST_CASE("report annual says when the report is due (Art. 49), by the office kind the agency settings hold",
    "[cli][reports][due]")
{
    Register reg;
    const QStringList english { u"LANG=en_US.UTF-8"_s };
    // Today is the machine's: the expected figures come from the same rule (pinned days are
    // tested in test_reports).
    const QDate today = QDate::currentDate();
    const QDate january = QDate(2026, 1, 31);
    const ProcessResult text = runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s }, {}, english);
    INFO(test::describe(text));
    REQUIRE(text.exitCode == 0);
    CHECK(text.err.contains(
        u"Annual report 2025: to be submitted to the competent office and published by 2026-01-31 (Art. 49)"_s));
    CHECK(text.err.contains(today > january ? u"the date passed %1 day"_s.arg(january.daysTo(today))
                                            : u"%1 day"_s.arg(today.daysTo(january))));
    CHECK_FALSE(text.out.contains(u"Art. 49"_s)); // a note beside the report, not in it
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s }).err.contains(u"第四十九条"_s));

    // The office is a government's competent office: 31 March.
    CHECK(runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"settings"_s, u"agency"_s, u"--office-kind"_s,
                     u"government"_s })
              .exitCode
        == 1);
    CHECK(runCli({ u"--db"_s, reg.db, u"--user"_s, u"admin"_s, u"settings"_s, u"agency"_s, u"--office-kind"_s,
                     u"ministry"_s })
              .exitCode
        == 2);
    const ProcessResult set = runCli(
        { u"--db"_s, reg.db, u"--user"_s, u"admin"_s, u"settings"_s, u"agency"_s, u"--office-kind"_s, u"government"_s },
        {}, english);
    INFO(test::describe(set));
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(u"office kind: government"_s));
    const ProcessResult json = runCli(
        { u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s, u"--format"_s, u"json"_s }, {}, english);
    INFO(test::describe(json));
    const QJsonObject due = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"due"_s).toObject();
    CHECK(due.value(u"date"_s).toString() == u"2026-03-31");
    CHECK(due.value(u"days_left"_s).toInteger() == today.daysTo(QDate(2026, 3, 31)));
    CHECK(due.value(u"office_kind"_s).toString() == u"government");
    CHECK(due.value(u"status"_s).toString() == (today > QDate(2026, 3, 31) ? u"passed" : u"open"));
    CHECK(json.err.contains(u"of the government: to be published by 2026-03-31"_s));
}

TEST_CASE(
    "report annual prints section 三 checked, report check flags typed-in figures that do not add up", "[cli][reports]")
{
    Register reg;
    const ProcessResult text = runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s });
    INFO(test::describe(text));
    REQUIRE(text.exitCode == 0);
    const QStringList textLines = text.out.split(u'\n');
    const auto lineOf = [&](const QString& start) {
        for (const QString& line : textLines)
            if (line.startsWith(start))
                return line.simplified();
        return QString();
    };
    // The head of the format, with its corner cell, over the figures.
    const QString corner = u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"_s;
    const qsizetype head = textLines.indexOf(QRegularExpression(u"^"_s + corner + u" +申请人情况$"_s));
    REQUIRE(head > 0);
    CHECK(textLines.at(head + 1).simplified() == u"自然人 法人或其他组织 总计");
    CHECK(textLines.at(head + 2).simplified() == u"商业企业 科研机构 社会公益组织 法律服务机构 其他");
    CHECK(lineOf(u"一、本年新收政府信息公开申请数量"_s) == u"一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3");
    CHECK(lineOf(u"四、结转下年度继续办理"_s) == u"四、结转下年度继续办理 3 0 0 0 0 0 3");
    const QString csv = reg.dir.filePath(u"2025.csv"_s);
    REQUIRE(runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv })
                .exitCode
        == 0);
    CHECK(test::readBytes(csv).startsWith(
        "\xEF\xBB\xBF（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）,申请人情况,"));
    // What OGI Desk exports, its own check reads and finds in order.
    const ProcessResult roundTrip = runCli({ u"report"_s, u"check"_s, csv });
    INFO(test::describe(roundTrip));
    CHECK(roundTrip.exitCode == 0);
    CHECK(roundTrip.out.contains(csv));
    const ProcessResult json
        = runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s, u"--format"_s, u"json"_s });
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(u"year"_s).toInt() == 2025);
    CHECK(report.value(u"rows"_s).toArray().size() == 30);
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"25"_s }).exitCode == 2);
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"yearly"_s }).exitCode == 2);

    // The .xlsx holds the national layout and the same numbers (read back with openpyxl).
    const QString xlsx = reg.dir.filePath(u"2025.xlsx"_s);
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s, u"--format"_s, u"xlsx"_s }).exitCode == 2);
    REQUIRE(
        runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx })
            .exitCode
        == 0);
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
        { u"-c"_s, uR"(import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["三、收到和处理"]
print(";".join(sorted(str(r) for r in ws.merged_cells.ranges)))
for row in ws.iter_rows(values_only=True):
    print(",".join("" if v is None else str(int(v)) if isinstance(v, (int, float)) else v for v in row)))"_s,
            xlsx });
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    QStringList sheet = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(sheet.size() == 35); // the merges, 3 head rows, 30 rows and the 校验码 under them
    CHECK(sheet.takeFirst() == u"A1:A3;B1:H1;B2:B3;C2:G2;H2:H3");
    // The CSV holds the sheet's cells, head and figures alike (a merged cell's text in its
    // first cell, as openpyxl reads it).
    const QStringList fromCsv = QString::fromUtf8(test::readBytes(csv).mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(sheet == fromCsv);

    // Section 二: entered by an administrator (not a clerk), shown in the annual report.
    CHECK(runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"report"_s, u"proactive"_s, u"2025"_s, u"--set"_s,
                     u"规章/本年制发件数=2"_s })
              .exitCode
        == 1);
    const ProcessResult entered = runCli({ u"--db"_s, reg.db, u"--user"_s, u"admin"_s, u"report"_s, u"proactive"_s,
        u"2025"_s, u"--set"_s, u"规章/本年制发件数=2"_s });
    INFO(test::describe(entered));
    CHECK(entered.exitCode == 0);
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"annual"_s, u"2025"_s }).out.contains(u"规章 / 本年制发件数：2"_s));

    // The monthly tally, and the cases behind a figure.
    const ProcessResult tally
        = runCli({ u"--db"_s, reg.db, u"report"_s, u"monthly"_s, u"2025-06"_s, u"--format"_s, u"json"_s });
    INFO(test::describe(tally));
    REQUIRE(tally.exitCode == 0);
    const QJsonObject all = QJsonDocument::fromJson(tally.out.toUtf8()).object().value(u"all"_s).toObject();
    CHECK(all.value(u"figures"_s).toObject().value(u"received"_s).toInt() == 3);
    CHECK(all.value(u"figures"_s).toObject().value(u"pending_at_end"_s).toInt() == 3);
    const ProcessResult behind
        = runCli({ u"--db"_s, reg.db, u"report"_s, u"monthly"_s, u"2025-06"_s, u"--cases"_s, u"received"_s });
    CHECK(
        behind.out.split(u'\n', Qt::SkipEmptyParts) == QStringList { u"2025-0003"_s, u"2025-0002"_s, u"2025-0001"_s });
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"monthly"_s, u"2025-13"_s }).exitCode == 2);
    CHECK(runCli({ u"--db"_s, reg.db, u"report"_s, u"monthly"_s, u"2025-06"_s, u"--cases"_s, u"nothing"_s }).exitCode
        == 1);
    const QString tallyCsv = reg.dir.filePath(u"tally.csv"_s);
    REQUIRE(runCli({ u"--db"_s, reg.db, u"report"_s, u"monthly"_s, u"--from"_s, u"2025-06-01"_s, u"--to"_s,
                       u"2025-06-30"_s, u"--format"_s, u"csv"_s, u"--out"_s, tallyCsv })
                .exitCode
        == 0);
    CHECK(test::readBytes(tallyCsv).startsWith("\xEF\xBB\xBF"));

    // The file it wrote checks; with the total changed it does not, and says where.
    const ProcessResult good = runCli({ u"report"_s, u"check"_s, csv });
    INFO(test::describe(good));
    CHECK(good.exitCode == 0);
    QString changed = QString::fromUtf8(test::readBytes(csv));
    changed.replace(u"（七）总计,0,0,0,0,0,0,0"_s, u"（七）总计,0,0,0,0,0,0,16"_s);
    const QString bad = reg.dir.filePath(u"bad.csv"_s);
    test::writeBytes(bad, changed.toUtf8());
    const ProcessResult flagged = runCli({ u"report"_s, u"check"_s, bad });
    INFO(test::describe(flagged));
    CHECK(flagged.exitCode == 1);
    CHECK(flagged.out.contains(u"（七）总计 / 总计"_s));
    CHECK(flagged.out.contains(u"16"_s));
    const QString unreadable = reg.dir.filePath(u"unreadable.csv"_s);
    test::writeBytes(unreadable, "申请人情况,自然人\n（一）予以公开,1,2\n");
    const ProcessResult refused = runCli({ u"report"_s, u"check"_s, unreadable });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"第 2 行"_s)); // the line with two figures instead of seven
}

// [sqlite-only]: the zip holds the register file; a server register is copied with `ogi copy`.
TEST_CASE("backup and restore through the CLI, and a damaged zip is refused with exit 1", "[cli][backup][sqlite-only]")
{
    Register reg;
    const QString zip = reg.dir.filePath(u"b.zip"_s);
    const ProcessResult backup = runCli({ u"--db"_s, reg.db, u"backup"_s, zip });
    INFO(test::describe(backup));
    REQUIRE(backup.exitCode == 0);
    const QString target = reg.dir.filePath(u"restored.db"_s);
    const ProcessResult restore = runCli({ u"restore"_s, zip, u"--db"_s, target });
    INFO(test::describe(restore));
    REQUIRE(restore.exitCode == 0);
    CHECK(runCli({ u"--db"_s, target, u"verify"_s }).exitCode == 0);
    CHECK(runCli({ u"--db"_s, target, u"list"_s }).out.contains(u"2025-0003"_s));
    test::writeBytes(reg.dir.filePath(u"cut.zip"_s), test::readBytes(zip).left(200));
    const ProcessResult refused = runCli({ u"restore"_s, reg.dir.filePath(u"cut.zip"_s), u"--db"_s, target });
    CHECK(refused.exitCode == 1);
    CHECK(runCli({ u"--db"_s, target, u"verify"_s }).exitCode == 0); // still the good one
    CHECK(runCli({ u"restore"_s, zip }).exitCode == 2); // where to?

    // Over a register: only its administrator, after seeing what changes, and asked first.
    const ProcessResult anonymous = runCli({ u"restore"_s, zip, u"--db"_s, target, u"--yes"_s });
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.err.contains(u"--user"_s));
    const ProcessResult clerk
        = runCli({ u"--user"_s, u"clerk"_s, u"restore"_s, zip, u"--db"_s, target, u"--yes"_s });
    CHECK(clerk.exitCode == 1);
    CHECK(clerk.err.contains(u"管理员"_s));
    const ProcessResult declined
        = runCli({ u"--user"_s, u"admin"_s, u"restore"_s, zip, u"--db"_s, target }, "no\n");
    CHECK(declined.exitCode == 1);
    CHECK(declined.out.contains(u"案件"_s));
    CHECK(QDir(reg.dir.path()).entryList({ u"restored.db.replaced-*"_s }).isEmpty());
    const ProcessResult admin
        = runCli({ u"--user"_s, u"admin"_s, u"restore"_s, zip, u"--db"_s, target, u"--yes"_s });
    INFO(test::describe(admin));
    CHECK(admin.exitCode == 0);
    CHECK(QDir(reg.dir.path()).entryList({ u"restored.db.replaced-*"_s }).size() == 1);
    CHECK(runCli({ u"--db"_s, target, u"verify"_s }).exitCode == 0);
}

TEST_CASE("export writes the ledger with ID numbers masked, whole only for a chief or administrator, audited",
    "[cli][export]")
{
    Register reg;
    const QString masked = reg.dir.filePath(u"ledger.csv"_s);
    const ProcessResult out = runCli({ u"--db"_s, reg.db, u"export"_s, masked });
    INFO(test::describe(out));
    REQUIRE(out.exitCode == 0);
    const QString text = QString::fromUtf8(test::readBytes(masked));
    CHECK(test::readBytes(masked).startsWith("\xEF\xBB\xBF")); // for Excel and WPS
    CHECK(text.contains(
        u"编号,收到日期,申请方式,申请人,申请人类型,证件号码,联系电话,联系地址,申请内容,状态,答复日期,办理结果,延期,备注,答复期限,期限状态,申请类别"_s));
    CHECK(text.count(u"110105********002X"_s) == 3);
    CHECK_FALSE(text.contains(u"11010519491231002X"_s));
    CHECK(text.contains(u"2025-0002,2025-06-10,"_s));
    const QString whole = reg.dir.filePath(u"whole.csv"_s);
    CHECK(runCli({ u"--db"_s, reg.db, u"--user"_s, u"clerk"_s, u"export"_s, whole, u"--unmasked"_s }).exitCode == 1);
    CHECK_FALSE(QFile::exists(whole));
    REQUIRE(runCli({ u"--db"_s, reg.db, u"--user"_s, u"admin"_s, u"export"_s, whole, u"--unmasked"_s }).exitCode == 0);
    CHECK(QString::fromUtf8(test::readBytes(whole)).count(u"11010519491231002X"_s) == 3);
    CHECK(runCli({ u"--db"_s, reg.db, u"verify"_s }).exitCode == 0); // the audit chain holds the export
    CHECK(runCli({ u"--db"_s, reg.db, u"export"_s, reg.dir.filePath(u"x.txt"_s) }).exitCode == 2);
}
