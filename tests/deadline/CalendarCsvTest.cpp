#include "calendar/CalendarCsv.h"
#include "Error.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("a yearly notice in the holidays-cn.csv shape is read", "[calendar][csv]")
{
    // BOM, CRLF and blank lines are what spreadsheets write.
    const QString text
        = u"\uFEFFdate,kind,name\r\n2027-01-01,off,元旦\r\n\r\n2027-02-20,work,春节\r\n2027-03-01,off,\n"_s;
    const QList<CalendarDay> days = parseCalendarCsv(text, u"2027.csv"_s);
    REQUIRE(days.size() == 3);
    CHECK(days.at(0).date == QDate(2027, 1, 1));
    CHECK_FALSE(days.at(0).working);
    CHECK(days.at(0).name == u"元旦");
    CHECK(days.at(1).working);
    CHECK(days.at(2).name.isEmpty());
}

TEST_CASE("a bad calendar file is refused whole, naming every bad line", "[calendar][csv]")
{
    struct Row
    {
        const char* what;
        QString text;
        QString lineNamed;
    };
    const Row rows[] = {
        { "a date that does not exist", u"date,kind,name\n2027-01-01,off,元旦\n2027-02-30,off,x\n"_s, u"line 3"_s },
        { "an unknown kind", u"date,kind,name\n2027-01-01,holiday,元旦\n"_s, u"line 2"_s },
        { "a date given twice", u"date,kind,name\n2027-01-01,off,元旦\n2027-01-01,work,元旦\n"_s, u"line 3"_s },
        { "no header", u"2027-01-01,off,元旦\n"_s, u"line 1"_s },
        { "too many fields", u"date,kind,name\n2027-01-01,off,元旦,extra\n"_s, u"line 2"_s },
        { "an empty file", QString(), u"line 1"_s },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        try {
            parseCalendarCsv(row.text, u"bad.csv"_s);
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::InvalidInput);
            CHECK(error.message().contains(u"bad.csv"_s));
            REQUIRE_FALSE(error.issues().isEmpty());
            CHECK(error.issues().front().field == row.lineNamed);
        }
    }
}
