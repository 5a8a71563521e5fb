// What an export writes cannot run in Excel, and loses nothing (issue 18): CSV cells that
// start like a formula get a ' (OWASP) that import takes off again; an .xlsx cell past the
// 32,767 characters Excel holds is cut with a visible mark and reported, never dropped.
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "exchange/CsvText.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "exchange/SheetTable.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("CSV cells that start like a formula are neutralised and come back as typed", "[export][hostile]")
{
    for (const QString& text : { u"=1+2"_s, u"+86 13812345678"_s, u"-减号"_s, u"@SUM(A1)"_s, u"\tTab"_s, u"\rCR"_s,
             u"'=already quoted"_s, u"'plain"_s, u"plain"_s, u"=HYPERLINK(\"http://x\",\"点\")"_s }) {
        INFO(text.toStdString());
        const QString field = csvField(text);
        const QString unquoted = field.startsWith(u'"') ? field.mid(1) : field;
        if (!text.startsWith(u"'p"_s) && text != u"plain"_s)
            CHECK(unquoted.startsWith(u'\''));
        const QList<QStringList> back = parseCsvRecords(csvLine({ text, u"x"_s }));
        REQUIRE(back.size() == 1);
        CHECK(csvCellText(back.at(0).at(0)) == text);
    }
}

TEST_CASE("a ledger with formula-like text exports as inert CSV and imports as the same text", "[export][hostile]")
{
    test::WorkflowFixture from;
    from.adjustApplication = [](Application& a) {
        a.applicants[0].name = u"@张三"_s;
        a.applicants[0].phone = u"+86 13812345678"_s;
        a.description = u"=HYPERLINK(\"http://evil.example\",\"点击查看\")"_s;
        a.note = u"-3+2"_s;
    };
    const QString number = from.newCase("2026-11-02");
    LedgerExportOptions whole;
    whole.unmasked = true;
    const QString path = from.dir.filePath(u"ledger.csv"_s);
    REQUIRE(exportLedger(*from.database, path, whole, &from.admin) == 1);
    const QString csv = QString::fromUtf8(test::readBytes(path));
    CHECK(csv.contains(u"\"'=HYPERLINK("_s));
    CHECK(csv.contains(u",'@张三,"_s));
    CHECK(csv.contains(u",'+86 13812345678,"_s));
    CHECK(csv.contains(u",'-3+2,"_s));

    test::WorkflowFixture to;
    const LedgerImportResult result = importLedger(*to.database, path, {}, to.clerk, to.clock);
    REQUIRE(result.imported == 1);
    const std::optional<CaseRecord> back = to.repository->find(result.firstCase);
    REQUIRE(back);
    CHECK(back->application.description == u"=HYPERLINK(\"http://evil.example\",\"点击查看\")"_s);
    CHECK(back->application.applicants.at(0).name == u"@张三"_s);
    CHECK(back->application.applicants.at(0).phone == u"+86 13812345678"_s);
    CHECK(back->application.note == u"-3+2"_s);
}

TEST_CASE("an xlsx export cuts a cell past 32767 characters with a mark and says so", "[export][hostile]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-11-02");
    // An older register may hold it: no form takes so much any more.
    const QString longText = QString(40000, u'长');
    sql::run(f.database->connection(), u"UPDATE cases SET description = ? WHERE case_number = ?"_s,
        { longText, number });
    const QString path = f.dir.filePath(u"ledger.xlsx"_s);
    QStringList shortened;
    REQUIRE(exportLedger(*f.database, path, {}, nullptr, &shortened) == 1);
    CHECK(shortened == QStringList { number + u" 申请内容"_s });
    const SheetTable table = readSheetTable(path);
    REQUIRE(table.rows.size() == 2);
    const QString cell = table.rows.at(1).at(ledgerExportHeader().indexOf(u"申请内容"_s));
    CHECK(cell.size() <= 32767);
    CHECK(cell.startsWith(QString(1000, u'长')));
    CHECK(cell.contains(u"40000"_s));

    // The CSV keeps every character.
    const QString csvPath = f.dir.filePath(u"ledger.csv"_s);
    exportLedger(*f.database, csvPath, {}, nullptr, &shortened);
    CHECK(shortened.isEmpty());
    CHECK(QString::fromUtf8(test::readBytes(csvPath)).contains(longText));
}
