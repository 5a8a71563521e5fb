// Co-applicants and agents (issue 16 item 15): who a notice is addressed to and where it goes,
// the JSON form, and the rules for a representative and an agent.

#include "TestFiles.h"

#include "Error.h"
#include "register/ApplicationJson.h"
#include "register/ApplicationParties.h"
#include "register/ApplicationValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QDate kToday(2026, 3, 10);

Applicant person(const QString& name, const QString& address = {})
{
    Applicant a = test::samplePersonApplication().applicants.front();
    a.name = name;
    if (!address.isEmpty())
        a.address = address;
    return a;
}

Agent lawyer()
{
    Agent a;
    a.name = u"王律师"_s;
    a.idNumber = u"110101199003074477"_s;
    a.phone = u"13900001111"_s;
    a.address = u"北京市东城区某律师事务所"_s;
    a.postcode = u"100010"_s;
    a.email = u"wang@example.cn"_s;
    return a;
}

QStringList fieldsOf(const QList<FieldIssue>& issues)
{
    QStringList fields;
    for (const FieldIssue& issue : issues)
        fields << issue.field;
    return fields;
}

struct AddresseeRow
{
    const char* what;
    QList<Applicant> applicants;
    int representative; // index, -1: none
    bool agent;
    QString addressee;
    QString address; // where the reply goes
};

} // namespace

TEST_CASE("notices address every co-applicant, or the representative, care of an agent", "[parties]")
{
    const QString home = u"北京市西城区西长安街1号"_s;
    const QString firm = u"北京市东城区某律师事务所"_s;
    const std::vector<AddresseeRow> rows = {
        { "one applicant", { person(u"张三"_s) }, -1, false, u"张三"_s, home },
        { "co-applicants, no representative",
            { person(u"张三"_s), person(u"李四"_s, u"上海市某路2号"_s), person(u"王五"_s) }, -1, false,
            u"张三、李四、王五"_s, home },
        { "the second is the representative", { person(u"张三"_s), person(u"李四"_s, u"上海市某路2号"_s) }, 1, false,
            u"李四"_s, u"上海市某路2号"_s },
        { "one applicant with an agent", { person(u"张三"_s) }, -1, true, u"张三（委托代理人：王律师）"_s, firm },
        { "co-applicants with an agent", { person(u"张三"_s), person(u"李四"_s) }, -1, true,
            u"张三、李四（委托代理人：王律师）"_s, firm },
        { "representative with an agent", { person(u"张三"_s), person(u"李四"_s) }, 0, true,
            u"张三（委托代理人：王律师）"_s, firm },
    };
    for (const AddresseeRow& row : rows) {
        INFO(row.what);
        Application app = test::samplePersonApplication();
        app.applicants = row.applicants;
        if (row.representative >= 0)
            app.applicants[row.representative].representative = true;
        if (row.agent)
            app.agent = lawyer();
        CHECK(validateApplication(app, kToday).isEmpty());
        CHECK(noticeAddressee(app) == row.addressee);
        CHECK(replyAddress(app).address == row.address);
        CHECK(replyAddress(app).email == (row.agent ? u"wang@example.cn"_s : QString()));
    }

    // An agent who gave no address: the reply goes to the applicant's.
    Application app = test::samplePersonApplication();
    Agent noAddress = lawyer();
    noAddress.address.clear();
    noAddress.postcode.clear();
    app.agent = noAddress;
    CHECK(replyAddress(app).address == home);
    CHECK(replyAddress(app).postcode == u"100032");
}

struct RuleRow
{
    const char* what;
    std::function<void(Application&)> change;
    QString field; // empty: accepted
};

