// Ledger import (issue 8): old Excel ledgers in every form offices keep them become cases
// whose timelines, deadlines and report figures are what the ledger says; every bad cell is
// named by row and column; nothing is written unless the whole import is.
#include "LedgerFixture.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "exchange/LedgerRow.h"
#include "integrity/IntegrityCheck.h"
#include "storage/LongWriteNote.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QString kHeader
    = u"编号,收到日期,申请方式,申请人,申请人类型,证件号码,联系电话,联系地址,申请内容,状态,答复日期,办理结果,延期,备注"_s;

// A good answered row; `cells` replace columns by canonical name.
QString row(const QHash<QString, QString>& cells = {})
{
    const QStringList names = kHeader.split(u',');
    QStringList values { u"A-1"_s, u"2025-03-04"_s, u"网络平台"_s, u"张三"_s, u"自然人"_s, test::residentIdNumber(1),
        u"13800138000"_s, u"北京市朝阳区某路1号"_s, u"2024年财政预算执行情况"_s, u"已答复"_s, u"2025-03-20"_s,
        u"予以公开"_s, u"否"_s, QString() };
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
        values[names.indexOf(it.key())] = it.value();
    return values.join(u',');
}

QString writeCsv(const QString& path, const QStringList& lines, const QByteArray& encoding = "UTF-8", bool bom = false)
{
    QStringEncoder encoder(encoding.constData());
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(lines.join(u"\r\n"_s) + u"\r\n"_s);
    test::writeBytes(path, (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + bytes);
    return path;
}

QVariant value(const Database& database, const QString& statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(database.connection(), statement, values);
}

QString caseOfLedgerNumber(const Database& database, const QString& number)
{
    return value(database,
        u"SELECT c.case_number FROM imported_cases i JOIN cases c ON c.id = i.case_id WHERE i.ledger_number = ?"_s,
        { number })
        .toString();
}

QString column(const Database& database, const QString& caseNumber, const QString& expression)
{
    return value(database,
        u"SELECT %1 FROM cases c LEFT JOIN reply_deadlines d ON d.case_id = c.id WHERE c.case_number = ?"_s.arg(
            expression),
        { caseNumber })
        .toString();
}

// Everything an import writes, counted: a refused or dry import must leave it as it was.
qint64 storedRows(const Database& database)
{
    return value(database,
        u"SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM case_events) + (SELECT count(*) FROM audit_log) "
        u"+ (SELECT count(*) FROM imported_cases) + (SELECT count(*) FROM applicants)"_s)
        .toLongLong();
}

bool hasProblem(const LedgerReading& reading, int rowNumber, const QString& columnName, const QString& fragment)
{
    for (const LedgerProblem& p : reading.problems)
        if (p.row == rowNumber && p.column == columnName && p.message.contains(fragment))
            return true;
    return false;
}

QString problemsText(const LedgerReading& reading)
{
    QStringList lines;
    for (const LedgerProblem& p : reading.problems)
        lines << p.text();
    return lines.join(u'\n');
}

void runPython(const QString& script)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, { u"-c"_s, script });
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
}

} // namespace

