// validateApplication: one defect at a time must be named by its field; applicationFromJson:
// the JSON reader's refusals and conveniences.

#include "TestFiles.h"

#include "Error.h"
#include "register/ApplicationJson.h"
#include "register/ApplicationValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QDate kToday(2026, 3, 10);

std::string str(const QString& s)
{
    return s.toStdString();
}

std::string describeIssues(const QList<FieldIssue>& issues)
{
    std::string text;
    for (const FieldIssue& issue : issues)
        text += str(issue.field) + ": " + str(issue.message) + "\n";
    return text;
}

QStringList fieldsOf(const QList<FieldIssue>& issues)
{
    QStringList fields;
    for (const FieldIssue& issue : issues)
        fields << issue.field;
    return fields;
}

// A valid organisation applicant (real, published credit code).
Applicant organisation()
{
    Applicant a;
    a.kind = ApplicantKind::Organisation;
    a.organisationType = OrganisationType::Commercial;
    a.name = u"某某科技有限公司"_s;
    a.creditCode = u"91330100716105852F"_s;
    a.legalRepresentative = u"王五"_s;
    a.contactPerson = u"赵六"_s;
    a.phone = u"0571-85022088"_s;
    a.address = u"浙江省杭州市西湖区文三路1号"_s;
    return a;
}

struct DefectRow
{
    const char* what;
    std::function<void(Application&)> defect;
    QString field; // must be named
    QStringList alsoAllowed; // other fields the same defect may reasonably name
};

} // namespace

TEST_CASE("a valid application has no issues", "[validation][application]")
{
    const Application person = test::samplePersonApplication(QDate(2026, 3, 4));
    INFO(describeIssues(validateApplication(person, kToday)));
    CHECK(validateApplication(person, kToday).isEmpty());

    Application org = person;
    org.applicants = { organisation() };
    INFO(describeIssues(validateApplication(org, kToday)));
    CHECK(validateApplication(org, kToday).isEmpty());

    // In person, the receipt day is the submission day (Art. 31).
    Application inPerson = person;
    inPerson.channel = Channel::InPerson;
    inPerson.submittedDate = QDate(2026, 3, 10);
    inPerson.receiptDate = QDate(2026, 3, 10);
    CHECK(validateApplication(inPerson, kToday).isEmpty());

    // A passport number is not checked as a resident ID number.
    Application passport = person;
    passport.applicants[0].idType = IdDocumentType::Passport;
    passport.applicants[0].idNumber = u"E12345678"_s;
    CHECK(validateApplication(passport, kToday).isEmpty());
}

