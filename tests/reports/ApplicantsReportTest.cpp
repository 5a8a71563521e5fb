// What the reports count of who applies and for what (issue 16 items 15, 14): an application
// of several co-applicants is one application, in the column of its first applicant.
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "reports/AnnualApplications.h"
#include "reports/ApplicationTable.h"
#include "reports/MonthlyTally.h"
#include "reports/YearByMonth.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

constexpr int kPerson = 0;
constexpr int kCommercial = 1;
constexpr int kTotal = kApplicantColumns - 1;

Applicant company()
{
    Applicant a;
    a.kind = ApplicantKind::Organisation;
    a.organisationType = OrganisationType::Commercial;
    a.name = u"某某科技有限公司"_s;
    a.creditCode = u"91330100716105852F"_s;
    a.phone = u"0571-85022088"_s;
    a.address = u"浙江省杭州市西湖区文三路1号"_s;
    return a;
}

} // namespace

TEST_CASE("co-applicants do not add counts: one application, in the first applicant's column", "[reports][parties]")
{
    test::WorkflowFixture f;
    f.newCase("2026-07-01"); // one person
    f.adjustApplication = [](Application& a) {
        Applicant second = a.applicants.front();
        second.name = u"李四"_s;
        second.idNumber = u"110101199003074477"_s;
        a.applicants = { company(), second, a.applicants.front() };
        a.applicants[1].representative = true; // the representative does not decide the column either
    };
    const QString joint = f.newCase("2026-07-02");
    f.act(f.clerk, joint, "withdraw", "2026-07-03");

    const ApplicationTable t = annualApplications(*f.database, 2026);
    CHECK(t.value(u"received"_s, kPerson) == 1);
    CHECK(t.value(u"received"_s, kCommercial) == 1);
    CHECK(t.value(u"received"_s, kTotal) == 2);
    CHECK(t.value(u"total"_s, kCommercial) == 1);
    CHECK(t.value(u"total"_s, kTotal) == 1);
    CHECK(reconcile(t).isEmpty());
    const MonthlyTally tally = monthlyTally(*f.database, day("2026-07-01"), day("2026-07-31"), day("2026-11-20"));
    CHECK(tally.all.value(u"received"_s) == 2);
    CHECK(tally.all.value(u"received.person"_s) == 1);
    CHECK(tally.all.value(u"received.commercial"_s) == 1);
    CHECK(yearByMonth(*f.database, 2026).received[6] == 2);
}