TEST_CASE("a GB18030 ledger with a title row and the usual headers becomes cases as the ledger says", "[import]")
{
    test::WorkflowFixture f;
    const QString path = writeCsv(f.dir.filePath(u"台账.csv"_s),
        {
            u"某县人民政府办公室政府信息公开申请台账（2025年）"_s,
            u"序号,申请编号,收件日期,申请方式,申请人姓名,申请人类型,身份证号码,联系电话,联系地址,申请公开内容,办理状态,"
            u"答复时间,答复结果,是否延期,备注"_s,
            u"1,A-1,2025-03-04,网络平台,张三,自然人,%1,13800138000,北京市朝阳区,2024年财政预算,已答复,2025-03-20,予以公开,否,"_s
                .arg(test::residentIdNumber(1)),
            // Extended: 40 working days from 2025-03-05 end on 2025-04-30, so the reply is on time.
            u"2,A-2,2025年3月5日,邮寄,某某科技有限公司,商业企业,91350100M000100Y43,0591-87654321,福州市鼓楼区,土地征收批复,"
            u"已答复,2025/4/30,不予公开-保护第三方合法权益,是,延期一次"_s,
            // The same dates without the extension: late.
            u"3,A-3,2025-03-05,当面,李四,自然人,%1,13800138001,福州市台江区,会议纪要,已答复,2025-04-30,"
            u"无法提供-本机关不掌握相关政府信息,否,"_s.arg(test::residentIdNumber(2)),
            u"4,A-4,20250603,电子邮件,王五,自然人,%1,13800138002,,信访件办理情况,已办结,20250610,重复申请,否,"_s.arg(
                test::residentIdNumber(3)),
            u"5,A-5,2025-06-03,当面,赵六,自然人,%1,13800138003,,规划批复,已终止,2025-06-20,其他处理-其他,否,申请人撤回"_s
                .arg(test::residentIdNumber(4)),
            u"6,A-6,2025-11-10,网络平台,孙八,自然人,%1,13800138004,某路2号,环评报告,办理中,,,否,"_s.arg(
                test::residentIdNumber(5)),
            u",,,,,,,,,,,,,,"_s, // a formatted empty row
        },
        "GB18030");

    const LedgerImportResult result = importLedger(*f.database, path, {}, f.clerk, f.clock);
    INFO(problemsText(result.reading).toStdString());
    REQUIRE(result.reading.problems.isEmpty());
    CHECK(result.reading.format == u"CSV (GB18030)");
    CHECK(result.reading.headerRow == 2);
    CHECK(result.imported == 6);
    const Database& db = *f.database;

    const QString a1 = caseOfLedgerNumber(db, u"A-1"_s);
    CHECK(f.stateOf(a1) == CaseState::Replied);
    CHECK(f.outcomeOf(a1) == u"disclosed");
    CHECK(column(db, a1, u"c.concluded_on"_s) == u"2025-03-20");
    CHECK(column(db, a1, u"d.clock"_s) == u"met_on_time");
    CHECK(column(db, a1, u"c.channel"_s) == u"online");
    const QList<CaseEvent> events = f.repository->events(f.repository->find(a1)->id);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).action == u"register");
    CHECK(events.at(0).eventDate == QDate(2025, 3, 4));
    CHECK(events.at(0).details.value(u"imported"_s).toBool());
    CHECK(events.at(0).details.value(u"ledger_number"_s).toString() == u"A-1");
    CHECK(events.at(0).details.value(u"source_row"_s).toInt() == 3);
    CHECK(events.at(1).action == u"import_reply");
    CHECK(events.at(1).eventDate == QDate(2025, 3, 20));
    CHECK(events.at(1).actor == f.clerk.login);

    const QString a2 = caseOfLedgerNumber(db, u"A-2"_s);
    CHECK(f.outcomeOf(a2) == u"withheld_4");
    CHECK(column(db, a2, u"c.applicant_type"_s) == u"commercial");
    CHECK(column(db, a2, u"c.receipt_date"_s) == u"2025-03-05");
    CHECK(column(db, a2, u"d.due_date"_s) == u"2025-04-30");
    CHECK(column(db, a2, u"d.clock"_s) == u"met_on_time");
    CHECK(column(db, a2, u"c.note"_s) == u"延期一次");
    const QString a3 = caseOfLedgerNumber(db, u"A-3"_s);
    CHECK(column(db, a3, u"d.clock"_s) == u"met_late");
    CHECK(f.outcomeOf(a3) == u"unavailable_1");

    const QString a4 = caseOfLedgerNumber(db, u"A-4"_s);
    CHECK(f.outcomeOf(a4) == u"not_processed_2");
    CHECK(column(db, a4, u"c.receipt_date"_s) == u"2025-06-03");
    CHECK(column(db, a4, u"c.concluded_on"_s) == u"2025-06-10");

    const QString a5 = caseOfLedgerNumber(db, u"A-5"_s);
    CHECK(f.stateOf(a5) == CaseState::Closed);
    CHECK(f.outcomeOf(a5) == u"other_3");
    CHECK(column(db, a5, u"d.clock"_s) == u"closed");

    const QString a6 = caseOfLedgerNumber(db, u"A-6"_s);
    CHECK(f.stateOf(a6) == CaseState::Accepted);
    CHECK(column(db, a6, u"c.concluded_on"_s).isEmpty());
    CHECK(column(db, a6, u"d.clock"_s) == u"running");

    // Case numbers follow the receipt year's counter, and the next registration goes on from it.
    CHECK(a1 == u"2025-0001");
    CHECK(a6 == u"2025-0006");
    CHECK(f.newCase("2025-11-12") == u"2025-0007");

    CHECK(verifyDatabase(db).isEmpty());
    CHECK(value(db, u"SELECT count(*) FROM audit_log WHERE action = 'register.import' AND details LIKE ?"_s,
              { u"%\"cases\":6%"_s })
              .toInt()
        == 1);
}

TEST_CASE("UTF-8 ledgers with and without BOM are read, and an unknown or wrong encoding is refused by name", "[import]")
{
    test::WorkflowFixture f;
    const QString withBom = writeCsv(f.dir.filePath(u"bom.csv"_s), { kHeader, row() }, "UTF-8", true);
    const QString plain = writeCsv(f.dir.filePath(u"plain.csv"_s), { kHeader, row({ { u"编号"_s, u"B-1"_s } }) });
    const QString gbk = writeCsv(f.dir.filePath(u"gbk.csv"_s), { kHeader, row({ { u"编号"_s, u"C-1"_s } }) }, "GB18030");

    const LedgerReading bom = readLedger(*f.database, withBom, {}, f.clock.today());
    CHECK(bom.format == u"CSV (UTF-8)");
    REQUIRE(bom.entries.size() == 1);
    CHECK(bom.entries.front().ledgerNumber == u"A-1"); // the BOM is not part of the first header
    CHECK(readLedger(*f.database, plain, {}, f.clock.today()).entries.size() == 1);

    LedgerImportOptions utf8;
    utf8.encoding = u"UTF-8"_s;
    try {
        readLedger(*f.database, gbk, utf8, f.clock.today());
        FAIL("GB18030 bytes read as UTF-8");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(u"gbk.csv"_s));
        CHECK(e.message().contains(u"UTF-8"_s));
    }
    LedgerImportOptions gb;
    gb.encoding = u"gbk"_s;
    CHECK(readLedger(*f.database, gbk, gb, f.clock.today()).entries.front().application.applicants.front().name
        == u"张三");
    LedgerImportOptions unknown;
    unknown.encoding = u"big5"_s;
    CHECK_THROWS_WITH(readLedger(*f.database, gbk, unknown, f.clock.today()), Catch::Contains("big5"));
    CHECK_THROWS_WITH(readLedger(*f.database, f.dir.filePath(u"ledger.ods"_s), {}, f.clock.today()),
        Catch::Contains("ledger.ods"));
}