TEST_CASE("each defect of an application is named by its field", "[validation][application]")
{
    // What an application may lack and still be registered (ID number, contact, description,
    // form) is in ApplicationElementsTest: it is asked for, not refused (Art. 30, 31).
    const std::vector<DefectRow> rows = {
        { "neither a name nor a way to reach the applicant",
            [](Application& a) {
                a.deliveryWay = DeliveryWay::Pickup;
                a.applicants[0].name = u"  "_s;
                a.applicants[0].phone.clear();
                a.applicants[0].email.clear();
                a.applicants[0].address.clear();
                a.applicants[0].postcode.clear();
            },
            u"applicants[0].name"_s, {} },
        { "bad ID check digit", [](Application& a) { a.applicants[0].idNumber = u"110105194912310020"_s; },
            u"applicants[0].id_number"_s, {} },
        { "ID number of a person born tomorrow",
            [](Application& a) { a.applicants[0].idNumber = u"110105202603110013"_s; }, u"applicants[0].id_number"_s,
            {} },
        { "submission date in the future",
            [](Application& a) {
                a.submittedDate = kToday.addDays(1);
                a.receiptDate = kToday.addDays(1);
            },
            u"submitted_date"_s, { u"receipt_date"_s } },
        { "receipt date in the future", [](Application& a) { a.receiptDate = kToday.addDays(1); }, u"receipt_date"_s,
            {} },
        { "no submission date", [](Application& a) { a.submittedDate = QDate(); }, u"submitted_date"_s, {} },
        { "receipt before submission",
            [](Application& a) {
                a.submittedDate = QDate(2026, 3, 4);
                a.receiptDate = QDate(2026, 3, 3);
            },
            u"receipt_date"_s, {} },
        { "in person, receipt day is not the submission day (Art. 31)",
            [](Application& a) {
                a.channel = Channel::InPerson;
                a.submittedDate = QDate(2026, 3, 2);
                a.receiptDate = QDate(2026, 3, 4);
            },
            u"receipt_date"_s, {} },
        { "organisation with a mistyped credit code",
            [](Application& a) {
                a.applicants = { organisation() };
                a.applicants[0].creditCode = u"91330100716105852E"_s;
            },
            u"applicants[0].credit_code"_s, {} },
        { "second applicant with a bad ID number",
            [](Application& a) {
                Applicant second = a.applicants[0];
                second.idNumber = u"110101199003074478"_s;
                a.applicants << second;
            },
            u"applicants[1].id_number"_s, {} },
        { "phone with letters", [](Application& a) { a.applicants[0].phone = u"1381234abcd"_s; },
            u"applicants[0].phone"_s, {} },
        { "bad email", [](Application& a) { a.applicants[0].email = u"zhangsan.example.cn"_s; },
            u"applicants[0].email"_s, {} },
        { "bad postcode", [](Application& a) { a.applicants[0].postcode = u"10003"_s; }, u"applicants[0].postcode"_s,
            {} },
        { "no applicants", [](Application& a) { a.applicants.clear(); }, u"applicant"_s, {} },
    };
    for (const DefectRow& row : rows) {
        Application app = test::samplePersonApplication(QDate(2026, 3, 4));
        row.defect(app);
        const QList<FieldIssue> issues = validateApplication(app, kToday);
        INFO(row.what);
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues).contains(row.field));
        for (const FieldIssue& issue : issues) {
            INFO("unexpected field " << str(issue.field));
            CHECK((issue.field == row.field || row.alsoAllowed.contains(issue.field)));
            CHECK_FALSE(issue.message.trimmed().isEmpty());
        }
    }
}

TEST_CASE("the future-date message names the date", "[validation][application]")
{
    Application app = test::samplePersonApplication(QDate(2026, 3, 4));
    app.receiptDate = QDate(2026, 3, 11);
    const QList<FieldIssue> issues = validateApplication(app, kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().field == u"receipt_date");
    CHECK(issues.front().message.contains(u"2026-03-11"));
}

// ---- applicationFromJson ---------------------------------------------------------------

