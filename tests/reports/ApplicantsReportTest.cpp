// What the reports count of who applies and for what (issue 16 items 15, 14): an application
// of several co-applicants is one application, in the column of its first applicant.
#include "NoticeCases.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "reports/AnnualApplications.h"
#include "reports/AnnualRemediesAndFees.h"
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

// Every figure of section 三 and of the tally, to compare one register with another.
struct Figures
{
    QList<qint64> annual;
    QList<qint64> tally;
    bool operator==(const Figures&) const = default;
};

Figures figuresOf(test::WorkflowFixture& f)
{
    Figures figures;
    const ApplicationTable table = annualApplications(*f.database, 2026);
    for (const ApplicationTableRow& row : applicationTableRows())
        for (int column = 0; column < kApplicantColumns; ++column)
            figures.annual << table.value(row.code, column);
    figures.tally = monthlyTally(*f.database, day("2026-07-01"), day("2026-07-31"), day("2026-11-20")).all.values;
    const YearByMonth months = yearByMonth(*f.database, 2026);
    for (size_t m = 0; m < 12; ++m)
        figures.annual << months.received[m] << months.concluded[m];
    return figures;
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

TEST_CASE(
    "a correction request changes no figure of section 三, the tally or the year's months", "[reports][correction]")
{
    test::WorkflowFixture f;
    // Applications: one replied in July, one withdrawn, one open.
    const QString replied = f.newCase("2026-07-01");
    f.act(f.clerk, replied, "accept", "2026-07-02");
    f.act(f.chief, replied, "assign", "2026-07-02",
        { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, replied, "draft", "2026-07-03", { { u"reply_type"_s, u"petition"_s } });
    f.act(f.clerk, replied, "submit", "2026-07-03");
    f.act(f.chief, replied, "sign_off", "2026-07-06");
    f.issueReply(replied, "2026-07-07");
    f.act(f.clerk, replied, "deliver", "2026-07-07",
        { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA123456789CN"_s } });
    f.act(f.clerk, f.newCase("2026-07-08"), "withdraw", "2026-07-09");
    f.newCase("2026-07-20");
    const Figures before = figuresOf(f);

    // Correction requests (Art. 41) received, decided and replied, withdrawn, left open in July.
    const QString corrected = test::newCorrectionCase(f, "2026-07-01");
    f.act(f.clerk, corrected, "verify", "2026-07-02", { { u"finding"_s, u"inaccurate"_s } });
    f.act(f.clerk, corrected, "correct", "2026-07-03", { { u"correction"_s, u"已更正"_s } });
    f.act(f.clerk, corrected, "submit", "2026-07-03");
    f.act(f.chief, corrected, "sign_off", "2026-07-06");
    f.issueReply(corrected, "2026-07-07");
    f.act(f.clerk, corrected, "deliver", "2026-07-07",
        { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA123456789CN"_s } });
    f.act(f.clerk, test::newCorrectionCase(f, "2026-07-10"), "withdraw", "2026-07-13");
    test::newCorrectionCase(f, "2026-07-21");
    f.adjustApplication = [](Application& a) {
        a.kind = CaseKind::Correction;
        a.applicants = { company() }; // another column, to be sure
    };
    f.newCase("2026-07-22");

    CHECK(figuresOf(f) == before);
    CHECK(annualApplications(*f.database, 2026).value(u"received"_s, kTotal) == 3);
    CHECK(reconcile(annualApplications(*f.database, 2026)).isEmpty());
    CHECK(tallyCases(*f.database, u"received"_s, day("2026-07-01"), day("2026-07-31"), day("2026-11-20")).size() == 3);
    CHECK(tallyCases(*f.database, u"pending_at_end"_s, day("2026-07-01"), day("2026-07-31"), day("2026-11-20")).size()
        == 1);
}

TEST_CASE("a reconsideration of a correction decision is counted in section 四: it is part of the OGI work",
    "[reports][correction]")
{
    test::WorkflowFixture f;
    const QString number = test::newCorrectionCase(f, "2026-07-01");
    f.act(f.clerk, number, "verify", "2026-07-02", { { u"finding"_s, u"accurate"_s } });
    f.act(f.clerk, number, "refuse_correction", "2026-07-03", { { u"reason"_s, u"记录与档案一致"_s } });
    f.act(f.clerk, number, "submit", "2026-07-03");
    f.act(f.chief, number, "sign_off", "2026-07-06");
    f.issueReply(number, "2026-07-07");
    f.act(f.clerk, number, "deliver", "2026-07-07",
        { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA123456789CN"_s } });
    f.act(f.clerk, number, "remedy", "2026-08-03",
        { { u"kind"_s, u"reconsideration"_s }, { u"filed"_s, u"2026-08-03"_s }, { u"body"_s, u"某某区人民政府"_s } });
    const RemedyTable remedies = annualRemedies(*f.database, 2026);
    CHECK(remedies.counts[0][RemedyTable::kCounts - 1] == 1); // 行政复议, 总计
    CHECK(annualApplications(*f.database, 2026).value(u"received"_s, kTotal) == 0);
}