TEST_CASE("an .xlsx written by openpyxl and an .xls written by xlwt are read with their date cells", "[import]")
{
    test::WorkflowFixture f;
    const QString xlsx = f.dir.filePath(u"ledger.xlsx"_s);
    const QString xls = f.dir.filePath(u"ledger.xls"_s);
    runPython(uR"(
import datetime, sys
import openpyxl, xlwt
header = "%1".split(",")
rows = [
    ["X-1", datetime.datetime(2025, 3, 4), "网络平台", "张三", "自然人", "%2", 13800138000, "某路1号",
     "预算公开", "已答复", datetime.datetime(2025, 3, 20), "予以公开", "否", None],
    ["X-2", "2025-06-03", "邮寄", "某某科技有限公司", "商业企业", "91350100M000100Y43", "0591-87654321", "某路2号",
     "征收批复", "办理中", None, None, "否", "富文本"],
]
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["某县政府信息公开申请台账"])
ws.append(header)
for r in rows:
    ws.append(r)
wb.save("%3")
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("台账")
date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
for c, h in enumerate(header):
    sheet.write(0, c, h)
for r, values in enumerate(rows, start=1):
    for c, v in enumerate(values):
        if isinstance(v, datetime.datetime):
            sheet.write(r, c, v, date)
        elif v is not None:
            sheet.write(r, c, v)
book.save("%4")
)"_s.arg(kHeader, test::residentIdNumber(1), xlsx, xls));

    for (const QString& path : { xlsx, xls }) {
        INFO(path.toStdString());
        const LedgerReading reading = readLedger(*f.database, path, {}, f.clock.today());
        INFO(problemsText(reading).toStdString());
        REQUIRE(reading.problems.isEmpty());
        CHECK(reading.headerRow == (path == xlsx ? 2 : 1));
        REQUIRE(reading.entries.size() == 2);
        const LedgerEntry& first = reading.entries.at(0);
        CHECK(first.ledgerNumber == u"X-1");
        CHECK(first.application.receiptDate == QDate(2025, 3, 4));
        CHECK(first.replied == QDate(2025, 3, 20));
        CHECK(first.application.applicants.front().phone == u"13800138000");
        CHECK(first.application.applicants.front().idNumber == test::residentIdNumber(1));
        const LedgerEntry& second = reading.entries.at(1);
        CHECK(second.application.applicants.front().kind == ApplicantKind::Organisation);
        CHECK(second.application.applicants.front().creditCode == u"91350100M000100Y43");
        CHECK(second.accepted);
        CHECK(second.application.note == u"富文本");
    }
    CHECK(importLedger(*f.database, xlsx, {}, f.clerk, f.clock).imported == 2);
    // The .xls holds the same 编号: nothing new.
    const LedgerImportResult again = importLedger(*f.database, xls, {}, f.clerk, f.clock);
    CHECK(again.imported == 0);
    CHECK(again.reading.alreadyImported == 2);
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("every kind of bad cell is reported with its row and column", "[import]")
{
    struct Bad
    {
        const char* what;
        QHash<QString, QString> cells;
        QString column;
        QString fragment;
    };
    const QList<Bad> bad = {
        { "date that does not exist", { { u"收到日期"_s, u"2025-13-01"_s } }, u"收到日期"_s, u"not a date"_s },
        { "text for a date", { { u"答复日期"_s, u"三月底"_s } }, u"答复日期"_s, u"not a date"_s },
        { "receipt in the future",
            { { u"收到日期"_s, u"2026-12-01"_s }, { u"答复日期"_s, QString() }, { u"状态"_s, u"办理中"_s },
                { u"办理结果"_s, QString() } },
            u"收到日期"_s, u"future"_s },
        { "unknown outcome", { { u"办理结果"_s, u"已处理"_s } }, u"办理结果"_s, u"unknown result"_s },
        { "category that needs its reason", { { u"办理结果"_s, u"不予公开"_s } }, u"办理结果"_s,
            u"不予公开-保护第三方合法权益"_s },
        { "reply without result", { { u"办理结果"_s, QString() } }, u"办理结果"_s, u"needs the result"_s },
        { "invalid ID number", { { u"证件号码"_s, u"110105194912310021"_s } }, u"证件号码"_s, QString() },
        { "invalid credit code", { { u"申请人类型"_s, u"商业企业"_s }, { u"证件号码"_s, u"91350100M000100Y44"_s } },
            u"证件号码"_s, QString() },
        { "empty request", { { u"申请内容"_s, QString() } }, u"申请内容"_s, u"required"_s },
        { "no applicant", { { u"申请人"_s, QString() } }, u"申请人"_s, u"required"_s },
        { "reply before receipt", { { u"答复日期"_s, u"2025-03-01"_s } }, u"答复日期"_s, u"before the application"_s },
        { "unknown channel", { { u"申请方式"_s, u"托人转交"_s } }, u"申请方式"_s, u"托人转交"_s },
        { "unknown applicant type", { { u"申请人类型"_s, u"外星人"_s } }, u"申请人类型"_s, u"外星人"_s },
        { "extension neither yes nor no", { { u"延期"_s, u"也许"_s } }, u"延期"_s, u"也许"_s },
        { "answered without a date", { { u"答复日期"_s, QString() }, { u"办理结果"_s, QString() } }, u"答复日期"_s,
            u"已答复"_s },
        { "open state with a reply date", { { u"状态"_s, u"办理中"_s } }, u"状态"_s, u"办理中"_s },
        { "phone number that is none", { { u"联系电话"_s, u"1380013abcd"_s } }, u"联系电话"_s, u"phone"_s },
    };
    test::WorkflowFixture f;
    QStringList lines { kHeader };
    for (qsizetype i = 0; i < bad.size(); ++i) {
        QHash<QString, QString> cells = bad.at(i).cells;
        cells.insert(u"编号"_s, u"BAD-%1"_s.arg(i));
        lines << row(cells);
    }
    lines << row({ { u"编号"_s, u"GOOD-1"_s } }) << row({ { u"编号"_s, u"GOOD-1"_s } }); // a 编号 twice
    const QString path = writeCsv(f.dir.filePath(u"bad.csv"_s), lines);
    const LedgerReading reading = readLedger(*f.database, path, {}, f.clock.today());
    INFO(problemsText(reading).toStdString());
    for (qsizetype i = 0; i < bad.size(); ++i) {
        INFO(bad.at(i).what);
        CHECK(hasProblem(reading, int(i) + 2, bad.at(i).column, bad.at(i).fragment));
    }
    const int duplicateRow = int(bad.size()) + 3;
    CHECK(hasProblem(reading, duplicateRow, u"编号"_s, u"row %1"_s.arg(duplicateRow - 1)));
    CHECK(reading.invalidRows.size() == bad.size() + 1);
    CHECK(reading.entries.size() == 1);
    // The message a clerk reads names both.
    CHECK(reading.problems.front().text().startsWith(u"row 2, column 收到日期: "_s));
}

