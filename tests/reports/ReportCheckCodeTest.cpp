// The 校验码 on every report and tally (issue 18): the register's audit-chain anchor at the
// moment of output, in the HTML printed and saved as PDF, the section 三 CSV, both .xlsx
// workbooks (every sheet); a later audited write gives a later output another code; the
// section 三 reader passes over the line and nothing else.
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "reports/AnnualApplications.h"
#include "reports/AnnualRemediesAndFees.h"
#include "reports/ApplicationTable.h"
#include "reports/ApplicationTableCsv.h"
#include "reports/MonthlyTally.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportCheckCode.h"
#include "reports/ReportHtml.h"
#include "reports/ReportXlsx.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

// What each output of the register holds now: the annual report's HTML (printed, PDF),
// section 三 as CSV, the tally's HTML, and the anchor cells of both workbooks.
struct Outputs
{
    QString annualHtml;
    QString csv;
    QString tallyHtml;
    QStringList annualXlsx;
    QStringList tallyXlsx;
};

Outputs outputsOf(test::WorkflowFixture& f, const QString& tag)
{
    const Database& db = *f.database;
    const QString code = reportCheckCode(db);
    const ApplicationTable table = annualApplications(db, 2026);
    const MonthlyTally tally = monthlyTally(db, day("2026-07-01"), day("2026-07-31"), day("2026-11-20"));
    Outputs o;
    o.annualHtml = annualReportHtml(u"某区人民政府办公室"_s, 2026, table, annualRemedies(db, 2026),
        annualFees(db, 2026), ProactiveFigures(db).values(2026), code);
    o.csv = QString::fromUtf8(applicationTableCsv(table, code));
    o.tallyHtml = tallyHtml(u"某区人民政府办公室"_s, tally, code);
    const QString annualPath = f.dir.filePath(u"annual-%1.xlsx"_s.arg(tag));
    writeAnnualXlsx(annualPath, 2026, table, annualRemedies(db, 2026), annualFees(db, 2026),
        ProactiveFigures(db).values(2026), code);
    o.annualXlsx = test::xlsxCellsHolding(annualPath, u"--anchor"_s);
    const QString tallyPath = f.dir.filePath(u"tally-%1.xlsx"_s.arg(tag));
    writeTallyXlsx(tallyPath, tally, code);
    o.tallyXlsx = test::xlsxCellsHolding(tallyPath, u"--anchor"_s);
    return o;
}

// Each output holds the line of `code` once, and no other check code.
void checkCarries(const Outputs& o, const QString& code)
{
    static const QRegularExpression anyCode(u"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"_s);
    const QString line = checkCodeLine(code);
    INFO(line.toStdString());
    CHECK(line.contains(code));
    CHECK(o.annualHtml.endsWith(u"<p>"_s + line.toHtmlEscaped() + u"</p>"_s));
    CHECK(o.tallyHtml.endsWith(u"<p>"_s + line.toHtmlEscaped() + u"</p>"_s));
    CHECK(o.annualHtml.count(anyCode) == 1);
    CHECK(o.tallyHtml.count(anyCode) == 1);
    // The CSV: the row after the table's last (四、结转下年度继续办理), then nothing.
    const QStringList csvLines = o.csv.split(u"\r\n"_s);
    REQUIRE(csvLines.size() >= 3);
    CHECK(csvLines.at(csvLines.size() - 3).startsWith(u"四、结转下年度继续办理,"_s));
    CHECK(csvLines.at(csvLines.size() - 2) == line + u",,,,,,,"_s);
    CHECK(o.csv.count(anyCode) == 1);
    // Under each sheet's table: 二 after its last table and a blank row, 三 after its 3 head
    // rows and 30 rows, 四 after its 3 head rows and the counts, 六 after its head and 3 lines.
    // 二's tables: per provision a heading, 信息内容 and a row per item, a blank row after each.
    int lastRow = 0;
    QStringList provisions;
    for (const ProactiveCell& cell : proactiveCells())
        if (!provisions.contains(cell.provision))
            provisions << cell.provision;
    for (const QString& provision : provisions) {
        QStringList items;
        for (const ProactiveCell& cell : proactiveCells())
            if (cell.provision == provision && !items.contains(cell.item))
                items << cell.item;
        lastRow += 2 + int(items.size()) + 1;
    }
    CHECK(o.annualXlsx
        == QStringList { u"二、主动公开!A%1: "_s.arg(lastRow) + line, u"三、收到和处理!A34: "_s + line,
            u"四、复议诉讼!A5: "_s + line, u"六、收费!A5: "_s + line });
    // The tally: a row per figure, two rows of reply times, then the code.
    CHECK(o.tallyXlsx == QStringList { u"月度统计!A%1: "_s.arg(tallyFigureSpecs().size() + 4) + line });
}

} // namespace

