// Incomplete applications (issue 16 item 7): what Art. 29 asks for but an application lacks is
// registered and asked for (Art. 30, 31); what is not an application at all, and a value given
// wrongly, is refused.

#include "TestFiles.h"

#include "register/ApplicationElements.h"
#include "register/ApplicationValidator.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ogi;
using E = ApplicationElement;

namespace {

const QDate kToday(2026, 3, 10);

std::string str(const QString& s) { return s.toStdString(); }

std::string describe(const QList<FieldIssue>& issues)
{
    std::string text;
    for (const FieldIssue& issue : issues)
        text += str(issue.field) + ": " + str(issue.message) + "\n";
    return text;
}

Application sample() { return test::samplePersonApplication(QDate(2026, 3, 4)); }

// A 村民小组: an organisation of the kind 其他, which has no unified social credit code.
Applicant villagersGroup()
{
    Applicant a;
    a.kind = ApplicantKind::Organisation;
    a.organisationType = OrganisationType::Other;
    a.name = u"某某村第三村民小组"_s;
    a.contactPerson = u"王组长"_s;
    a.phone = u"13912345678"_s;
    a.address = u"某某县某某镇某某村"_s;
    return a;
}

struct IncompleteRow
{
    const char* what;
    std::function<void(Application&)> change;
    QList<MissingElement> missing; // exactly these, in this order
    QString itemsContain; // the supplement text names it in Art. 29's words
};

} // namespace

TEST_CASE(
    "an application lacking Art. 29 elements is registrable, and names exactly what it lacks", "[validation][elements]")
{
    const std::vector<IncompleteRow> rows = {
        { "complete", [](Application&) {}, {}, {} },
        { "person without ID number", [](Application& a) { a.applicants[0].idNumber.clear(); },
            { { E::IdentityProof, 0 } }, u"申请人的身份证明"_s },
        { "村民小组 without credit code", [](Application& a) { a.applicants = { villagersGroup() }; },
            { { E::IdentityProof, 0 } }, u"申请人的身份证明"_s },
        { "name but no way to reach the applicant, reply collected",
            [](Application& a) {
                a.deliveryWay = DeliveryWay::Pickup;
                a.applicants[0].phone.clear();
                a.applicants[0].address.clear();
                a.applicants[0].postcode.clear();
            },
            { { E::Contact, 0 } }, u"申请人的联系方式"_s },
        { "a phone but no name", [](Application& a) { a.applicants[0].name.clear(); }, { { E::ApplicantName, 0 } },
            u"申请人的姓名或者名称"_s },
        { "reply by post without an address",
            [](Application& a) {
                a.applicants[0].address.clear();
                a.applicants[0].postcode.clear();
            },
            { { E::PostalAddress, -1 } }, u"邮寄地址"_s },
        { "reply by email without an email address", [](Application& a) { a.deliveryWay = DeliveryWay::Email; },
            { { E::EmailAddress, -1 } }, u"电子邮箱"_s },
        { "no description of the information", [](Application& a) { a.description = u"  "_s; },
            { { E::Description, -1 } }, u"申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述"_s },
        { "form not stated", [](Application& a) { a.requestedForm.reset(); }, { { E::FormAndWay, -1 } },
            u"申请公开的政府信息的形式要求，包括获取信息的方式、途径"_s },
        { "way of receiving not stated", [](Application& a) { a.deliveryWay.reset(); }, { { E::FormAndWay, -1 } },
            u"获取信息的方式、途径"_s },
        { "several at once, in the article's order",
            [](Application& a) {
                a.description.clear();
                a.applicants[0].idNumber.clear();
                a.requestedForm.reset();
            },
            { { E::IdentityProof, 0 }, { E::Description, -1 }, { E::FormAndWay, -1 } },
            u"申请人的身份证明；申请公开的政府信息的名称"_s },
        { "a co-applicant without ID number is named",
            [](Application& a) {
                Applicant second = a.applicants[0];
                second.name = u"李四"_s;
                second.idNumber.clear();
                a.applicants << second;
            },
            { { E::IdentityProof, 1 } }, u"申请人李四的身份证明"_s },
    };
    for (const IncompleteRow& row : rows) {
        Application app = sample();
        row.change(app);
        INFO(row.what);
        const QList<FieldIssue> issues = validateApplication(app, kToday);
        INFO(describe(issues));
        CHECK(issues.isEmpty()); // registered all the same (Art. 31)
        const QList<MissingElement> missing = missingElements(app);
        CHECK(missing == row.missing);
        const QString items = supplementItemsText(app, missing);
        INFO(str(items));
        CHECK(items.contains(row.itemsContain));
        CHECK(missing.isEmpty() == items.isEmpty());
        // Stored and read back the same.
        CHECK(parseMissingElements(missingElementsCode(missing)) == missing);
        for (const MissingElement& m : missing) {
            CHECK_FALSE(describeMissingElement(m, app).isEmpty());
            CHECK_FALSE(missingElementField(m).isEmpty());
        }
    }
}

struct RefusalRow
{
    const char* what;
    std::function<void(Application&)> change;
    QString field;
};

TEST_CASE("what is not an application, and a value given wrongly, is still refused", "[validation][elements]")
{
    const std::vector<RefusalRow> rows = {
        { "neither a name nor any way to reach the applicant",
            [](Application& a) {
                a.deliveryWay = DeliveryWay::Pickup;
                Applicant& p = a.applicants[0];
                p.name.clear();
                p.phone.clear();
                p.email.clear();
                p.address.clear();
                p.postcode.clear();
            },
            u"applicants[0].name"_s },
        { "no applicant at all", [](Application& a) { a.applicants.clear(); }, u"applicant"_s },
        { "no receipt date (Art. 31)", [](Application& a) { a.receiptDate = QDate(); }, u"receipt_date"_s },
        { "ID number with a wrong check digit",
            [](Application& a) { a.applicants[0].idNumber = u"110105194912310020"_s; }, u"applicants[0].id_number"_s },
        { "credit code with a wrong check character",
            [](Application& a) {
                a.applicants = { villagersGroup() };
                a.applicants[0].creditCode = u"91330100716105852E"_s;
            },
            u"applicants[0].credit_code"_s },
        { "a phone number that is none", [](Application& a) { a.applicants[0].phone = u"1381234abcd"_s; },
            u"applicants[0].phone"_s },
        { "a second applicant with neither name nor contact",
            [](Application& a) {
                Applicant nobody;
                a.applicants << nobody;
            },
            u"applicants[1].name"_s },
    };
    for (const RefusalRow& row : rows) {
        Application app = sample();
        row.change(app);
        INFO(row.what);
        const QList<FieldIssue> issues = validateApplication(app, kToday);
        INFO(describe(issues));
        bool named = false;
        for (const FieldIssue& issue : issues)
            named = named || issue.field == row.field;
        CHECK(named);
    }
}

TEST_CASE("missing elements read back from their stored form, unknown codes skipped", "[elements]")
{
    const QList<MissingElement> list { { E::ApplicantName, 2 }, { E::Contact, 0 }, { E::FormAndWay, -1 } };
    CHECK(missingElementsCode(list) == u"name@2,contact@0,form");
    CHECK(parseMissingElements(u"name@2,contact@0,form"_s) == list);
    CHECK(parseMissingElements(u"bogus,form"_s) == QList<MissingElement> { { E::FormAndWay, -1 } });
    CHECK(parseMissingElements(QString()).isEmpty());
    CHECK(missingElementsCode({}).isEmpty());
}
