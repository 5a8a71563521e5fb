#include "TestApp.h"
#include "TestRegister.h"

#include "Error.h"
#include "deadline/CalendarRepository.h"
#include "integrity/IntegrityCheck.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

qint64 countRows(const Database& db, const QString& table, const QString& where = {})
{
    return sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table + where).toLongLong();
}

const QString k2027Notice = uR"(date,kind,name
2027-01-01,off,元旦
2027-02-06,off,春节
2027-02-07,off,春节
2027-02-08,off,春节
2027-02-09,off,春节
2027-02-10,off,春节
2027-02-11,off,春节
2027-02-12,off,春节
2027-02-20,work,春节
)"_s;
} // namespace

TEST_CASE("an administrator's local arrangement is stored, audited and used", "[calendar][storage]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"c.db"_s), OpenMode::CreateIfMissing);
    CalendarRepository calendars(db, kClock);
    CHECK(calendars.calendar().isWorkingDay(QDate(2026, 3, 9)));

    calendars.setDay({ QDate(2026, 3, 9), false, u"县庆"_s }, u"admin"_s);
    CHECK_FALSE(calendars.calendar().isWorkingDay(QDate(2026, 3, 9)));
    CHECK(calendars.calendar().dayName(QDate(2026, 3, 9)) == u"县庆");
    // A single day does not make a year known.
    calendars.setDay({ QDate(2027, 5, 3), false, {} }, u"admin"_s);
    CHECK_FALSE(calendars.calendar().isKnown(QDate(2027, 5, 3)));
    const QList<CalendarOverride> overrides = calendars.overrides();
    REQUIRE(overrides.size() == 2);
    CHECK(overrides.front().changedBy == u"admin");
    CHECK(countRows(db, u"audit_log"_s, u" WHERE action = 'calendar.set'"_s) == 2);

    calendars.removeDay(QDate(2026, 3, 9), u"admin"_s);
    CHECK(calendars.calendar().isWorkingDay(QDate(2026, 3, 9)));
    CHECK(countRows(db, u"audit_log"_s, u" WHERE action = 'calendar.unset'"_s) == 1);
    CHECK_THROWS_AS(calendars.removeDay(QDate(2026, 3, 9), u"admin"_s), Error);
    CHECK(verifyDatabase(db).isEmpty());
}

TEST_CASE("importing next year's notice makes the year known, and a bad file writes nothing", "[calendar][storage]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"i.db"_s), OpenMode::CreateIfMissing);
    CalendarRepository calendars(db, kClock);

    const QString bad = k2027Notice + u"2027-02-30,off,春节\n"_s;
    CHECK_THROWS_AS(calendars.importCsv(bad, u"2027-bad.csv"_s, u"admin"_s), Error);
    CHECK(countRows(db, u"calendar_overrides"_s) == 0);
    CHECK(countRows(db, u"audit_log"_s) == 0);

    CHECK(calendars.importCsv(k2027Notice, u"2027.csv"_s, u"admin"_s).days == 9);
    CHECK(calendars.importedYears() == QList<int> { 2027 });
    const WorkingCalendar calendar = calendars.calendar();
    CHECK(calendar.isKnown(QDate(2027, 7, 1)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 2, 8)));
    CHECK(calendar.isWorkingDay(QDate(2027, 2, 20)));
    // Hand-worked: 2027-02-01 + 20 working days (02-08..12 off, 02-20 worked) = 2027-03-05.
    CHECK(calendar.addWorkingDays(QDate(2027, 2, 1), 20) == QDate(2027, 3, 5));
    CHECK(countRows(db, u"audit_log"_s, u" WHERE action = 'calendar.import' AND details LIKE '%sha256%'"_s) == 1);
    CHECK(verifyDatabase(db).isEmpty());
    // The same calendar through the bare connection.
    CHECK(loadOfficeCalendar(db.connection()).knownYears().contains(2027));
}