TEST_CASE("an open row without ID number or contact is imported marked with what it lacks, as a registration is",
    "[import][elements]")
{
    test::WorkflowFixture f;
    const QHash<QString, QString> open { { u"答复日期"_s, QString() }, { u"状态"_s, u"办理中"_s },
        { u"办理结果"_s, QString() }, { u"证件号码"_s, QString() }, { u"联系电话"_s, QString() },
        { u"联系地址"_s, QString() }, { u"收到日期"_s, u"2026-11-16"_s } };
    QHash<QString, QString> openRow = open;
    openRow.insert(u"编号"_s, u"O-1"_s);
    QHash<QString, QString> answered { { u"编号"_s, u"O-2"_s }, { u"证件号码"_s, QString() },
        { u"联系电话"_s, QString() }, { u"联系地址"_s, QString() } };
    const QString path = writeCsv(f.dir.filePath(u"incomplete.csv"_s), { kHeader, row(openRow), row(answered) });
    const LedgerImportResult result = importLedger(*f.database, path, {}, f.clerk, f.clock);
    REQUIRE(result.imported == 2);
    // Open: the supplement can still ask for them (Art. 30). Answered: the old ledger just did not keep them.
    CHECK(f.repository->find(caseOfLedgerNumber(*f.database, u"O-1"_s))->missing
        == QList<MissingElement> { { ApplicationElement::IdentityProof, 0 }, { ApplicationElement::Contact, 0 } });
    CHECK(f.repository->find(caseOfLedgerNumber(*f.database, u"O-2"_s))->missing.isEmpty());
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("with problems nothing is imported, a dry run writes nothing, --skip-invalid keeps the rest aside",
    "[import]")
{
    test::WorkflowFixture f;
    f.newCase("2026-07-01");
    const QString path = writeCsv(f.dir.filePath(u"mixed.csv"_s),
        { kHeader, row({ { u"编号"_s, u"M-1"_s } }), row({ { u"编号"_s, u"M-2"_s }, { u"收到日期"_s, u"2025-02-30"_s } }),
            row({ { u"编号"_s, u"M-3"_s } }) });
    const qint64 before = storedRows(*f.database);

    const LedgerImportResult refused = importLedger(*f.database, path, {}, f.clerk, f.clock);
    CHECK(refused.imported == 0);
    CHECK(refused.reading.invalidRows == QSet<int> { 3 });
    CHECK(storedRows(*f.database) == before);
    CHECK(refused.rejectedFile.isEmpty());

    LedgerImportOptions dry;
    dry.dryRun = true;
    dry.skipInvalid = true;
    const LedgerImportResult dryRun = importLedger(*f.database, path, dry, f.clerk, f.clock);
    CHECK(dryRun.imported == 0);
    CHECK(dryRun.reading.entries.size() == 2);
    CHECK(storedRows(*f.database) == before);
    CHECK_FALSE(QFile::exists(f.dir.filePath(u"mixed.rejected.csv"_s)));

    LedgerImportOptions skip;
    skip.skipInvalid = true;
    const LedgerImportResult kept = importLedger(*f.database, path, skip, f.clerk, f.clock);
    CHECK(kept.imported == 2);
    CHECK(kept.rejectedFile == f.dir.filePath(u"mixed.rejected.csv"_s));
    const QByteArray rejectedBytes = test::readBytes(kept.rejectedFile);
    CHECK(rejectedBytes.startsWith("\xEF\xBB\xBF")); // for Excel
    const QString rejected = QString::fromUtf8(rejectedBytes);
    CHECK(rejected.contains(u"编号,收到日期"_s));
    CHECK(rejected.contains(u"M-2,2025-02-30"_s));
    CHECK(rejected.contains(u"收到日期: not a date"_s));
    CHECK_FALSE(rejected.contains(u"M-1"_s));
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("importing the same ledger again makes no second case, with or without 编号", "[import]")
{
    test::WorkflowFixture f;
    const QString path = writeCsv(f.dir.filePath(u"twice.csv"_s),
        { kHeader, row({ { u"编号"_s, u"T-1"_s } }),
            row({ { u"编号"_s, QString() }, { u"申请人"_s, u"无编号甲"_s } }),
            row({ { u"编号"_s, QString() }, { u"申请人"_s, u"无编号乙"_s } }) });
    CHECK(importLedger(*f.database, path, {}, f.clerk, f.clock).imported == 3);
    const LedgerImportResult second = importLedger(*f.database, path, {}, f.clerk, f.clock);
    CHECK(second.imported == 0);
    CHECK(second.reading.alreadyImported == 3);
    CHECK(f.repository->count() == 3);
    // A row added to the ledger since comes in alone.
    const QString grown = writeCsv(f.dir.filePath(u"twice.csv"_s),
        { kHeader, row({ { u"编号"_s, u"T-1"_s } }), row({ { u"编号"_s, QString() }, { u"申请人"_s, u"无编号甲"_s } }),
            row({ { u"编号"_s, QString() }, { u"申请人"_s, u"无编号乙"_s } }), row({ { u"编号"_s, u"T-4"_s } }) });
    CHECK(importLedger(*f.database, grown, {}, f.clerk, f.clock).imported == 1);
    CHECK(f.repository->count() == 4);
}

TEST_CASE("a mapping file names an odd ledger's headers, and a wrong one is refused by name", "[import]")
{
    test::WorkflowFixture f;
    const QString path = writeCsv(f.dir.filePath(u"odd.csv"_s),
        { u"流水号,来文日期,当事人,事项,结果,回复日期,电话"_s,
            u"Q-1,2025-03-04,张三,预算,予以公开,2025-03-10,13800138000"_s });
    test::writeBytes(f.dir.filePath(u"map.json"_s),
        R"({"columns": {"流水号": "编号", "来文日期": "收到日期", "当事人": "申请人", "事项": "申请内容",
            "结果": "办理结果", "回复日期": "答复日期", "电话": "联系电话"}})");
    // Without the mapping the headers mean nothing.
    CHECK_THROWS_WITH(readLedger(*f.database, path, {}, f.clock.today()), Catch::Contains("收到日期"));
    LedgerImportOptions mapped;
    mapped.mappingPath = f.dir.filePath(u"map.json"_s);
    const LedgerImportResult result = importLedger(*f.database, path, mapped, f.clerk, f.clock);
    INFO(problemsText(result.reading).toStdString());
    CHECK(result.imported == 1);
    CHECK(caseOfLedgerNumber(*f.database, u"Q-1"_s) == u"2025-0001");

    test::writeBytes(f.dir.filePath(u"wrong.json"_s), R"({"columns": {"来文日期": "来件日子"}})");
    LedgerImportOptions wrong;
    wrong.mappingPath = f.dir.filePath(u"wrong.json"_s);
    CHECK_THROWS_WITH(readLedger(*f.database, path, wrong, f.clock.today()), Catch::Contains("来件日子"));
    test::writeBytes(f.dir.filePath(u"broken.json"_s), "{\"columns\": ");
    wrong.mappingPath = f.dir.filePath(u"broken.json"_s);
    CHECK_THROWS_WITH(readLedger(*f.database, path, wrong, f.clock.today()), Catch::Contains("broken.json"));
}

