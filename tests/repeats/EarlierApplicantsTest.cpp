// The earlier applicants offered at registration (issue 17 item 13), on a real register.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "register/CaseRepository.h"
#include "register/EarlierApplicants.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("earlier applicants are found by name or by whole number, once each, with the number masked", "[repeats]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"earlier.ogi"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db);
    const QString older = repository.add(test::samplePersonApplication(QDate(2026, 3, 2)), u"c"_s);
    const QString newer = repository.add(test::samplePersonApplication(QDate(2026, 4, 2)), u"c"_s);
    Application namesake = test::samplePersonApplication(QDate(2026, 3, 9));
    namesake.applicants.front().name = u"张三丰"_s;
    namesake.applicants.front().idNumber = u"110101199003078515"_s;
    const QString other = repository.add(namesake, u"c"_s);
    Application company = test::samplePersonApplication(QDate(2026, 3, 10));
    Applicant& firm = company.applicants.front();
    firm.kind = ApplicantKind::Organisation;
    firm.organisationType = OrganisationType::Commercial;
    firm.name = u"杭州某某科技有限公司"_s;
    firm.idNumber.clear();
    firm.creditCode = u"91330100716105852F"_s;
    const QString firmCase = repository.add(company, u"c"_s);

    const auto numbers = [&](const QString& text) {
        QStringList list;
        for (const EarlierApplicant& e : findEarlierApplicants(db.connection(), text))
            list << e.caseNumber;
        return list;
    };
    // 张三 once (their newest case), 张三丰 apart.
    CHECK(numbers(u"张三"_s) == QStringList { newer, other });
    CHECK(numbers(u"张"_s).isEmpty()); // one character is most of the register
    CHECK(numbers(u"11010519491231002x"_s) == QStringList { newer });
    CHECK(numbers(u"91330100716105852F"_s) == QStringList { firmCase });
    CHECK(numbers(u"杭州某某"_s) == QStringList { firmCase });
    CHECK(numbers(u"100%"_s).isEmpty());

    const QList<EarlierApplicant> found = findEarlierApplicants(db.connection(), u"张三"_s);
    REQUIRE(found.size() == 2);
    CHECK(found.front().caseCount == 2);
    CHECK(found.front().position == 0);
    CHECK(found.front().maskedNumber == u"110105********002X");
    CHECK(found.front().receiptDate == QDate(2026, 4, 2));
    CHECK(findEarlierApplicants(db.connection(), u"杭州"_s).front().kind == ApplicantKind::Organisation);
    (void)older;
}