TEST_CASE("one representative among several, an agent is named and what is given is right", "[parties][validation]")
{
    const std::vector<RuleRow> rows = {
        { "representative among two",
            [](Application& a) {
                a.applicants << person(u"李四"_s);
                a.applicants[1].representative = true;
            },
            {} },
        { "representative of one applicant alone", [](Application& a) { a.applicants[0].representative = true; },
            u"applicants[0].representative"_s },
        { "two representatives",
            [](Application& a) {
                a.applicants << person(u"李四"_s);
                a.applicants[0].representative = true;
                a.applicants[1].representative = true;
            },
            u"applicants[1].representative"_s },
        { "agent without a name",
            [](Application& a) {
                a.agent = lawyer();
                a.agent->name.clear();
            },
            u"agent.name"_s },
        { "agent with a wrong check digit",
            [](Application& a) {
                a.agent = lawyer();
                a.agent->idNumber = u"110101199003074478"_s;
            },
            u"agent.id_number"_s },
        { "agent with a bad email",
            [](Application& a) {
                a.agent = lawyer();
                a.agent->email = u"wang.example.cn"_s;
            },
            u"agent.email"_s },
        { "agent with a passport number is not check-digit tested",
            [](Application& a) {
                a.agent = lawyer();
                a.agent->idType = IdDocumentType::Passport;
                a.agent->idNumber = u"E12345678"_s;
            },
            {} },
        { "agent without ID number: recorded, the 委托书 says who",
            [](Application& a) {
                a.agent = lawyer();
                a.agent->idNumber.clear();
            },
            {} },
    };
    for (const RuleRow& row : rows) {
        INFO(row.what);
        Application app = test::samplePersonApplication();
        row.change(app);
        const QStringList fields = fieldsOf(validateApplication(app, kToday));
        INFO(fields.join(u", "_s).toStdString());
        if (row.field.isEmpty())
            CHECK(fields.isEmpty());
        else
            CHECK(fields == QStringList { row.field });
    }
}

TEST_CASE(
    "the JSON form carries co-applicants, a representative and an agent, the agent's ID masked", "[parties][json]")
{
    QJsonObject o = QJsonDocument::fromJson(test::samplePersonJson()).object();
    QJsonObject first = o.take(u"applicant"_s).toObject();
    QJsonObject second = first;
    second[u"name"_s] = u"李四"_s;
    second[u"id_number"_s] = u"110101199003074477"_s;
    second[u"representative"_s] = true;
    o[u"applicants"_s] = QJsonArray { first, second };
    o[u"agent"_s] = QJsonObject { { u"name"_s, u"王律师"_s }, { u"id_type"_s, u"居民身份证"_s },
        { u"id_number"_s, u"11010519491231002X"_s }, { u"phone"_s, u"13900001111"_s } };
    const Application app = applicationFromJson(QJsonDocument(o).toJson());
    REQUIRE(app.applicants.size() == 2);
    CHECK_FALSE(app.applicants[0].representative);
    CHECK(app.applicants[1].representative);
    REQUIRE(app.agent);
    CHECK(app.agent->name == u"王律师");
    CHECK(app.agent->idType == IdDocumentType::ResidentId);
    CHECK(app.agent->idNumber == u"11010519491231002X");

    CaseRecord record;
    record.caseNumber = u"2026-0001"_s;
    record.application = app;
    const QJsonObject shown = caseToJson(record, {});
    CHECK(shown[u"agent"_s].toObject()[u"id_number"_s].toString() == u"110105********002X");
    CHECK(caseToJson(record, {}, true)[u"agent"_s].toObject()[u"id_number"_s].toString() == u"11010519491231002X");
    CHECK(shown[u"applicants"_s].toArray()[1].toObject()[u"representative"_s].toBool());

    // A typo inside the agent is named there; a representative must be true or false.
    QJsonObject typo = o;
    typo[u"agent"_s] = QJsonObject { { u"name"_s, u"王律师"_s }, { u"phon"_s, u"1390000"_s } };
    try {
        applicationFromJson(QJsonDocument(typo).toJson());
        FAIL("accepted an unknown field of the agent");
    } catch (const Error& error) {
        CHECK(fieldsOf(error.issues()) == QStringList { u"agent.phon"_s });
    }
    QJsonObject notBool = o;
    second[u"representative"_s] = u"yes"_s;
    notBool[u"applicants"_s] = QJsonArray { first, second };
    CHECK_THROWS_AS(applicationFromJson(QJsonDocument(notBool).toJson()), Error);
}