namespace {

QJsonObject baseJson()
{
    const QJsonDocument doc = QJsonDocument::fromJson(test::samplePersonJson(QDate(2026, 3, 4)));
    REQUIRE(doc.isObject());
    return doc.object();
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The FieldIssues of the Error applicationFromJson throws for `json` (fails if none is thrown).
QList<FieldIssue> jsonIssues(const QByteArray& json)
{
    try {
        applicationFromJson(json);
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(error.message().isEmpty());
        return error.issues();
    }
    FAIL("no error for " << json.toStdString());
    return {};
}

} // namespace

TEST_CASE("the sample JSON reads back as the sample application", "[json]")
{
    const Application app = applicationFromJson(test::samplePersonJson(QDate(2026, 3, 4)));
    REQUIRE(app.applicants.size() == 1);
    CHECK(app.applicants[0].kind == ApplicantKind::Person);
    CHECK(app.applicants[0].name == u"张三");
    CHECK(app.applicants[0].idNumber == u"11010519491231002X");
    CHECK(app.applicants[0].postcode == u"100032");
    CHECK(app.channel == Channel::Post);
    CHECK(app.submittedDate == QDate(2026, 3, 2));
    CHECK(app.receiptDate == QDate(2026, 3, 4));
    CHECK(app.deliveryWay == DeliveryWay::Post);
    CHECK(app.requestedForm == RequestedForm::Paper);
    CHECK(validateApplication(app, kToday).isEmpty());
}

TEST_CASE("text that is not JSON is refused with the character position", "[json]")
{
    // The error sits at character 27 or 28 (the missing colon after "channel").
    const QByteArray json = R"({"description": "x", "channel" "post"})";
    try {
        applicationFromJson(json);
        FAIL("accepted text that is not JSON");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        INFO(str(error.message()));
        static const QRegularExpression number(u"\\d+"_s);
        bool positionNamed = false;
        for (auto it = number.globalMatch(error.message()); it.hasNext();) {
            const int n = it.next().captured().toInt();
            positionNamed = positionNamed || (n >= 20 && n <= 32);
        }
        CHECK(positionNamed);
    }
    CHECK_THROWS_AS(applicationFromJson(QByteArray()), Error);
    CHECK_THROWS_AS(applicationFromJson("name: 张三"), Error);
}

TEST_CASE("a JSON array instead of an object is refused", "[json]")
{
    const QByteArray wrapped = QByteArray(QByteArray("[") + bytes(baseJson()) + QByteArray("]"));
    const QList<QByteArray> documents = { QByteArray("[]"), wrapped, QByteArray("\"x\"") };
    for (const QByteArray& json : documents) {
        INFO(json.toStdString());
        try {
            applicationFromJson(json);
            FAIL("accepted something other than an object");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(error.message().isEmpty());
        }
    }
}

TEST_CASE("fields of the wrong type are named", "[json]")
{
    {
        QJsonObject o = baseJson();
        QJsonObject applicant = o[u"applicant"_s].toObject();
        applicant[u"name"_s] = 5;
        o[u"applicant"_s] = applicant;
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues) == QStringList { u"applicant.name"_s });
    }
    {
        QJsonObject o = baseJson();
        o[u"description"_s] = QJsonArray { u"a"_s };
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues) == QStringList { u"description"_s });
    }
    {
        QJsonObject o = baseJson();
        o[u"submitted_date"_s] = 20260302;
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues) == QStringList { u"submitted_date"_s });
    }
    {
        QJsonObject o = baseJson();
        o[u"applicant"_s] = u"张三"_s;
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues).contains(u"applicant"_s));
    }
    {
        QJsonObject o = baseJson();
        o[u"channel"_s] = u"pigeon"_s;
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        REQUIRE(fieldsOf(issues) == QStringList { u"channel"_s });
        CHECK(issues.front().message.contains(u"pigeon"));
    }
}

TEST_CASE("unknown field names are refused, at the top level and inside an applicant", "[json]")
{
    {
        QJsonObject o = baseJson();
        o[u"recieved"_s] = u"2026-03-04"_s; // a typo must not be ignored silently
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues) == QStringList { u"recieved"_s });
    }
    {
        QJsonObject o = baseJson();
        QJsonObject applicant = o[u"applicant"_s].toObject();
        applicant[u"foo"_s] = u"bar"_s;
        o[u"applicant"_s] = applicant;
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues) == QStringList { u"applicant.foo"_s });
    }
    {
        // A person's field on an organisation is unknown there.
        QJsonObject o = baseJson();
        o[u"applicant"_s] = QJsonObject { { u"kind"_s, u"organisation"_s }, { u"org_type"_s, u"commercial"_s },
            { u"name"_s, u"某某公司"_s }, { u"credit_code"_s, u"91330100716105852F"_s },
            { u"id_number"_s, u"11010519491231002X"_s }, { u"address"_s, u"杭州"_s } };
        const QList<FieldIssue> issues = jsonIssues(bytes(o));
        INFO(describeIssues(issues));
        CHECK(fieldsOf(issues).contains(u"applicant.id_number"_s));
    }
}

