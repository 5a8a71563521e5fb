// Search on PostgreSQL answers what SQLite's FTS5 search answers (issue 19): the same demo
// register in both engines, the same queries — one and two Chinese characters, longer
// phrases, case-number fragments, Latin letters in either case, LIKE's and SQL's special
// characters — the same cases, or the same "too many".
#include "PgTestServer.h"
#include "TestApp.h"
#include "TestFiles.h"

#include "register/ApplicantNumberSearch.h"
#include "register/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/RegisterLocation.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "Error.h"
#include "storage/postgresql/PgConnection.h"

#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QStringList queriesFrom(const QSqlDatabase& db)
{
    QStringList queries { u"a"_s, u"A"_s, u"Zh"_s, u"信"_s, u"信息"_s, u"公开"_s, u"政府信息"_s, u"2026"_s, u"2026-00"_s,
        u"-00"_s, u"1"_s, u"12"_s, u"（"_s, u"%"_s, u"_"_s, u"%_\\"_s, u"x'y"_s, u"' OR 1=1 --"_s, u"预算 执行"_s,
        u"不存在的内容"_s };
    QSqlQuery rows = sql::run(db, u"SELECT case_number, applicant_name, description FROM case_list ORDER BY id LIMIT 40"_s);
    while (sql::next(rows)) {
        const QString number = rows.value(0).toString();
        const QString name = rows.value(1).toString();
        const QString description = rows.value(2).toString();
        queries << name.left(1) << name.left(2) << name.mid(1, 3) << description.mid(2, 1) << description.mid(2, 2)
                << description.mid(3, 4) << description.mid(5, 12) << number.right(2) << number.right(4);
    }
    queries.removeDuplicates();
    queries.removeIf([](const QString& q) { return q.trimmed().isEmpty(); });
    return queries;
}
} // namespace

namespace {

// A demo register of `cases` cases in a file in `dir`, and its copy in a new database on the
// test cluster: (file, postgresql:// address).
std::pair<QString, QString> demoInBothEngines(const QTemporaryDir& dir, int cases, const QString& purpose)
{
    const QString file = dir.filePath(u"office.ogi"_s);
    REQUIRE(test::runCli({ u"--db"_s, file, u"demo"_s, u"--cases"_s, QString::number(cases) }).exitCode == 0);
    const QString server = test::createPgTestDatabase(purpose);
    const test::ProcessResult copied = test::runCli({ u"copy"_s, file, server });
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    return { file, server };
}

} // namespace

TEST_CASE("search on PostgreSQL finds exactly the cases SQLite's search finds, one and two characters included",
    "[postgresql][search]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const auto [file, server] = demoInBothEngines(dir, 150, u"search"_s);

    const Database sqlite = Database::open(file);
    {
        QSqlDatabase pg = openPostgresql(RegisterLocation::parse(server), u"pg-search"_s);
        const QStringList queries = queriesFrom(sqlite.connection());
        REQUIRE(queries.size() > 150);
        int answered = 0;
        for (const QString& query : queries)
            for (const int limit : { 5, 100000 }) {
                INFO("query «" << query.toStdString() << "», limit " << limit);
                IndexedSearch expected = indexedSearch(sqlite.connection(), query, limit);
                IndexedSearch actual = indexedSearch(pg, query, limit);
                CHECK(int(actual.answer) == int(expected.answer));
                std::sort(expected.ids.begin(), expected.ids.end());
                std::sort(actual.ids.begin(), actual.ids.end());
                CHECK(actual.ids == expected.ids);
                answered += expected.ids.isEmpty() ? 0 : 1;
                // The subquery a list query embeds gives the same cases.
                if (expected.answer != IndexedSearch::Answer::NotIndexed) {
                    QSet<qint64> fromSubquery;
                    QSqlQuery rows = sql::run(pg, actual.hitsSubquery, { actual.match });
                    while (sql::next(rows))
                        fromSubquery.insert(rows.value(0).toLongLong());
                    QSet<qint64> sqliteSubquery;
                    QSqlQuery sqliteRows = sql::run(sqlite.connection(), expected.hitsSubquery, { expected.match });
                    while (sql::next(sqliteRows))
                        sqliteSubquery.insert(sqliteRows.value(0).toLongLong());
                    CHECK(fromSubquery == sqliteSubquery);
                }
            }
        // The queries found something (a comparison of empty answers proves nothing).
        CHECK(answered > 150);
        pg.close();
    }
    QSqlDatabase::removeDatabase(u"pg-search"_s);
}

TEST_CASE("a phone or ID number's last digits find the same cases on PostgreSQL as on SQLite",
    "[postgresql][search][number]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const auto [file, server] = demoInBothEngines(dir, 80, u"number"_s);

    const Database sqlite = Database::open(file);
    const Database pg = Database::open(server);
    QStringList wanted { u"00000000"_s };
    QSqlQuery numbers = sql::run(sqlite.connection(),
        u"SELECT coalesce(phone, ''), coalesce(id_number, ''), coalesce(credit_code, '') FROM applicants LIMIT 30"_s);
    while (sql::next(numbers))
        for (int column = 0; column < 3; ++column)
            if (const QString number = numbers.value(column).toString(); number.size() >= 6)
                wanted << number.right(6) << number << number.right(number.size() - 1);
    const auto casesFound = [](const Database& database, const SqlCondition& condition) {
        QList<qint64> ids;
        QSqlQuery q = sql::runWith(
            database.connection(), u"SELECT id FROM case_list WHERE "_s + condition.sql + u" ORDER BY id"_s,
            condition.values);
        while (sql::next(q))
            ids << q.value(0).toLongLong();
        return ids;
    };
    int found = 0;
    for (const QString& text : std::as_const(wanted)) {
        const std::optional<SqlCondition> condition = applicantNumberCondition(text);
        if (!condition)
            continue;
        INFO("number «" << text.toStdString() << "»");
        const QList<qint64> expected = casesFound(sqlite, *condition);
        CHECK(casesFound(pg, *condition) == expected);
        found += expected.isEmpty() ? 0 : 1;
    }
    CHECK(found > 20);
}

TEST_CASE("a desk kept waiting for another's writer lock is told the register is busy, and can write after",
    "[postgresql][busy]")
{
    test::ensureCoreApp();
    const QString server = test::createPgTestDatabase(u"busy"_s);
    const Database first = Database::open(server, OpenMode::CreateIfMissing);
    const Database second = Database::open(server);
    sql::runScript(second.connection(), u"SET lock_timeout = 300"_s); // not the 10 s a desk waits
    {
        WriteTransaction holding(first.connection());
        try {
            WriteTransaction waiting(second.connection());
            FAIL("both desks held the writer lock");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::Storage);
            CHECK(e.message().contains(u"is busy"_s));
            CHECK(e.message().contains(u"Nothing was written"_s));
        }
    }
    // The refused transaction was rolled back: the second desk writes once the first is done.
    WriteTransaction after(second.connection());
    sql::run(second.connection(), u"INSERT INTO settings (key, value) VALUES ('busy-test', 'x')"_s);
    after.commit();
    CHECK(sql::scalar(first.connection(), u"SELECT value FROM settings WHERE key = 'busy-test'"_s).toString() == u"x"_s);
}
