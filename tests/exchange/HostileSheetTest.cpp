// Hostile spreadsheets (issue 18): a tiny .xlsx naming a far cell or row, a zip bomb, too many
// shared strings, a damaged zip. Each is refused with a message naming the file and the limit,
// in bounded memory and time, never with Poco's own words.
#include "HostileZip.h"
#include "TestApp.h"

#include "Error.h"
#include "exchange/CsvText.h"
#include "exchange/SheetTable.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// The message readSheetTable refuses `path` with (empty when it reads it).
QString refusal(const QString& path)
{
    try {
        readSheetTable(path);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("an xlsx naming a cell past column XFD or a row past 1048576 is refused, not allocated",
    "[import][hostile]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString column = dir.filePath(u"column.xlsx"_s);
    test::writeXlsx(column, R"(<row r="3"><c r="ZZZZZZ3" t="inlineStr"><is><t>x</t></is></c></row>)");
    REQUIRE(QFileInfo(column).size() < 2000);
    const QString columnRefusal = refusal(column);
    INFO(columnRefusal.toStdString());
    CHECK(columnRefusal.contains(u"column.xlsx"_s));
    CHECK(columnRefusal.contains(u"16384"_s));

    const QString row = dir.filePath(u"row.xlsx"_s);
    test::writeXlsx(row, R"(<row r="2147483647"><c r="A2147483647" t="inlineStr"><is><t>x</t></is></c></row>)");
    const QString rowRefusal = refusal(row);
    INFO(rowRefusal.toStdString());
    CHECK(rowRefusal.contains(u"row.xlsx"_s));
    CHECK(rowRefusal.contains(u"1048576"_s));

    // Within the limits but spanning them all: the cells counted, not allocated.
    QByteArray wide;
    for (int r = 1; r <= 1000; ++r)
        wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r)
            + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const QString spread = dir.filePath(u"spread.xlsx"_s);
    test::writeXlsx(spread, wide);
    CHECK(refusal(spread).contains(u"10000000"_s));

    // The last cell Excel has is still read.
    const QString last = dir.filePath(u"last.xlsx"_s);
    test::writeXlsx(last, R"(<row r="5"><c r="XFD5" t="inlineStr"><is><t>end</t></is></c></row>)");
    const SheetTable table = readSheetTable(last);
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows.at(4).size() == 16384);
    CHECK(table.rows.at(4).back() == u"end"_s);
}

TEST_CASE("an xlsx whose sheet unpacks past 200 MB stops there, whatever it claims", "[import][hostile]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString bomb = dir.filePath(u"bomb.xlsx"_s);
    test::writeXlsx(bomb, QByteArray(), {},
        { { u"xl/worksheets/sheet1.xml"_s, {}, SheetLimits::kMaxPartBytes + (qint64(16) << 20) } });
    REQUIRE(QFileInfo(bomb).size() < 2 * 1024 * 1024);
    const QString message = refusal(bomb);
    INFO(message.toStdString());
    CHECK(message.contains(u"bomb.xlsx"_s));
    CHECK(message.contains(u"200 MB"_s));

    // The same bomb claiming to unpack to 1 KB: counted while it unpacks.
    test::claimUnpackedSize(bomb, u"xl/worksheets/sheet1.xml"_s, 1024);
    const QString lying = refusal(bomb);
    INFO(lying.toStdString());
    CHECK(lying.contains(u"200 MB"_s));
}

TEST_CASE("an xlsx with more than a million shared strings is refused", "[import][hostile]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    QByteArray strings = "<sst>";
    strings.reserve(20 * 1000001);
    for (int i = 0; i <= 1000000; ++i)
        strings += "<si><t>a</t></si>";
    strings += "</sst>";
    const QString path = dir.filePath(u"strings.xlsx"_s);
    test::writeXlsx(path, R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)", strings);
    const QString message = refusal(path);
    INFO(message.toStdString());
    CHECK(message.contains(u"strings.xlsx"_s));
    CHECK(message.contains(u"1000000"_s));
}

TEST_CASE("a damaged xlsx is refused in words a clerk reads, not Poco's", "[import][hostile]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.xlsx"_s);
    test::writeXlsx(good, R"(<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>)");
    QFile file(good);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QList<QByteArray> damaged { "PK\x03\x04 garbage", bytes.left(bytes.size() / 2), bytes.left(40),
        QByteArray(bytes).replace("xl/workbook.xml", "xl/w0rkbook.xml"), QByteArray(4000, 'P') };
    for (qsizetype i = 0; i < damaged.size(); ++i) {
        const QString path = dir.filePath(u"damaged%1.xlsx"_s.arg(i));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(damaged.at(i));
        out.close();
        const QString message = refusal(path);
        INFO(i << ": " << message.toStdString());
        CHECK(message.contains(u"damaged%1.xlsx"_s.arg(i)));
        CHECK_FALSE(message.contains(u"Assertion"_s));
        CHECK_FALSE(message.contains(u"violation"_s));
        CHECK_FALSE(message.contains(u".cpp"_s));
    }
}

TEST_CASE("a CSV of millions of empty fields is refused at the cell limit", "[import][hostile]")
{
    test::ensureCoreApp();
    CHECK_THROWS_AS(parseCsvRecords(u",,,,,\n,,,,"_s, 8), Error);
    CHECK(parseCsvRecords(u",,,,,\n,,,,"_s, 11).size() == 2);
}