TEST_CASE(
    "every report and tally carries the register's check code, and one more audited write changes it", "[reports][anchor]")
{
    test::WorkflowFixture f;
    const QString first = f.newCase("2026-07-01");
    f.act(f.clerk, first, "accept", "2026-07-02");
    const QString code = AuditLog::anchorCode(f.database->connection());
    REQUIRE(QRegularExpression(u"^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$"_s).match(code).hasMatch());
    CHECK(reportCheckCode(*f.database) == code);
    {
        INFO("before the write");
        checkCarries(outputsOf(f, u"before"_s), code);
    }

    // One more audited write: a case registered. The outputs made now name its row.
    f.newCase("2026-07-03");
    const QString later = AuditLog::anchorCode(f.database->connection());
    CHECK(later != code);
    CHECK(reportCheckCode(*f.database) == later);
    const Outputs after = outputsOf(f, u"after"_s);
    {
        INFO("after the write");
        checkCarries(after, later);
    }
    CHECK_FALSE(after.annualHtml.contains(code));
    CHECK_FALSE(after.csv.contains(code));
    // The row the earlier code names is still in the register, below the newer one.
    const std::optional<qint64> earlierRow = AuditLog::findAnchor(f.database->connection(), code);
    const std::optional<qint64> laterRow = AuditLog::findAnchor(f.database->connection(), later);
    REQUIRE(earlierRow);
    REQUIRE(laterRow);
    CHECK(*earlierRow < *laterRow);
}

TEST_CASE(
    "the section 三 reader passes over the check-code line in either language, and only that line", "[reports][anchor]")
{
    const QString english = checkCodeLine(u"ABCD-1234-EF56"_s);
    const QString chinese = u"校验码：ABCD-1234-EF56（可用 ogi verify --anchor 核对）"_s;
    CHECK(isCheckCodeLine(english));
    CHECK(isCheckCodeLine(chinese));
    CHECK_FALSE(isCheckCodeLine(u"校验码：ABCD-1234（可用 ogi verify --anchor 核对）"_s)); // no whole code
    CHECK_FALSE(isCheckCodeLine(u"校验码：ABCD-1234-EF56"_s)); // not the line
    for (const ApplicationTableRow& row : applicationTableRows())
        CHECK_FALSE(isCheckCodeLine(row.label));
    for (const QStringList& line : applicationTableHead())
        for (const QString& cell : line)
            CHECK_FALSE(isCheckCodeLine(cell));

    // The file as written (English line), and typed over with the Chinese line, read the same.
    ApplicationTable table;
    table.add(u"received"_s, 0, 2);
    table.add(u"carried_out"_s, 0, 2);
    const QByteArray written = applicationTableCsv(table, u"ABCD-1234-EF56"_s);
    REQUIRE(QString::fromUtf8(written).contains(english));
    for (const QString& text :
        { QString::fromUtf8(written.mid(3)), QString::fromUtf8(written.mid(3)).replace(english, chinese),
            QString::fromUtf8(written.mid(3)).replace(english + u",,,,,,,"_s, u"\""_s + chinese + u"\""_s) }) {
        const ApplicationTable back = parseApplicationTableCsv(text.toUtf8());
        for (const ApplicationTableRow& row : applicationTableRows())
            for (int column = 0; column < kApplicantColumns; ++column)
                CHECK(back.value(row.code, column) == table.value(row.code, column));
    }
    // A last line that is no check code is still named.
    QString stray = QString::fromUtf8(written.mid(3));
    stray.replace(english, u"校验码：不详"_s);
    try {
        parseApplicationTableCsv(stray.toUtf8());
        FAIL("read");
    } catch (const Error& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues().front().field == u"line 34");
    }
}