TEST_CASE("only a clerk or an administrator imports a ledger", "[import]")
{
    test::WorkflowFixture f;
    const QString path = writeCsv(f.dir.filePath(u"l.csv"_s), { kHeader, row() });
    const qint64 before = storedRows(*f.database);
    try {
        importLedger(*f.database, path, {}, f.reviewer, f.clock);
        FAIL("a reviewer imported a ledger");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Refused);
        CHECK(e.message().contains(f.reviewer.login));
    }
    CHECK(storedRows(*f.database) == before);
    CHECK(importLedger(*f.database, path, {}, f.admin, f.clock).imported == 1);
}

TEST_CASE("a ledger exported as .xlsx or .csv imports into another register as the same cases", "[import][export]")
{
    test::WorkflowFixture from;
    const QString ledger = from.dir.filePath(u"ledger.csv"_s);
    test::writeBytes(ledger, test::ledgerCsv(60).toUtf8());
    REQUIRE(importLedger(*from.database, ledger, {}, from.clerk, from.clock).imported == 60);
    const QString registered = from.newCase("2026-11-02"); // a case made here, open
    for (const QString& name : { u"export.xlsx"_s, u"export.csv"_s }) {
        INFO(name.toStdString());
        const QString path = from.dir.filePath(name);
        LedgerExportOptions whole;
        whole.unmasked = true; // masked ID numbers would not pass the check
        CHECK(exportLedger(*from.database, path, whole, &from.admin) == 61);
        if (name.endsWith(u".xlsx"_s)) // as Excel reads it: text cells, the header on top
            runPython(uR"(
import openpyxl
ws = openpyxl.load_workbook("%1").active
assert ws.title == "台账", ws.title
assert [c.value for c in ws[1]][:3] == ["编号", "收到日期", "申请方式"], [c.value for c in ws[1]]
assert ws.max_row == 62, ws.max_row
assert ws["A2"].value == "2021-0001" and ws["A2"].data_type == "s"
)"_s.arg(path));

        test::WorkflowFixture to;
        const LedgerImportResult result = importLedger(*to.database, path, {}, to.clerk, to.clock);
        INFO(problemsText(result.reading).toStdString());
        REQUIRE(result.reading.problems.isEmpty());
        CHECK(result.imported == 61);
        auto figures = [](const Database& db) {
            QSqlQuery q = sql::run(db.connection(),
                u"SELECT c.case_number || c.receipt_date || c.state || coalesce(c.outcome, '') || "
                u"coalesce(c.concluded_on, '') || coalesce(d.clock, '') || coalesce(d.due_date, '') "
                u"FROM cases c JOIN reply_deadlines d ON d.case_id = c.id "
                u"WHERE c.state <> 'registered' ORDER BY c.case_number"_s);
            QStringList rows;
            while (sql::next(q))
                rows << q.value(0).toString();
            return rows.join(u';');
        };
        // Answered cases come back replied with the same result, dates and verdict; open ones
        // come back open.
        CHECK(figures(*to.database) == figures(*from.database));
        CHECK(to.stateOf(registered) == CaseState::Registered);
    }
}

