// Hostile text on the command line (issue 18): a control character in a name or description
// is refused with the field named and nothing stored; text an older version stored is shown
// with its escape codes made visible, and `ogi show` works on it.
#include "TestFiles.h"
#include "TestRegister.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;
using test::runCli;

namespace {

bool hasRawControl(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
            return true;
    return false;
}

} // namespace

TEST_CASE("ogi add refuses a NUL or an escape in a name or description, naming the field", "[cli][hostile]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"r.ogi"_s);
    test::initRegisterWithUsers(db);
    QJsonObject application = QJsonDocument::fromJson(test::samplePersonJson(QDate(2025, 6, 10))).object();
    QJsonObject applicant = application.value(u"applicant"_s).toObject();
    applicant.insert(u"name"_s, QString(u"张三"_s + QChar(0) + u"x"_s));
    application.insert(u"applicant"_s, applicant);
    const ProcessResult nul = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
        QJsonDocument(application).toJson());
    INFO(test::describe(nul));
    CHECK(nul.exitCode == 1);
    CHECK(nul.err.contains(u"applicants[0].name"_s));
    CHECK(nul.err.simplified().contains(u"位置 3"_s)); // zh_CN, the default; the CLI wraps long lines

    QJsonObject escape = QJsonDocument::fromJson(test::samplePersonJson(QDate(2025, 6, 10))).object();
    escape.insert(u"description"_s, u"公开\x1b]0;pwned\x07文件"_s);
    const ProcessResult esc = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
        QJsonDocument(escape).toJson());
    INFO(test::describe(esc));
    CHECK(esc.exitCode == 1);
    CHECK(esc.err.contains(u"description"_s));

    const ProcessResult list = runCli({ u"--db"_s, db, u"list"_s });
    INFO(test::describe(list));
    CHECK(list.exitCode == 0);
    CHECK_FALSE(list.out.contains(u"2025-"_s)); // nothing was stored: no case number listed
}

// [sqlite-only]: NUL in stored text is possible only in a SQLite file (PostgreSQL text cannot hold it).
TEST_CASE("text with NUL and escape codes stored by an older version is shown, not run", "[cli][hostile][sqlite-only]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"r.ogi"_s);
    test::initRegisterWithUsers(db);
    const ProcessResult add = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
        test::samplePersonJson(QDate(2025, 6, 10)));
    REQUIRE(add.exitCode == 0);
    const QString number = add.out.trimmed();
    test::rawSql(db,
        u"UPDATE cases SET description = '公开' || char(27) || '[2J' || char(0) || '全部文件内容' WHERE case_number = '%1'"_s
            .arg(number));
    test::rawSql(db, u"UPDATE applicants SET name = '张' || char(27) || '[31m三' || char(0)"_s);

    const ProcessResult shown = runCli({ u"--db"_s, db, u"show"_s, number });
    INFO(test::describe(shown));
    CHECK(shown.exitCode == 0);
    CHECK_FALSE(hasRawControl(shown.out));
    CHECK(shown.out.contains(u"公开\u241b[2J\u2400全部文件内容"_s));

    const ProcessResult list = runCli({ u"--db"_s, db, u"list"_s });
    INFO(test::describe(list));
    CHECK(list.exitCode == 0);
    CHECK_FALSE(hasRawControl(list.out));
    CHECK(list.out.contains(u"张\u241b[31m三"_s));

    // Registering a similar application looks the stored one up: it must not fail after the commit.
    QJsonObject again = QJsonDocument::fromJson(test::samplePersonJson(QDate(2025, 6, 11))).object();
    again.insert(u"description"_s, u"公开全部文件内容"_s);
    const ProcessResult second = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
        QJsonDocument(again).toJson());
    INFO(test::describe(second));
    CHECK(second.exitCode == 0);
    CHECK_FALSE(hasRawControl(second.err));
}
