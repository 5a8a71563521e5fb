// Typed text (issue 18, hostile files): control characters are refused where they would
// break a terminal, a search or a spreadsheet, and every field has a length it keeps.

#include "TestFiles.h"

#include "register/ApplicationValidator.h"
#include "validation/TextFieldCheck.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QDate kToday(2026, 3, 10);

QString issueFor(const QList<FieldIssue>& issues, const QString& field)
{
    for (const FieldIssue& issue : issues)
        if (issue.field == field)
            return issue.message;
    return {};
}

} // namespace

TEST_CASE("A control character in a name or a description is refused with the field and position",
    "[validation][hostile]")
{
    Application app = test::samplePersonApplication(QDate(2026, 3, 4));
    REQUIRE(validateApplication(app, kToday).isEmpty());

    Application nul = app;
    nul.applicants[0].name = u"张三"_s + QChar(0) + u"x"_s;
    const QString nameIssue = issueFor(validateApplication(nul, kToday), u"applicants[0].name"_s);
    INFO(nameIssue.toStdString());
    CHECK(nameIssue.contains(u"position 3"_s));

    Application escape = app;
    escape.description = u"公开\x1b[2J文件"_s;
    const QString descriptionIssue = issueFor(validateApplication(escape, kToday), u"description"_s);
    CHECK(descriptionIssue.contains(u"position 3"_s));

    // A description and a note are typed on several lines; a name and an address are not.
    Application lines = app;
    lines.description = u"第一行\n\t第二行\r\n第三行"_s;
    lines.note = u"备注\n第二行"_s;
    CHECK(validateApplication(lines, kToday).isEmpty());
    Application brokenName = app;
    brokenName.applicants[0].address = u"北京市\n东城区"_s;
    CHECK(!issueFor(validateApplication(brokenName, kToday), u"applicants[0].address"_s).isEmpty());
    Application lonelyReturn = app;
    lonelyReturn.description = u"回车\r覆盖"_s;
    CHECK(!issueFor(validateApplication(lonelyReturn, kToday), u"description"_s).isEmpty());
}

TEST_CASE("Every typed field has a length it keeps", "[validation][hostile]")
{
    Application app = test::samplePersonApplication(QDate(2026, 3, 4));
    app.applicants[0].name = QString(kMaxLineLength + 1, u'名');
    app.description = QString(kMaxMultiLineLength + 1, u'文');
    const QList<FieldIssue> issues = validateApplication(app, kToday);
    CHECK(issueFor(issues, u"applicants[0].name"_s).contains(QString::number(kMaxLineLength)));
    CHECK(issueFor(issues, u"description"_s).contains(QString::number(kMaxMultiLineLength)));

    Application longest = test::samplePersonApplication(QDate(2026, 3, 4));
    longest.description = QString(kMaxMultiLineLength, u'文');
    CHECK(validateApplication(longest, kToday).isEmpty());
}

TEST_CASE("Stored text is printed with its control characters made visible", "[validation][hostile]")
{
    CHECK(printableText(u"a\x1b[31mb"_s) == u"a\u241b[31mb"_s);
    CHECK(printableText(u"a\nb\tc"_s) == u"a\nb\tc"_s);
    CHECK(printableText(u"a\nb"_s, true) == u"a\u240ab"_s);
    CHECK(printableText(QString(u"x"_s) + QChar(0) + u"\u009b"_s) == u"x\u2400\ufffd"_s);
}