TEST_CASE("the export of a list holds exactly the cases the list's filter shows", "[export]")
{
    test::WorkflowFixture f;
    const QString ledger = f.dir.filePath(u"ledger.csv"_s);
    test::writeBytes(ledger, test::ledgerCsv(120).toUtf8());
    REQUIRE(importLedger(*f.database, ledger, {}, f.clerk, f.clock).imported == 120);
    f.newCase("2026-11-02");

    auto exported = [&](const CaseListFilter& filter) {
        LedgerExportOptions options;
        options.filter = filter;
        options.asOf = f.clock.today();
        const QString path = f.dir.filePath(u"shown.csv"_s);
        const qint64 count = exportLedger(*f.database, path, options);
        const QStringList lines = QString::fromUtf8(test::readBytes(path)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        REQUIRE(lines.size() == count + 1);
        return lines.mid(1);
    };
    CaseListFilter search;
    search.text = u"申请人11"_s; // 申请人11 and 申请人110 … 119
    const QStringList found = exported(search);
    CHECK(found.size() == 11);
    for (const QString& line : found)
        CHECK(line.contains(u"申请人11"_s));
    CaseListFilter open;
    open.openOnly = true; // the ledger's row 100 (L000099) and the case registered here
    CHECK(exported(open).size() == 2);
    CaseListFilter withheld;
    withheld.outcome = u"withheld_4"_s;
    const qint64 expected
        = sql::scalar(f.database->connection(), u"SELECT count(*) FROM cases WHERE outcome = 'withheld_4'"_s).toLongLong();
    CHECK(expected > 0);
    CHECK(exported(withheld).size() == expected);
    CHECK(exported({}).size() == 121);
}

namespace {

// A ledger without 编号, as many offices kept it: 收到日期 … 备注.
const QString kNoNumberHeader
    = u"收到日期,申请方式,申请人,申请人类型,证件号码,联系电话,联系地址,申请内容,状态,答复日期,办理结果,延期,备注"_s;

QString unnumbered(const QHash<QString, QString>& cells = {})
{
    QStringList values = row(cells).split(u',');
    values.removeFirst(); // 编号
    return values.join(u',');
}

// The case made from the file's row `sourceRow` (by the import's own record of it).
QString caseOfRow(const Database& database, int sourceRow)
{
    return value(database,
        u"SELECT c.case_number FROM imported_cases i JOIN cases c ON c.id = i.case_id WHERE i.source_row = ?"_s,
        { sourceRow })
        .toString();
}

// The key the versions before repeat rows gave a row without 编号: date, applicant, request.
QString keyOfOlderVersions(const char* receipt, const QString& applicant, const QString& request)
{
    return u"row:"_s
        + QString::fromLatin1(QCryptographicHash::hash(
            (QString::fromLatin1(receipt) + u'\x1f' + applicant + u'\x1f' + request).toUtf8(),
            QCryptographicHash::Sha256)
                                  .toHex());
}

} // namespace

TEST_CASE("a ledger without 编号: an applicant who asked twice the same day is two cases, not a refusal", "[import]")
{
    test::WorkflowFixture f;
    // Rows 2 and 3: same 收到日期, 申请人 and 申请内容; other reply dates and results.
    const QString path = writeCsv(f.dir.filePath(u"twice-asked.csv"_s),
        { kNoNumberHeader, unnumbered(),
            unnumbered({ { u"答复日期"_s, u"2025-03-28"_s }, { u"办理结果"_s, u"无法提供-本机关不掌握相关政府信息"_s } }),
            unnumbered({ { u"申请人"_s, u"李四"_s }, { u"证件号码"_s, test::residentIdNumber(2) } }) });
    const LedgerImportResult result = importLedger(*f.database, path, {}, f.clerk, f.clock);
    INFO(problemsText(result.reading).toStdString());
    CHECK(result.reading.problems.isEmpty());
    CHECK(result.reading.copies == 0);
    REQUIRE(result.imported == 3);
    const Database& db = *f.database;
    const QString first = caseOfRow(db, 2);
    const QString second = caseOfRow(db, 3);
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE_FALSE(second.isEmpty());
    CHECK(first != second);
    CHECK(f.outcomeOf(first) == u"disclosed");
    CHECK(column(db, first, u"c.concluded_on"_s) == u"2025-03-20");
    CHECK(f.outcomeOf(second) == u"unavailable_1");
    CHECK(column(db, second, u"c.concluded_on"_s) == u"2025-03-28");
    CHECK(column(db, second, u"c.receipt_date"_s) == u"2025-03-04");

    // Again, and again with the two rows the other way round: nothing new.
    CHECK(importLedger(*f.database, path, {}, f.clerk, f.clock).imported == 0);
    const QString swapped = writeCsv(f.dir.filePath(u"swapped.csv"_s),
        { kNoNumberHeader,
            unnumbered({ { u"答复日期"_s, u"2025-03-28"_s }, { u"办理结果"_s, u"无法提供-本机关不掌握相关政府信息"_s } }),
            unnumbered() });
    const LedgerImportResult again = importLedger(*f.database, swapped, {}, f.clerk, f.clock);
    CHECK(again.imported == 0);
    CHECK(again.reading.alreadyImported == 2);
    CHECK(f.repository->count() == 3);
    CHECK(verifyDatabase(db).isEmpty());
}

TEST_CASE("rows identical in every cell are marked as probable copies, left out or imported as the clerk chooses",
    "[import]")
{
    const QStringList lines { kNoNumberHeader, unnumbered(), unnumbered({ { u"申请人"_s, u"李四"_s } }), unnumbered(),
        unnumbered(), u" "_s + unnumbered({ { u"申请人"_s, u"李四"_s } }) + u",,"_s }; // spaces, empty cells: the same
    {
        test::WorkflowFixture f;
        const QString path = writeCsv(f.dir.filePath(u"copies.csv"_s), lines);
        const LedgerReading reading = readLedger(*f.database, path, {}, f.clock.today());
        CHECK(reading.problems.isEmpty());
        REQUIRE(reading.entries.size() == 5);
        CHECK(reading.copies == 3);
        QMap<int, int> copyOf;
        for (const LedgerEntry& e : reading.entries)
            copyOf.insert(e.row, e.copyOf);
        CHECK(copyOf == QMap<int, int> { { 2, 0 }, { 3, 0 }, { 4, 2 }, { 5, 2 }, { 6, 3 } });
        CHECK(reading.importable(CopyRows::Skip) == 2);
        CHECK(reading.importable(CopyRows::Import) == 5);

        // Left out (the default): the first of each; the audit row says how many were not.
        const LedgerImportResult skipped = importLedger(*f.database, path, {}, f.clerk, f.clock);
        CHECK(skipped.imported == 2);
        CHECK(skipped.skippedCopies == 3);
        CHECK(f.repository->count() == 2);
        CHECK(value(*f.database,
                  u"SELECT count(*) FROM audit_log WHERE action = 'register.import' AND details LIKE ?"_s,
                  { u"%\"copies_skipped\":3%"_s })
                  .toInt()
            == 1);
        // Changing one's mind: the same file with Import adds just the copies left out, once.
        LedgerImportOptions import;
        import.copies = CopyRows::Import;
        const LedgerImportResult added = importLedger(*f.database, path, import, f.clerk, f.clock);
        CHECK(added.imported == 3);
        CHECK(added.reading.alreadyImported == 2);
        CHECK(f.repository->count() == 5);
        CHECK(importLedger(*f.database, path, import, f.clerk, f.clock).imported == 0);
        CHECK(importLedger(*f.database, path, {}, f.clerk, f.clock).imported == 0);
        CHECK(verifyDatabase(*f.database).isEmpty());
    }
    {
        test::WorkflowFixture f;
        const QString path = writeCsv(f.dir.filePath(u"copies.csv"_s), lines);
        LedgerImportOptions import;
        import.copies = CopyRows::Import;
        const LedgerImportResult all = importLedger(*f.database, path, import, f.clerk, f.clock);
        CHECK(all.imported == 5);
        CHECK(all.skippedCopies == 0);
        // Each copy's timeline says which row it repeats.
        const QList<CaseEvent> events = f.repository->events(f.repository->find(caseOfRow(*f.database, 6))->id);
        REQUIRE_FALSE(events.isEmpty());
        CHECK(events.front().details.value(u"copy_of_row"_s).toInt() == 3);
        CHECK_FALSE(f.repository->events(f.repository->find(caseOfRow(*f.database, 3))->id)
                        .front()
                        .details.contains(u"copy_of_row"_s));
        CHECK(importLedger(*f.database, path, import, f.clerk, f.clock).imported == 0);
        CHECK(f.repository->count() == 5);
    }
}

TEST_CASE("a ledger imported by an older version (key: date, applicant, request) is recognised again", "[import]")
{
    test::WorkflowFixture f;
    const QString request = u"2024年财政预算执行情况"_s;
    // Row 3 was still open when the ledger was first imported.
    const QString open = unnumbered({ { u"申请人"_s, u"王五"_s }, { u"证件号码"_s, test::residentIdNumber(3) },
        { u"状态"_s, u"办理中"_s }, { u"答复日期"_s, QString() }, { u"办理结果"_s, QString() } });
    const QString path = writeCsv(f.dir.filePath(u"old.csv"_s), { kNoNumberHeader, unnumbered(), open });
    REQUIRE(importLedger(*f.database, path, {}, f.clerk, f.clock).imported == 2);
    // What an older version would have stored for those rows.
    const Database& db = *f.database;
    sql::run(db.connection(), u"UPDATE imported_cases SET import_key = ? WHERE source_row = 2"_s,
        { keyOfOlderVersions("2025-03-04", u"张三"_s, request) });
    sql::run(db.connection(), u"UPDATE imported_cases SET import_key = ? WHERE source_row = 3"_s,
        { keyOfOlderVersions("2025-03-04", u"王五"_s, request) });
    const QString zhang = caseOfRow(db, 2);

    // The same file: nothing new.
    const LedgerImportResult same = importLedger(*f.database, path, {}, f.clerk, f.clock);
    CHECK(same.imported == 0);
    CHECK(same.reading.alreadyImported == 2);
    // The ledger kept on: row 3 answered since, and 张三 asked the same again that day (row 4,
    // another result). Only row 4 is new.
    const QString grown = writeCsv(f.dir.filePath(u"old.csv"_s),
        { kNoNumberHeader, unnumbered(),
            unnumbered({ { u"申请人"_s, u"王五"_s }, { u"证件号码"_s, test::residentIdNumber(3) } }),
            unnumbered({ { u"答复日期"_s, u"2025-03-31"_s }, { u"办理结果"_s, u"不予处理-重复申请"_s } }) });
    const LedgerImportResult more = importLedger(*f.database, grown, {}, f.clerk, f.clock);
    CHECK(more.reading.alreadyImported == 2);
    REQUIRE(more.imported == 1);
    CHECK(f.repository->count() == 3);
    const QString again = caseOfRow(db, 4);
    CHECK(again != zhang);
    CHECK(f.outcomeOf(again) == u"not_processed_2");
    CHECK(importLedger(*f.database, grown, {}, f.clerk, f.clock).imported == 0);
    CHECK(verifyDatabase(db).isEmpty());
}

TEST_CASE("the hash of a row's cells is fixed (import keys keep it): spaces and blank cells at the end aside",
    "[import]")
{
    // FNV-1a 64 over the UTF-16 of each trimmed cell and U+001F, worked out independently.
    const QString expected = u"84b96d657c1ed029"_s;
    CHECK(ledgerCellsHash({ u"2025-03-04"_s, u"张三"_s, u"申请内容"_s }) == expected);
    CHECK(ledgerCellsHash({ u" 2025-03-04"_s, u"张三 "_s, u"申请内容"_s, QString(), u"  "_s }) == expected);
    CHECK(ledgerCellsHash({ u"2025-03-04"_s, u"张三"_s, QString(), u"申请内容"_s }) != expected); // a cell moved
    CHECK(ledgerCellsHash({ u"2025-03-04"_s, u"张三申请内容"_s }) != ledgerCellsHash({ u"2025-03-04张三"_s, u"申请内容"_s }));
}

TEST_CASE("a ledger with 编号 is found by it as before: the same 编号 twice is a problem, not a copy", "[import]")
{
    test::WorkflowFixture f;
    const QString path = writeCsv(f.dir.filePath(u"numbered.csv"_s),
        { kHeader, row({ { u"编号"_s, u"N-1"_s } }), row({ { u"编号"_s, u"N-2"_s } }), row({ { u"编号"_s, u"N-2"_s } }) });
    const LedgerReading reading = readLedger(*f.database, path, {}, f.clock.today());
    CHECK(reading.copies == 0);
    CHECK(reading.invalidRows == QSet<int> { 4 });
    CHECK(hasProblem(reading, 4, u"编号"_s, u"row 3"_s));
    // Rows alike but for their 编号 are two applications, found again by 编号.
    const QString two = writeCsv(f.dir.filePath(u"numbered.csv"_s),
        { kHeader, row({ { u"编号"_s, u"N-1"_s } }), row({ { u"编号"_s, u"N-2"_s } }) });
    CHECK(importLedger(*f.database, two, {}, f.clerk, f.clock).imported == 2);
    CHECK(value(*f.database, u"SELECT count(*) FROM imported_cases WHERE import_key IN ('no:N-1', 'no:N-2')"_s).toInt()
        == 2);
    CHECK(importLedger(*f.database, two, {}, f.clerk, f.clock).imported == 0);
}

namespace {
// Tries a write from a second program's connection while the import is under way.
class WriteAttemptDuringImport : public Progress
{
public:
    explicit WriteAttemptDuringImport(QString path)
        : m_path(std::move(path))
    {
    }
    bool report(qint64 done, qint64) override
    {
        if (done < 500 || !message.isNull())
            return true;
        message = u""_s;
        {
            // Short timeout, so that the test does not wait the real 10 s.
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"import-other"_s);
            other.setDatabaseName(m_path);
            other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
            REQUIRE(other.open());
            try {
                sql::run(other, u"BEGIN IMMEDIATE"_s);
                sql::run(other, u"ROLLBACK"_s);
            } catch (const Error& e) {
                message = e.message();
            }
            other.close();
        }
        QSqlDatabase::removeDatabase(u"import-other"_s);
        return true;
    }
    QString message;

private:
    QString m_path;
};
} // namespace

