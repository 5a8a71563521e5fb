// Who applies and for what, through the real `ogi` (issue 16 items 7, 15, 14).
#include "TestFiles.h"
#include "TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;
using test::runCli;

namespace {

const QDate kReceipt(2025, 6, 10);
const QStringList kEnglish { u"LANG=en_US.UTF-8"_s };

struct Register
{
    QTemporaryDir dir;
    QString db;

    Register()
    {
        REQUIRE(dir.isValid());
        db = test::newTestRegister(dir, u"ledger.db"_s);
        test::initRegisterWithUsers(db);
    }

    QStringList as(const QString& user) const { return { u"--db"_s, db, u"--user"_s, user }; }

    // `ogi add` of `application`; the case number.
    QString add(const QJsonObject& application)
    {
        const QString path = dir.filePath(u"app.json"_s);
        test::writeBytes(path, QJsonDocument(application).toJson());
        const ProcessResult r = runCli(as(u"clerk"_s) + QStringList { u"add"_s, u"--json"_s, path });
        INFO(test::describe(r));
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    }

    ProcessResult run(const QStringList& args, const QStringList& env = kEnglish) const
    {
        return runCli(QStringList { u"--db"_s, db } + args, {}, env);
    }
};

QJsonObject sample() { return QJsonDocument::fromJson(test::samplePersonJson(kReceipt)).object(); }

QJsonObject showJson(const Register& reg, const QString& number)
{
    const ProcessResult r = reg.run({ u"show"_s, number, u"--json"_s });
    INFO(test::describe(r));
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("ogi add registers an application without ID number or form, show names them, the supplement asks them",
    "[cli][elements]")
{
    Register reg;
    QJsonObject app = sample();
    QJsonObject applicant = app.value(u"applicant"_s).toObject();
    applicant.remove(u"id_number"_s);
    app[u"applicant"_s] = applicant;
    app.remove(u"requested_form"_s);
    app.remove(u"delivery_way"_s);
    const QString number = reg.add(app);
    CHECK(number == u"2025-0001");

    const ProcessResult shown = reg.run({ u"show"_s, number });
    INFO(test::describe(shown));
    CHECK(shown.out.contains(u"Missing from the application when received (Art. 29):"));
    CHECK(shown.out.contains(u"proof of identity"));
    CHECK(shown.out.contains(u"the form of the information and how to receive it"));
    CHECK(shown.out.contains(u"ogi act 2025-0001 request-supplement"));
    CHECK(shown.out.contains(u"Form: not stated"));

    const QJsonObject json = showJson(reg, number);
    const QJsonArray missing = json.value(u"missing_elements"_s).toArray();
    REQUIRE(missing.size() == 2);
    CHECK(missing.at(0).toObject().value(u"element"_s).toString() == u"identity");
    CHECK(missing.at(0).toObject().value(u"field"_s).toString() == u"applicants[0].id_number");
    CHECK(missing.at(1).toObject().value(u"element"_s).toString() == u"form");
    CHECK(json.value(u"requested_form"_s).isNull());

    // Without --items the notice names exactly those.
    const ProcessResult asked = reg.run({ u"--user"_s, u"clerk"_s, u"act"_s, number, u"request-supplement"_s,
        u"--days"_s, u"15"_s, u"--date"_s, kReceipt.addDays(1).toString(Qt::ISODate) });
    INFO(test::describe(asked));
    REQUIRE(asked.exitCode == 0);
    const QJsonArray events = showJson(reg, number).value(u"events"_s).toArray();
    CHECK(events.last().toObject().value(u"details"_s).toObject().value(u"items"_s).toString()
        == u"申请人的身份证明；申请公开的政府信息的形式要求，包括获取信息的方式、途径");
    CHECK(reg.run({ u"verify"_s }).exitCode == 0);
}

TEST_CASE(
    "ogi add still refuses an application from nobody who can be answered, and a wrong check digit", "[cli][elements]")
{
    Register reg;
    QJsonObject nobody = sample();
    nobody[u"applicant"_s] = QJsonObject { { u"kind"_s, u"person"_s } };
    nobody[u"delivery_way"_s] = u"pickup"_s;
    QJsonObject typo = sample();
    QJsonObject applicant = typo.value(u"applicant"_s).toObject();
    applicant[u"id_number"_s] = u"110105194912310020"_s;
    typo[u"applicant"_s] = applicant;
    for (const auto& [json, field] : { std::pair { nobody, u"applicant"_s }, std::pair { typo, u"id_number"_s } }) {
        const QString path = reg.dir.filePath(u"bad.json"_s);
        test::writeBytes(path, QJsonDocument(json).toJson());
        const ProcessResult r = runCli(reg.as(u"clerk"_s) + QStringList { u"add"_s, u"--json"_s, path }, {}, kEnglish);
        INFO(test::describe(r));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(field));
        CHECK(r.out.trimmed().isEmpty());
    }
    CHECK(QJsonDocument::fromJson(reg.run({ u"list"_s, u"--json"_s }).out.toUtf8()).array().isEmpty());
}

TEST_CASE("ogi add records co-applicants, a representative and an agent with the 委托书, show masks the agent's ID",
    "[cli][parties]")
{
    Register reg;
    QJsonObject app = sample();
    QJsonObject first = app.take(u"applicant"_s).toObject();
    QJsonObject second = first;
    second[u"name"_s] = u"李四"_s;
    second[u"id_number"_s] = u"110101199003074477"_s;
    second[u"representative"_s] = true;
    app[u"applicants"_s] = QJsonArray { first, second };
    app[u"agent"_s] = QJsonObject { { u"name"_s, u"王律师"_s }, { u"id_number"_s, u"11010519491231002X"_s },
        { u"phone"_s, u"13900001111"_s }, { u"address"_s, u"北京市东城区某律师事务所"_s } };
    const QString json = reg.dir.filePath(u"joint.json"_s);
    test::writeBytes(json, QJsonDocument(app).toJson());
    const QString letter = reg.dir.filePath(u"委托书.pdf"_s);
    test::writeBytes(letter, "%PDF-1.4 letter of authorisation");

    // A file that cannot be attached registers nothing; a kind that does not exist is a usage error.
    const QStringList add = reg.as(u"clerk"_s) + QStringList { u"add"_s, u"--json"_s, json, u"--attach"_s };
    const ProcessResult missing = runCli(add + QStringList { u"authorisation="_s + reg.dir.filePath(u"none.pdf"_s) });
    INFO(test::describe(missing));
    CHECK(missing.exitCode == 1);
    CHECK(runCli(add + QStringList { u"bogus="_s + letter }).exitCode == 2);
    CHECK(QJsonDocument::fromJson(reg.run({ u"list"_s, u"--json"_s }).out.toUtf8()).array().isEmpty());

    const ProcessResult added = runCli(add + QStringList { u"authorisation="_s + letter });
    INFO(test::describe(added));
    REQUIRE(added.exitCode == 0);
    const QString number = added.out.trimmed();
    const ProcessResult shown = reg.run({ u"show"_s, number });
    INFO(test::describe(shown));
    CHECK(shown.out.contains(u"Applicant: 张三 (Natural person)"));
    CHECK(shown.out.contains(u"Applicant: 李四 (Natural person), representative of the applicants"));
    CHECK(shown.out.contains(u"Authorised agent: 王律师"));
    CHECK(shown.out.contains(u"110105********002X"));
    CHECK_FALSE(shown.out.contains(u"11010519491231002X"));
    CHECK(shown.out.contains(u"Letter of authorisation (委托书): attached"));
    CHECK(shown.out.contains(u"Notices are addressed to: 李四（委托代理人：王律师）"));
    CHECK(shown.out.contains(u"委托书.pdf  Letter of authorisation"));

    const QJsonObject shownJson = showJson(reg, number);
    CHECK(shownJson[u"agent"_s].toObject()[u"id_number"_s].toString() == u"110105********002X");
    CHECK(shownJson[u"applicants"_s].toArray()[1].toObject()[u"representative"_s].toBool());
    CHECK(reg.run({ u"verify"_s }).exitCode == 0);
}

TEST_CASE("ogi add registers a correction request with its evidence, it has its own steps and no statutory period",
    "[cli][correction]")
{
    Register reg;
    QJsonObject app = sample();
    app[u"kind"_s] = u"correction"_s;
    app[u"description"_s] = u"贵局公布的低保名单中本人出生日期有误，应为1949年12月31日"_s;
    app.remove(u"requested_form"_s);
    const QString json = reg.dir.filePath(u"correction.json"_s);
    test::writeBytes(json, QJsonDocument(app).toJson());
    const QString evidence = reg.dir.filePath(u"户籍证明.pdf"_s);
    test::writeBytes(evidence, "%PDF-1.4 evidence");
    const ProcessResult added = runCli(
        reg.as(u"clerk"_s) + QStringList { u"add"_s, u"--json"_s, json, u"--attach"_s, u"evidence="_s + evidence });
    INFO(test::describe(added));
    REQUIRE(added.exitCode == 0);
    const QString number = added.out.trimmed();
    CHECK(number == u"2025-0001");
    CHECK(reg.add(sample()) == u"2025-0002"); // the same sequence

    const ProcessResult shown = reg.run({ u"show"_s, number });
    INFO(test::describe(shown));
    CHECK(shown.out.contains(u"Kind: Request to correct a record (Art. 41)"));
    CHECK(shown.out.contains(u"not counted in the annual report's section 三"));
    CHECK(shown.out.contains(u"No statutory period"));
    CHECK_FALSE(shown.out.contains(u"Missing from the application"));
    CHECK(shown.out.contains(u"户籍证明.pdf  Evidence"));
    CHECK(showJson(reg, number)[u"kind"_s].toString() == u"correction");

    const ProcessResult deadline = reg.run({ u"deadline"_s, number, u"--json"_s });
    INFO(test::describe(deadline));
    const QJsonObject d = QJsonDocument::fromJson(deadline.out.toUtf8()).object();
    CHECK(d[u"statutory_period"_s].toBool() == false);
    CHECK_FALSE(d.contains(u"due"_s));
    CHECK_FALSE(reg.run({ u"due"_s }).out.contains(number));
    CHECK(reg.run({ u"list"_s }).out.contains(u"[correction]"));

    const QStringList act { u"--user"_s, u"clerk"_s, u"act"_s, number };
    const ProcessResult accept = reg.run(act + QStringList { u"accept"_s });
    INFO(test::describe(accept));
    CHECK(accept.exitCode == 1);
    CHECK(accept.err.contains(u"is not a step of case 2025-0001"));
    REQUIRE(reg.run(act + QStringList { u"verify"_s, u"--finding"_s, u"inaccurate"_s, u"--date"_s, u"2025-06-11"_s })
                .exitCode
        == 0);
    const ProcessResult refer = reg.run(act + QStringList { u"refer"_s, u"--agency"_s, u"某某区民政局"_s });
    CHECK(refer.exitCode == 1); // the record was found inaccurate: correct it, not refer it
    CHECK(refer.err.contains(u"Art. 41"));
    const ProcessResult corrected = reg.run(act + QStringList { u"correct"_s, u"--correction"_s, u"出生日期已更正"_s });
    INFO(test::describe(corrected));
    CHECK(corrected.exitCode == 0);
    CHECK(corrected.out.contains(u"No statutory period"));
    CHECK(reg.run({ u"verify"_s }).exitCode == 0);
}
