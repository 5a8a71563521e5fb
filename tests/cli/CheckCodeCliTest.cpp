// The 校验码 on what `ogi report` prints and writes (issue 18), end to end: every format of the
// annual report and the monthly tally carries the register's audit-chain anchor; after one
// more audited write a new report carries another, and `ogi verify --anchor` still finds the
// old one; a code the register never had is a finding that names it.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;
using test::runCli;

namespace {

// The anchor of the register at `db`, read by this process on its own connection.
QString anchorOf(const QString& db)
{
    test::ensureCoreApp();
    const Database database = Database::open(db, OpenMode::ExistingOnly);
    return AuditLog::anchorCode(database.connection());
}

// The line the CLI prints (in Chinese by default).
QString lineOf(const QString& code) { return u"校验码：%1（可用 ogi verify --anchor 核对）"_s.arg(code); }

QString lastLine(const QString& text)
{
    const QStringList lines = text.split(QRegularExpression(u"\r?\n"_s), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.back();
}

ProcessResult run(const QStringList& args)
{
    const ProcessResult r = runCli(args);
    INFO(test::describe(r));
    REQUIRE(r.exitCode == 0);
    return r;
}

void addCase(const QTemporaryDir& dir, const QString& db)
{
    const QString json = dir.filePath(u"app.json"_s);
    test::writeBytes(json, test::samplePersonJson(QDate(2025, 6, 10)));
    run({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json });
}

} // namespace

TEST_CASE("ogi report prints the register's check code in every format, verify --anchor finds it after more writes",
    "[cli][reports][anchor]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = test::newTestRegister(dir, u"ledger.db"_s);
    test::initRegisterWithUsers(db);
    addCase(dir, db);
    const QString code = anchorOf(db);
    REQUIRE(QRegularExpression(u"^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$"_s).match(code).hasMatch());
    const QString line = lineOf(code);
    const QStringList annual { u"--db"_s, db, u"report"_s, u"annual"_s, u"2025"_s };
    const QStringList monthly { u"--db"_s, db, u"report"_s, u"monthly"_s, u"2025-06"_s };

    // Text on standard output: the last line.
    CHECK(lastLine(run(annual).out) == line);
    CHECK(lastLine(run(monthly).out) == line);
    CHECK(lastLine(run({ u"--db"_s, db, u"report"_s, u"proactive"_s, u"2025"_s }).out) == line);
    // CSV: the last record, in the first of its cells; `report check` still reads the file.
    const QString csv = dir.filePath(u"2025.csv"_s);
    run(annual + QStringList { u"--format"_s, u"csv"_s, u"--out"_s, csv });
    CHECK(lastLine(QString::fromUtf8(test::readBytes(csv))) == line + u",,,,,,,"_s);
    const ProcessResult checked = runCli({ u"report"_s, u"check"_s, csv });
    INFO(test::describe(checked));
    CHECK(checked.exitCode == 0);
    const QString tallyCsv = dir.filePath(u"tally.csv"_s);
    run(monthly + QStringList { u"--format"_s, u"csv"_s, u"--out"_s, tallyCsv });
    CHECK(lastLine(QString::fromUtf8(test::readBytes(tallyCsv))).section(u',', 0, 0) == line);
    // JSON: "check_code".
    const auto jsonCode = [](const ProcessResult& r) {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"check_code"_s).toString();
    };
    CHECK(jsonCode(run(annual + QStringList { u"--format"_s, u"json"_s })) == code);
    CHECK(jsonCode(run(monthly + QStringList { u"--format"_s, u"json"_s })) == code);
    // .xlsx: under the table of every sheet.
    const QString xlsx = dir.filePath(u"2025.xlsx"_s);
    run(annual + QStringList { u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx });
    const QStringList cells = test::xlsxCellsHolding(xlsx, u"--anchor"_s);
    REQUIRE(cells.size() == 4);
    for (const QString& cell : cells)
        CHECK(cell.endsWith(u": "_s + line));
    const QString tallyXlsx = dir.filePath(u"tally.xlsx"_s);
    run(monthly + QStringList { u"--format"_s, u"xlsx"_s, u"--out"_s, tallyXlsx });
    const QStringList tallyCells = test::xlsxCellsHolding(tallyXlsx, u"--anchor"_s);
    REQUIRE(tallyCells.size() == 1);
    CHECK(tallyCells.front().endsWith(u": "_s + line));

    // One more audited write: a new report names the new newest row.
    addCase(dir, db);
    const QString later = anchorOf(db);
    CHECK(later != code);
    const ProcessResult again = run(annual);
    CHECK(lastLine(again.out) == lineOf(later));
    CHECK_FALSE(again.out.contains(code));
    // The code of the earlier report is still in the register's history, and so is the new one.
    for (const QString& printed : { code, later }) {
        const ProcessResult verified = runCli({ u"--db"_s, db, u"verify"_s, u"--anchor"_s, printed });
        INFO(test::describe(verified));
        CHECK(verified.exitCode == 0);
        CHECK(verified.out.contains(printed));
    }
}

TEST_CASE("verify --anchor with a code the register does not hold exits 1 and names the code", "[cli][anchor]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = test::newTestRegister(dir, u"ledger.db"_s);
    test::initRegisterWithUsers(db);
    addCase(dir, db);
    // Of the register's code, the last digit changed: a code of a history it does not hold.
    QString foreign = anchorOf(db);
    foreign.back() = foreign.back() == u'0' ? u'1' : u'0';
    {
        test::ensureCoreApp();
        const Database database = Database::open(db, OpenMode::ExistingOnly);
        REQUIRE_FALSE(AuditLog::findAnchor(database.connection(), foreign));
    }
    for (const QString& code : { foreign, u"NOT-A-CODE"_s }) {
        const ProcessResult r = runCli({ u"--db"_s, db, u"verify"_s, u"--anchor"_s, code });
        INFO(test::describe(r));
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(code));
        CHECK_FALSE(r.err.trimmed().isEmpty()); // "1 finding(s)"
    }
    // Without --anchor the register itself checks clean.
    CHECK(runCli({ u"--db"_s, db, u"verify"_s }).exitCode == 0);
}