// [sqlite-only]: the note beside the file is how a SQLite writer tells the others; on a server
// register the desk waits for the writer lock and is told it is busy (test_postgresql [busy]).
TEST_CASE("a writer kept waiting by an import is told who imports what and how far, and the note goes with it",
    "[import][sqlite-only]")
{
    test::WorkflowFixture f;
    const QString path = f.dir.filePath(u"big.csv"_s);
    test::writeBytes(path, test::ledgerCsv(1200).toUtf8());
    WriteAttemptDuringImport attempt(f.database->path());
    CHECK(importLedger(*f.database, path, {}, f.clerk, f.clock, &attempt).imported == 1200);
    INFO(attempt.message.toStdString());
    CHECK(attempt.message.contains(f.clerk.login));
    CHECK(attempt.message.contains(u"importing the ledger big.csv"_s));
    CHECK(attempt.message.contains(QRegularExpression(u"0 of 1,?200 rows done"_s)));
    CHECK(attempt.message.contains(u"Nothing was written"_s));
    CHECK_FALSE(attempt.message.contains(u"database is locked"_s));
    CHECK_FALSE(QFile::exists(LongWriteNote::notePath(f.database->path())));

    // A note left by a program that has ended (killed mid-import) names nobody.
    QProcess ended;
    ended.start(u"true"_s, {});
    REQUIRE(ended.waitForStarted());
    const qint64 pid = ended.processId();
    REQUIRE(ended.waitForFinished());
    {
        LongWriteNote note(f.database->path(), u"wangfang"_s, u"importing the ledger old.csv"_s);
        CHECK(LongWriteNote::describe(f.database->path()).has_value());
        QFile file(LongWriteNote::notePath(f.database->path()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const QByteArray mine = "\"pid\":" + QByteArray::number(QCoreApplication::applicationPid());
        REQUIRE(bytes.contains(mine));
        bytes.replace(mine, QByteArray("\"pid\":" + QByteArray::number(pid)));
        test::writeBytes(LongWriteNote::notePath(f.database->path()), bytes);
        CHECK_FALSE(LongWriteNote::describe(f.database->path()).has_value());
    }
}
