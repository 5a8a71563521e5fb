// `ogi act`, `ogi show` with the deadline explanation, and `ogi settings`, end to end.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

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

TEST_CASE("ogi act moves a case, and refusals exit 1 and write nothing", "[cli][workflow]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
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

    const QByteArray before = test::storedContents(db);
    r = act("clerk", { u"sign-off"_s, u"--date"_s, u"2026-07-03"_s }, kEnglish);
    INFO(show(r));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"needs the role Chief"));
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"pigeon"_s }, kEnglish);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"is not possible in that state"));
    r = act("clerk", { u"fly"_s });
    CHECK(r.exitCode == 2);
    CHECK(test::storedContents(db) == before);

    REQUIRE(act("chief", { u"sign-off"_s, u"--date"_s, u"2026-07-03"_s }).exitCode == 0);
    // Signed off is not yet replied: the reply goes out in writing, as an issued notice.
    const QByteArray signedOff = test::storedContents(db);
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"in_person"_s, u"--date"_s, u"2026-07-03"_s }, kEnglish);
    INFO(show(r));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Issue the reply notice first"));
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"in_person"_s, u"--date"_s, u"2026-07-03"_s });
    CHECK(r.err.contains(u"出具"));
    CHECK(test::storedContents(db) == signedOff);
    REQUIRE(runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"settings"_s, u"agency"_s, u"--name"_s,
                u"某某区人民政府办公室"_s, u"--pattern"_s, u"某政公开〔{year}〕第{n}号"_s, u"--reconsideration-body"_s,
                u"某某区人民政府"_s, u"--court"_s, u"某某区人民法院"_s, u"--contact"_s, u"电话：010-12345678"_s })
                .exitCode
        == 0);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"notice"_s, number, u"reply_petition"_s, u"--set"_s,
        u"petition_matter=对某某单位工作人员的投诉"_s, u"--set"_s, u"proper_channel=向某某区信访局反映"_s, u"--date"_s,
        u"2026-07-03"_s });
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"ems"_s, u"--date"_s, u"2026-07-03"_s }, kEnglish);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"tracking number"));
    r = act("clerk", { u"deliver"_s, u"--method"_s, u"ems"_s, u"--tracking-number"_s, u"EA000000001CN"_s, u"--received"_s,
                          u"2026-07-06"_s, u"--proof"_s, u"postal_tracking"_s, u"--date"_s, u"2026-07-03"_s });
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
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
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

TEST_CASE("ogi act: the receipt of a notice starts the applicant's period, a late supplement request is flagged",
    "[cli][workflow]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
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
    r = act({ u"notice-received"_s, u"--received"_s, u"2026-10-14"_s, u"--evidence"_s, u"邮件妥投查询记录"_s, u"--date"_s,
        u"2026-10-15"_s });
    INFO(show(r));
    REQUIRE(r.exitCode == 0);
    r = runCli({ u"--db"_s, db, u"show"_s, number }, {}, kEnglish);
    CHECK(r.out.contains(u"Applicant received the notice"_s));
    CHECK(r.out.contains(u"Postal tracking shows it delivered"_s));
    CHECK(r.out.contains(u"2026-10-28"_s)); // the applicant may supplement until then
    CHECK(act({ u"supplement-overdue"_s, u"--date"_s, u"2026-10-28"_s }).exitCode == 1);
    CHECK(act({ u"supplement-overdue"_s, u"--date"_s, u"2026-10-29"_s }).exitCode == 0);
    CHECK(runCli({ u"--db"_s, db, u"verify"_s }).exitCode == 0);
}

TEST_CASE("ogi show gives only the remedies the reply's notice names", "[cli][workflow][remedies]")
{
    test::WorkflowFixture f;
    const auto replied = [&f](const char* replyType, const char* review) {
        const QString number = f.assignedCase();
        f.act(f.clerk, number, "submit_review", "2026-07-03");
        QJsonObject p { { u"result"_s, QLatin1String(review) } };
        if (QLatin1String(review) != u"pass")
            p = { { u"result"_s, QLatin1String(review) }, { u"article"_s, u"art15_third_party"_s },
                { u"basis"_s, u"《条例》第十五条"_s } };
        f.act(f.reviewer, number, "review", "2026-07-03", p);
        f.act(f.clerk, number, "draft", "2026-07-06", { { u"reply_type"_s, QLatin1String(replyType) } });
        f.act(f.clerk, number, "submit", "2026-07-06");
        f.act(f.chief, number, "sign_off", "2026-07-07");
        f.issueReply(number, "2026-07-08");
        f.act(f.clerk, number, "deliver", "2026-07-08",
            { { u"method"_s, u"in_person"_s }, { u"received"_s, u"2026-07-08"_s }, { u"proof"_s, u"service_record"_s } });
        return number;
    };
    const QString disclosed = replied("disclose", "pass");
    const QString withheld = replied("withhold", "withhold");
    const QString partly = replied("partly_disclose", "partial");
    const QString db = f.location;
    auto remediesShown = [&](const QString& number) {
        const test::ProcessResult r = runCli({ u"--db"_s, db, u"show"_s, number }, {}, kEnglish);
        INFO(show(r));
        REQUIRE(r.exitCode == 0);
        return r.out.mid(r.out.indexOf(u"Remedies:"));
    };
    // Jul 8 + 60 days = Sep 6 (a Sunday): Sep 7; + 6 months = Jan 8 2027.
    QString remedies = remediesShown(disclosed);
    CHECK(remedies.contains(u"2026-09-07"));
    CHECK(remedies.contains(u"2027-01-08"));
    CHECK_FALSE(remedies.contains(u"Reconsideration first"));
    for (const QString& number : { withheld, partly }) {
        INFO(number.toStdString());
        remedies = remediesShown(number);
        CHECK(remedies.contains(u"2026-09-07"));
        CHECK_FALSE(remedies.contains(u"2027-01-08")); // no direct lawsuit against a refusal
        CHECK(remedies.contains(u"Reconsideration first"));
    }
    // The reconsideration decided on Sep 14: a lawsuit within 15 days, until Sep 29.
    f.act(f.clerk, withheld, "remedy", "2026-08-03",
        { { u"kind"_s, u"reconsideration"_s }, { u"filed"_s, u"2026-08-03"_s }, { u"body"_s, u"某某区人民政府"_s } });
    CHECK_FALSE(remediesShown(withheld).contains(u"2026-09-07"));
    f.act(f.chief, withheld, "remedy", "2026-09-15", { { u"remedy_id"_s, 1 }, { u"result"_s, u"upheld"_s }, { u"concluded"_s, u"2026-09-14"_s } });
    remedies = remediesShown(withheld);
    CHECK(remedies.contains(u"reconsideration decision"));
    CHECK(remedies.contains(u"2026-09-29"));
}
