// The PostgreSQL register's schema (issue 19) against the throw-away test cluster: the same
// tables and columns as the SQLite schema of this build, marked as ours at the same version,
// and the append-only tables enforced by the database itself, TRUNCATE included.
#include "PgTestServer.h"
#include "TestApp.h"

#include "Error.h"
#include "storage/Database.h"
#include "storage/RegisterLocation.h"
#include "storage/SchemaMigrations.h"
#include "storage/Sql.h"
#include "storage/postgresql/PgConnection.h"
#include "storage/postgresql/PgSchema.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// A connection to a new database of the test cluster, closed and removed at the end.
class PgTestDatabase
{
public:
    explicit PgTestDatabase(const QString& purpose)
        : m_name(u"pg-schema-"_s + purpose)
        , m_db(openPostgresql(RegisterLocation::parse(test::createPgTestDatabase(purpose)), m_name))
    {
    }
    ~PgTestDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    const QSqlDatabase& db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Table → its columns, of the tables both engines share (search has a shape of its own per engine).
using Columns = QMap<QString, QStringList>;
const QSet<QString> kEngineOwn { u"case_search"_s, u"case_grams"_s, u"ogi_register"_s, u"attachment_chunks"_s };

Columns sqliteColumns(const QSqlDatabase& db)
{
    Columns columns;
    QSqlQuery tables = sql::run(db,
        u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
        u"AND name NOT LIKE 'case_search_%' AND name NOT LIKE 'case_grams_%'"_s);
    while (sql::next(tables)) {
        const QString table = tables.value(0).toString();
        if (kEngineOwn.contains(table))
            continue;
        QSqlQuery info = sql::run(db, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, { table });
        while (sql::next(info))
            columns[table] << info.value(0).toString();
    }
    return columns;
}

Columns pgColumns(const QSqlDatabase& db)
{
    Columns columns;
    QSqlQuery query = sql::run(db,
        u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        u"ORDER BY table_name, ordinal_position"_s);
    while (sql::next(query))
        if (!kEngineOwn.contains(query.value(0).toString()))
            columns[query.value(0).toString()] << query.value(1).toString();
    return columns;
}

QString failureOf(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return {};
    return query.lastError().databaseText();
}

} // namespace

TEST_CASE("a new PostgreSQL register has the SQLite schema's tables and columns, marked at the same version",
    "[postgresql][schema]")
{
    test::ensureCoreApp();
    PgTestDatabase pg(u"parity"_s);
    CHECK(pgSchemaVersion(pg.db()) == 0);
    createPgSchema(pg.db());
    CHECK(pgSchemaVersion(pg.db()) == currentSchemaVersion());

    QTemporaryDir dir;
    const Database sqlite = Database::open(dir.filePath(u"parity.ogi"_s), OpenMode::CreateIfMissing);
    const Columns expected = sqliteColumns(sqlite.connection());
    const Columns actual = pgColumns(pg.db());
    REQUIRE(expected.size() >= 23); // 22 tables and the case_list view at schema 14
    // A migration added to one engine and not the other fails here, naming the table.
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(actual.value(it.key()) == it.value());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        INFO("table only on PostgreSQL: " << it.key().toStdString());
        CHECK(expected.contains(it.key()));
    }
}

TEST_CASE("PostgreSQL refuses UPDATE, DELETE and TRUNCATE of the append-only tables, as SQLite's triggers do",
    "[postgresql][schema]")
{
    test::ensureCoreApp();
    PgTestDatabase pg(u"appendonly"_s);
    createPgSchema(pg.db());
    sql::runScript(pg.db(),
        u"INSERT INTO applicants (id, kind, name, identity_key) VALUES (1, 'person', '张三', 'k');"
        u"INSERT INTO cases (id, case_number, receipt_year, sequence, channel, submitted_date, receipt_date, "
        u"description, requested_form, delivery_way, state, created_at, updated_at) VALUES (1, '2026-0001', 2026, "
        u"1, 'post', '2026-03-04', '2026-03-04', '预算', 'paper', 'post', 'registered', 'x', 'x');"
        u"INSERT INTO case_events (case_id, seq, action, to_state, event_date, recorded_at, actor) VALUES (1, 1, "
        u"'register', 'registered', '2026-03-04', 'x', 'wangfang');"
        u"INSERT INTO audit_log (recorded_at, actor, action, subject, details, prev_hash, hash) VALUES ('x', "
        u"'wangfang', 'case.register', '2026-0001', '{}', '', 'h');"_s);

    for (const char* statement : { "UPDATE case_events SET actor = 'zhaomin'", "DELETE FROM case_events",
             "UPDATE audit_log SET details = '{\"forged\":1}'", "DELETE FROM audit_log" }) {
        INFO(statement);
        const QString failure = failureOf(pg.db(), QString::fromLatin1(statement));
        CHECK(failure.contains(u"append-only"_s));
    }
    for (const char* table : { "case_events", "case_periods", "audit_log", "notices", "notice_voids", "attachments" }) {
        INFO(table);
        const QString failure = failureOf(pg.db(), u"TRUNCATE %1 CASCADE"_s.arg(QLatin1String(table)));
        CHECK(failure.contains(u"append-only"_s));
    }
    CHECK(sql::scalar(pg.db(), u"SELECT count(*) FROM case_events WHERE actor = 'wangfang'"_s).toInt() == 1);
    CHECK(sql::scalar(pg.db(), u"SELECT count(*) FROM audit_log WHERE details = '{}'"_s).toInt() == 1);
    // What is not append-only stays writable.
    CHECK(failureOf(pg.db(), u"UPDATE cases SET state = 'accepted'"_s).isEmpty());
}

TEST_CASE("a PostgreSQL database of another program is refused as a register and left as it was",
    "[postgresql][schema]")
{
    test::ensureCoreApp();
    PgTestDatabase pg(u"foreign"_s);
    sql::runScript(pg.db(), u"CREATE TABLE invoices (id integer PRIMARY KEY); INSERT INTO invoices VALUES (7);"_s);
    try {
        pgSchemaVersion(pg.db());
        FAIL("taken for a register");
    } catch (const Error& e) {
        INFO(e.message().toStdString());
        CHECK(e.code() == ErrorCode::NotOurFile);
        CHECK(e.message().contains(u"another program"_s));
    }
    CHECK(sql::scalar(pg.db(), u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                               u"current_schema()"_s)
              .toInt()
        == 1);
    CHECK(sql::scalar(pg.db(), u"SELECT id FROM invoices"_s).toInt() == 7);
}
