// Information-processing fees (reference/fees.md): every worked example, the tier edges,
// and the applicant's count per calendar month on a real register.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Error.h"
#include "fees/FeeQuote.h"
#include "fees/FeeSchedule.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("by count: the worked examples and the tier edges", "[fees]")
{
    const std::pair<int, int> table[] = { { 1, 0 }, { 10, 0 }, { 11, 100 }, { 30, 100 }, { 31, 200 }, { 40, 200 },
        { 41, 300 }, { 50, 300 }, { 51, 400 }, { 100, 800 } };
    for (const auto& [ordinal, yuan] : table) {
        INFO(ordinal);
        CHECK(feeByCount(ordinal) == yuan);
    }
    REQUIRE_THROWS_AS(feeByCount(0), Error);
}

TEST_CASE("by volume: the worked examples and the tier edges", "[fees]")
{
    const std::pair<int, int> table[] = { { 0, 0 }, { 30, 0 }, { 31, 10 }, { 100, 700 }, { 101, 720 }, { 200, 2700 },
        { 201, 2740 }, { 250, 4700 } };
    for (const auto& [pages, yuan] : table) {
        INFO(pages);
        CHECK(feeByVolume(pages) == yuan);
    }
    REQUIRE_THROWS_AS(feeByVolume(-1), Error);
}

TEST_CASE("the count is per applicant and per calendar month", "[fees]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"fees.ogi"_s), OpenMode::CreateIfMissing);
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    CaseRepository repository(db, clock);
    QStringList july;
    for (int i = 0; i < 12; ++i)
        july << repository.add(test::samplePersonApplication(QDate(2026, 7, 1 + i)), u"clerk"_s);
    const QString august = repository.add(test::samplePersonApplication(QDate(2026, 8, 3)), u"clerk"_s);
    Application other = test::samplePersonApplication(QDate(2026, 7, 20));
    other.applicants.front().name = u"李四"_s;
    other.applicants.front().idNumber = u"440306198506122316"_s;
    const QString stranger = repository.add(other, u"clerk"_s);
    auto id = [&](const QString& number) { return repository.find(number)->id; };

    CHECK(applicationOrdinalInMonth(db.connection(), id(july.at(0))) == 1);
    CHECK(applicationOrdinalInMonth(db.connection(), id(july.at(10))) == 11);
    CHECK(applicationOrdinalInMonth(db.connection(), id(july.at(11))) == 12);
    CHECK(applicationOrdinalInMonth(db.connection(), id(august)) == 1);
    CHECK(applicationOrdinalInMonth(db.connection(), id(stranger)) == 1);
    const FeeQuote quote = quoteFee(db.connection(), id(july.at(10)), FeeMethod::ByCount, 0);
    CHECK(quote.amountYuan == 100);
    CHECK(quote.basis == 11);
    CHECK(quote.explanation.contains(u"109"));
    CHECK(quoteFee(db.connection(), id(july.at(9)), FeeMethod::ByCount, 0).amountYuan == 0);
    CHECK(quoteFee(db.connection(), id(august), FeeMethod::ByVolume, 101).amountYuan == 720);
    REQUIRE_THROWS_AS(applicationOrdinalInMonth(db.connection(), 999999), Error);
}
