// The register list a page at a time (CaseListRows), on either engine: every case once, in
// list order, and a case registered between two pages neither repeats nor hides another.
#include "TestApp.h"
#include "TestFiles.h"
#include "TestRegister.h"

#include "deadline/CalendarRepository.h"
#include "register/CaseListQuery.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("the list's pages give every case once, in list order, while a case is registered between them",
    "[register][list]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"pages.ogi"_s), OpenMode::CreateIfMissing);
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    CaseRepository repository(db, clock);
    constexpr int kCases = 300;
    for (int i = 0; i < kCases; ++i)
        repository.add(test::samplePersonApplication(QDate(2026, 1, 5).addDays(i)), u"c"_s);
    const WorkingCalendar calendar = loadOfficeCalendar(db.connection());

    // The whole list in one query: the order the pages must follow.
    QStringList whole;
    QSqlQuery q = caseListQuery(db, {}, {}, clock.today(), calendar);
    while (sql::next(q))
        whole << q.value(0).toString();
    REQUIRE(whole.size() == kCases);

    CaseListRows rows(db, {}, {}, clock.today(), calendar);
    QStringList paged;
    for (const QSqlRecord& r : rows.next(100))
        paged << r.value(0).toString();
    REQUIRE(paged.size() == 100);
    CHECK_FALSE(rows.atEnd());
    // Newest received first: another desk's registration now comes before every row shown.
    const QString added = repository.add(test::samplePersonApplication(QDate(2026, 11, 19)), u"c"_s);
    while (!rows.atEnd())
        for (const QSqlRecord& r : rows.next(100))
            paged << r.value(0).toString();
    CHECK_FALSE(paged.contains(added));
    CHECK(paged.join(u' ').toStdString() == whole.join(u' ').toStdString());
    CHECK(rows.next(100).isEmpty());
}
