// When the annual report is due (Art. 49): a department by 31 January, a local government's
// competent office by 31 March of the next year; the days left and where a day stands, for
// pinned days around both dates; the office kind as a setting (administrators, audited).
#include "WorkflowFixture.h"

#include "Error.h"
#include "reports/AnnualReportDue.h"
#include "settings/OfficeSettings.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;
using Status = AnnualReportDue::Status;

TEST_CASE("annual report due date and status: Art. 49's two dates, pinned days around them", "[reports][due]")
{
    struct Case
    {
        const char* today;
        OfficeKind kind;
        int year;
        const char* due;
        qint64 daysLeft;
        Status status;
    };
    const QList<Case> cases = {
        // A department: 2026's report by 2027-01-31.
        { "2026-12-31", OfficeKind::Department, 2026, "2027-01-31", 31, Status::YearNotOver },
        { "2027-01-01", OfficeKind::Department, 2026, "2027-01-31", 30, Status::Open },
        { "2027-01-05", OfficeKind::Department, 2026, "2027-01-31", 26, Status::Open },
        { "2027-01-30", OfficeKind::Department, 2026, "2027-01-31", 1, Status::Open },
        { "2027-01-31", OfficeKind::Department, 2026, "2027-01-31", 0, Status::DueToday }, // a Sunday: not moved
        { "2027-02-01", OfficeKind::Department, 2026, "2027-01-31", -1, Status::Passed },
        { "2027-04-01", OfficeKind::Department, 2026, "2027-01-31", -60, Status::Passed },
        // A government's competent office: by 2027-03-31.
        { "2027-01-05", OfficeKind::Government, 2026, "2027-03-31", 85, Status::Open },
        { "2027-02-01", OfficeKind::Government, 2026, "2027-03-31", 58, Status::Open },
        { "2027-03-31", OfficeKind::Government, 2026, "2027-03-31", 0, Status::DueToday },
        { "2027-04-01", OfficeKind::Government, 2026, "2027-03-31", -1, Status::Passed },
        // A leap year's February counts its 29th day.
        { "2028-02-01", OfficeKind::Government, 2027, "2028-03-31", 59, Status::Open },
        // Asked in the year itself, or for a later year.
        { "2026-06-30", OfficeKind::Department, 2026, "2027-01-31", 215, Status::YearNotOver },
        { "2026-06-30", OfficeKind::Government, 2027, "2028-03-31", 640, Status::YearNotOver },
    };
    for (const Case& c : cases) {
        INFO(c.today << " " << codeOf(officeKinds(), c.kind).toStdString() << " " << c.year);
        const AnnualReportDue d = annualReportDue(c.year, c.kind, day(c.today));
        CHECK(d.year == c.year);
        CHECK(d.due == day(c.due));
        CHECK(d.daysLeft == c.daysLeft);
        CHECK(d.status == c.status);
        CHECK(d.remind() == (c.status == Status::Open || c.status == Status::DueToday));
    }
    // The report falling due in a year is the previous year's.
    const AnnualReportDue current = previousYearReportDue(OfficeKind::Department, day("2027-01-05"));
    CHECK(current.year == 2026);
    CHECK(current.daysLeft == 26);
    CHECK(previousYearReportDue(OfficeKind::Government, day("2027-04-01")).status == Status::Passed);
    CHECK(previousYearReportDue(OfficeKind::Department, day("2027-12-31")).status == Status::Passed);
    CHECK(annualReportDueStatusCode(Status::DueToday) == u"due_today");
}

TEST_CASE("annual report due: the line says the report, the date, the article and the days", "[reports][due]")
{
    const QString open = annualReportDue(2026, OfficeKind::Department, day("2027-01-05")).text();
    CHECK(open.contains(u"2026"_s));
    CHECK(open.contains(u"2027-01-31"_s));
    CHECK(open.contains(u"Art. 49"_s));
    CHECK(open.contains(u"competent office"_s));
    // (Plural forms come from the translations, which these tests do not load: "day(s)".)
    CHECK(open.endsWith(u": 26 day(s) left."_s));
    CHECK(annualReportDue(2026, OfficeKind::Department, day("2027-01-30")).text().endsWith(u": 1 day(s) left."_s));
    CHECK(annualReportDue(2026, OfficeKind::Department, day("2027-01-31")).text().endsWith(u"due today."_s));
    const QString passed = annualReportDue(2026, OfficeKind::Government, day("2027-04-01")).text();
    CHECK(passed.contains(u"2027-03-31"_s));
    CHECK(passed.contains(u"published"_s));
    CHECK(passed.endsWith(u"passed 1 day(s) ago."_s));
    CHECK(annualReportDue(2026, OfficeKind::Department, day("2026-07-01")).text().endsWith(u"not over yet."_s));
}

TEST_CASE("office kind: a department unless an administrator says otherwise, the change is audited",
    "[reports][due][settings]")
{
    test::WorkflowFixture f;
    OfficeSettings settings(*f.database, f.clock);
    CHECK(settings.officeKind() == OfficeKind::Department); // nothing stored: the default
    CHECK_THROWS_AS(settings.setOfficeKind(OfficeKind::Government, f.chief), Error);
    CHECK(settings.officeKind() == OfficeKind::Department);
    const auto audited = [&] {
        return sql::scalar(f.database->connection(),
            u"SELECT count(*) FROM audit_log WHERE action = 'settings.office_kind' AND details LIKE '%government%'"_s)
            .toInt();
    };
    settings.setOfficeKind(OfficeKind::Government, f.admin);
    CHECK(settings.officeKind() == OfficeKind::Government);
    CHECK(OfficeSettings(*f.database).officeKind() == OfficeKind::Government);
    CHECK(audited() == 1);
    settings.setOfficeKind(OfficeKind::Government, f.admin); // unchanged: no second row
    CHECK(audited() == 1);
    CHECK(parseTerm(officeKinds(), u"政府信息公开工作主管部门"_s) == OfficeKind::Government);
    CHECK(parseTerm(officeKinds(), u"department"_s) == OfficeKind::Department);
    // A value the program does not know (written by hand) reads as the default.
    sql::run(f.database->connection(), u"UPDATE settings SET value = 'ministry' WHERE key = 'office_kind'"_s);
    CHECK(settings.officeKind() == OfficeKind::Department);
}
