// `ogi act`, `ogi show` with the deadline explanation, and `ogi settings`, end to end.
#include "TestApp.h"
#include "TestFiles.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::runCli;

namespace {
const QStringList kEnglish = { u"LANG=en_US.UTF-8"_s };

std::string show(const test::ProcessResult& r)
{
    return u"exit %1\nout: %2\nerr: %3"_s.arg(r.exitCode).arg(r.out, r.err).toStdString();
}
} // namespace

TEST_CASE("ogi act moves a case; refusals exit 1 and write nothing", "[cli][workflow]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    REQUIRE(runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"chief"_s, u"--role"_s, u"chief"_s })
                .exitCode
        == 0);
    const QString json = dir.filePath(u"app.json"_s);
    test::writeBytes(json, test::samplePersonJson(QDate(2026, 7, 1)));
    test::ProcessResult r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json });
    REQUIRE(r.exitCode == 0);
    const QString number = r.out.trimmed();
    auto act = [&](const char* user, QStringList args, const QStringList& env = {}) {
        return runCli(QStringList { u"--db"_s, db, u"--user"_s, QLatin1String(user), u"act"_s, number } + args, {}, env);
    };

    r = act("clerk", { u"accept"_s, u"--date"_s, u"2026-07-02"_s }, kEnglish);
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Accepted"));
    // A petition is answered at once; the chief signs.
    r = act("clerk", { u"draft"_s, u"--reply-type"_s, u"信访投诉"_s, u"--date"_s, u"2026-07-02"_s });
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    REQUIRE(act("clerk", { u"submit"_s, u"--date"_s, u"2026-07-02"_s }).exitCode == 0);

    const QByteArray before = test::readBytes(db);
    r = act("clerk", { u"sign-off"_s, u"--date"_s, u"2026-07-03"_s }, kEnglish);
    INFO(show(r));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"needs the role Chief"));
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"pigeon"_s }, kEnglish);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"is not possible in that state"));
    r = act("clerk", { u"fly"_s });
    CHECK(r.exitCode == 2);
    CHECK(test::readBytes(db) == before);

    REQUIRE(act("chief", { u"sign-off"_s, u"--date"_s, u"2026-07-03"_s }).exitCode == 0);
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"ems"_s, u"--date"_s, u"2026-07-03"_s }, kEnglish);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"tracking_number"));
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"ems"_s, u"--tracking-number"_s, u"EA000000001CN"_s, u"--received"_s,
                          u"2026-07-06"_s, u"--date"_s, u"2026-07-03"_s });
    INFO(show(r));
    REQUIRE(r.exitCode == 0);

    r = runCli({ u"--db"_s, db, u"show"_s, number }, {}, kEnglish);
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Petition or complaint (Art. 39)"));
    CHECK(r.out.contains(u"EA000000001CN"));
    CHECK(r.out.contains(u"How the dates were reached:"));
    CHECK(r.out.contains(u"2026-07-29")); // the reply's due date
    CHECK(r.out.contains(u"The reconsideration period ended on 2026-09-04")); // received Jul 6, + 60 days
    CHECK(runCli({ u"--db"_s, db, u"verify"_s }).exitCode == 0);

    r = runCli({ u"--db"_s, db, u"act"_s, u"--help"_s }, {}, kEnglish);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"--tracking-number"));
}

TEST_CASE("ogi settings four-eyes is the administrator's", "[cli][workflow]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    test::ProcessResult r = runCli({ u"--db"_s, db, u"settings"_s }, {}, kEnglish);
    CHECK(r.out.contains(u"four-eyes: on"));
    CHECK(runCli({ u"--db"_s, db, u"settings"_s }).out.contains(u"双人复核：on"));
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"settings"_s, u"four-eyes"_s, u"off"_s }, {}, kEnglish);
    CHECK(r.exitCode == 1);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"settings"_s, u"four-eyes"_s, u"off"_s });
    CHECK(r.exitCode == 0);
    CHECK(runCli({ u"--db"_s, db, u"settings"_s }, {}, kEnglish).out.contains(u"four-eyes: off"));
}

TEST_CASE("ogi act: the receipt of a notice starts the applicant's period; a late supplement request is flagged",
    "[cli][workflow]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    const QString json = dir.filePath(u"app.json"_s);
    test::writeBytes(json, test::samplePersonJson(QDate(2026, 9, 22)));
    test::ProcessResult r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json });
    REQUIRE(r.exitCode == 0);
    const QString number = r.out.trimmed();
    auto act = [&](QStringList args) {
        return runCli(QStringList { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"act"_s, number } + args, {}, kEnglish);
    };
    // Art. 30: the notice was due by 2026-10-09 (7 working days after 09-22, 国庆 between); 10-10 is a
    // make-up working day, so 10-12 is two working days late.
    r = act({ u"request-supplement"_s, u"--items"_s, u"文号"_s, u"--days"_s, u"10"_s, u"--date"_s, u"2026-10-12"_s });
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Attention: The supplement notice went out on 2026-10-12, 2 working days after the 7 that "
                         u"Art. 30 allows (due 2026-10-09)."_s));
    r = act({ u"supplement-overdue"_s, u"--date"_s, u"2026-11-20"_s });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"received the supplement notice"_s));
    r = act({ u"notice-received"_s, u"--received"_s, u"2026-10-14"_s, u"--evidence"_s, u"邮件妥投查询"_s, u"--date"_s,
        u"2026-10-15"_s });
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    r = runCli({ u"--db"_s, db, u"show"_s, number }, {}, kEnglish);
    CHECK(r.out.contains(u"Applicant received the notice"_s));
    CHECK(r.out.contains(u"Postal tracking: delivered"_s));
    CHECK(r.out.contains(u"2026-10-28"_s)); // the applicant may supplement until then
    CHECK(act({ u"supplement-overdue"_s, u"--date"_s, u"2026-10-28"_s }).exitCode == 1);
    CHECK(act({ u"supplement-overdue"_s, u"--date"_s, u"2026-10-29"_s }).exitCode == 0);
    CHECK(runCli({ u"--db"_s, db, u"verify"_s }).exitCode == 0);
}