TEST_CASE("Chinese terms are accepted for controlled values", "[json]")
{
    QJsonObject o = baseJson();
    o[u"channel"_s] = u"邮寄"_s;
    CHECK(applicationFromJson(bytes(o)).channel == Channel::Post);
    o[u"channel"_s] = u"电子邮件"_s;
    CHECK(applicationFromJson(bytes(o)).channel == Channel::Email);
    o[u"channel"_s] = u"传真"_s;
    CHECK(applicationFromJson(bytes(o)).channel == Channel::Fax);

    QJsonObject org = baseJson();
    org[u"applicant"_s] = QJsonObject { { u"kind"_s, u"法人或其他组织"_s }, { u"org_type"_s, u"科研机构"_s },
        { u"name"_s, u"某某研究所"_s }, { u"credit_code"_s, u"91330100716105852F"_s }, { u"address"_s, u"杭州"_s } };
    const Application app = applicationFromJson(bytes(org));
    REQUIRE(app.applicants.size() == 1);
    CHECK(app.applicants[0].kind == ApplicantKind::Organisation);
    CHECK(app.applicants[0].organisationType == OrganisationType::Research);
    CHECK(app.applicants[0].creditCode == u"91330100716105852F");
}

TEST_CASE("an applicants list of two is read in order", "[json]")
{
    QJsonObject o = baseJson();
    QJsonObject first = o.take(u"applicant"_s).toObject();
    QJsonObject second = first;
    second[u"name"_s] = u"李四"_s;
    second[u"id_number"_s] = u"110101199003074477"_s;
    o[u"applicants"_s] = QJsonArray { first, second };
    const Application app = applicationFromJson(bytes(o));
    REQUIRE(app.applicants.size() == 2);
    CHECK(app.applicants[0].name == u"张三");
    CHECK(app.applicants[1].name == u"李四");
    CHECK(app.applicants[1].idNumber == u"110101199003074477");

    // A problem in the second one is named with its index.
    second[u"bogus"_s] = 1;
    o[u"applicants"_s] = QJsonArray { first, second };
    const QList<FieldIssue> issues = jsonIssues(bytes(o));
    INFO(describeIssues(issues));
    CHECK(fieldsOf(issues) == QStringList { u"applicants[1].bogus"_s });
}

TEST_CASE("in person, the receipt date defaults to the submission date", "[json]")
{
    QJsonObject o = baseJson();
    o[u"channel"_s] = u"in_person"_s;
    o[u"submitted_date"_s] = u"2026-03-02"_s;
    o.remove(u"receipt_date"_s);
    const Application app = applicationFromJson(bytes(o));
    CHECK(app.channel == Channel::InPerson);
    CHECK(app.receiptDate == QDate(2026, 3, 2));

    o[u"channel"_s] = u"当面"_s;
    CHECK(applicationFromJson(bytes(o)).receiptDate == QDate(2026, 3, 2));

    // By post the receipt date is the day the office signed for it: never guessed.
    o[u"channel"_s] = u"post"_s;
    const Application posted = applicationFromJson(bytes(o));
    CHECK_FALSE(posted.receiptDate.isValid());
    CHECK(fieldsOf(validateApplication(posted, kToday)).contains(u"receipt_date"_s));
}

TEST_CASE("an impossible date is refused and named", "[json]")
{
    QJsonObject o = baseJson();
    o[u"submitted_date"_s] = u"2026-02-30"_s;
    QList<FieldIssue> issues = jsonIssues(bytes(o));
    INFO(describeIssues(issues));
    REQUIRE(fieldsOf(issues) == QStringList { u"submitted_date"_s });
    CHECK(issues.front().message.contains(u"2026-02-30"));

    o = baseJson();
    o[u"receipt_date"_s] = u"04/03/2026"_s;
    issues = jsonIssues(bytes(o));
    CHECK(fieldsOf(issues) == QStringList { u"receipt_date"_s });
}
