// An application lacking Art. 29 elements is registered on its receipt day (Art. 31) with what
// it lacks stored, and the supplement request (Art. 30) names exactly that by default.
#include "NoticeCases.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "integrity/IntegrityCheck.h"
#include "notices/NoticeStore.h"
#include "register/CaseListQuery.h"
#include "storage/Sql.h"
#include "workflow/ActionDefaults.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;
using E = ApplicationElement;

TEST_CASE("an incomplete application is registered with what it lacks, and a supplement asks exactly that",
    "[workflow][elements]")
{
    test::WorkflowFixture f;
    f.adjustApplication = [](Application& a) {
        a.applicants[0].idNumber.clear(); // the clerk took the letter; no ID number on it
        a.requestedForm.reset();
    };
    const QString number = f.newCase("2026-11-16");
    const std::optional<CaseRecord> record = f.repository->find(number);
    REQUIRE(record);
    CHECK(record->state == CaseState::Registered);
    CHECK(record->application.receiptDate == day("2026-11-16")); // the receipt day stands (Art. 31)
    CHECK(record->missing == QList<MissingElement> { { E::IdentityProof, 0 }, { E::FormAndWay, -1 } });
    CHECK_FALSE(record->application.requestedForm.has_value()); // "not stated", not a made-up default
    CHECK(sql::scalar(
              f.database->connection(), u"SELECT missing_elements FROM case_list WHERE case_number = ?"_s, { number })
              .toString()
        == u"identity@0,form");

    const QString expected = u"申请人的身份证明；申请公开的政府信息的形式要求，包括获取信息的方式、途径"_s;
    CHECK(actionDefaults(u"request_supplement"_s, *record, {}).value(u"items"_s).toString() == expected);
    const CaseEvent asked = f.act(f.clerk, number, "request_supplement", "2026-11-18", { { u"days"_s, 15 } });
    CHECK(asked.details.value(u"items"_s).toString() == expected);
    CHECK(f.stateOf(number) == CaseState::AwaitingSupplement);

    // The notice says it in those words.
    test::setTestAgency(f);
    const IssuedNotice notice
        = NoticeStore(*f.database, f.clock).issue(number, u"supplement"_s, {}, day("2026-11-18"), f.clerk);
    CHECK(notice.html.contains(u"一并作出补正：" + expected + u"。"));
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("what the clerk writes replaces the default items, with nothing missing they must be written",
    "[workflow][elements]")
{
    test::WorkflowFixture f;
    f.adjustApplication = [](Application& a) { a.description.clear(); };
    const QString incomplete = f.newCase("2026-11-16");
    const CaseEvent own = f.act(f.clerk, incomplete, "request_supplement", "2026-11-17",
        { { u"days"_s, 15 }, { u"items"_s, u"所需信息的名称或文号"_s } });
    CHECK(own.details.value(u"items"_s).toString() == u"所需信息的名称或文号");

    f.adjustApplication = nullptr;
    const QString complete = f.newCase("2026-11-16");
    CHECK(f.repository->find(complete)->missing.isEmpty());
    const qint64 before = f.writtenRows();
    try {
        f.act(f.clerk, complete, "request_supplement", "2026-11-17", { { u"days"_s, 15 } });
        FAIL("a supplement without items was recorded");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues().front().field == u"items");
    }
    CHECK(f.writtenRows() == before);
}

TEST_CASE(
    "a registered case shows what it lacks until it moves on, a complete one shows nothing", "[workflow][elements]")
{
    test::WorkflowFixture f;
    f.adjustApplication = [](Application& a) {
        a.applicants[0].phone.clear();
        a.applicants[0].address.clear();
        a.deliveryWay = DeliveryWay::Pickup;
    };
    const QString number = f.newCase("2026-11-16");
    CHECK(f.repository->find(number)->missing == QList<MissingElement> { { E::Contact, 0 } });
    // Concluded at once, the case keeps the fact of what it lacked on receipt.
    f.act(f.clerk, number, "withdraw", "2026-11-17");
    CHECK(f.repository->find(number)->missing == QList<MissingElement> { { E::Contact, 0 } });
}
