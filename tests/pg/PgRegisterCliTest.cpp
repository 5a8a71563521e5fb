// A register kept on PostgreSQL, through the same `ogi` commands as a file (issue 19): a demo
// register written on the server verifies clean and answers every list, case and report as
// its SQLite copy does; desks registering at the same moment get gap-free numbers.
#include "LedgerFixture.h"
#include "PgTestServer.h"
#include "TestFiles.h"

#include "storage/RegisterLocation.h"
#include "storage/postgresql/PgConnection.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;

namespace {

// Output without the 校验码 line: the copy's own audit row moves the target's head.
QString withoutCheckCode(const QString& text)
{
    QStringList kept;
    for (const QString& line : text.split(u'\n'))
        if (!line.contains(u"校验码"_s) && !line.contains(u"check_code"_s))
            kept << line;
    return kept.join(u'\n');
}

// `ogi` with one office key and data folder in `dir` for every run of a test (the audit rows
// are sealed with that key), required to succeed.
struct CliRunner
{
    explicit CliRunner(const QTemporaryDir& dir)
        : env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s), u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) }
    {
    }
    ProcessResult operator()(const QStringList& args) const
    {
        const ProcessResult r = test::runCli(args, {}, env);
        INFO(args.join(u' ').toStdString() << "\n" << test::describe(r));
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QStringList env;
};

} // namespace

TEST_CASE("a register on PostgreSQL answers every list, case and report as its SQLite copy does",
    "[postgresql][cli]")
{
    QTemporaryDir dir;
    const CliRunner run(dir);
    const QString server = test::createPgTestDatabase(u"cli"_s);
    // demo registers, accepts, extends, drafts, signs off and issues notices: every write path.
    run({ u"--db"_s, server, u"demo"_s, u"--cases"_s, u"150"_s });
    CHECK(run({ u"--db"_s, server, u"verify"_s }).out.contains(u"审计链完整且已封签"_s));

    const QString file = dir.filePath(u"copy.ogi"_s);
    run({ u"copy"_s, server, file });
    const QList<QStringList> commands {
        { u"list"_s, u"--json"_s },
        { u"list"_s, u"--state"_s, u"archived"_s },
        { u"show"_s, u"2026-0001"_s },
        { u"show"_s, u"2025-0003"_s },
        { u"report"_s, u"annual"_s, u"2025"_s, u"--format"_s, u"csv"_s },
        { u"report"_s, u"annual"_s, u"2026"_s, u"--format"_s, u"json"_s },
        { u"report"_s, u"monthly"_s, u"2026-10"_s, u"--format"_s, u"csv"_s },
        { u"report"_s, u"monthly"_s, u"2026-11"_s },
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const QString onServer = withoutCheckCode(run(QStringList { u"--db"_s, server } + command).out);
        const QString inFile = withoutCheckCode(run(QStringList { u"--db"_s, file } + command).out);
        CHECK(onServer.size() > 40);
        CHECK(onServer.toStdString() == inFile.toStdString());
    }
    // The ledger export, each to its own file.
    run({ u"--db"_s, server, u"export"_s, dir.filePath(u"server.csv"_s) });
    run({ u"--db"_s, file, u"export"_s, dir.filePath(u"file.csv"_s) });
    CHECK(test::readBytes(dir.filePath(u"server.csv"_s)) == test::readBytes(dir.filePath(u"file.csv"_s)));
}

TEST_CASE("desks registering on one PostgreSQL register at the same moment get unique, gap-free numbers",
    "[postgresql][cli][numbers]")
{
    QTemporaryDir dir;
    const QString server = test::createPgTestDatabase(u"numbers"_s);
    const CliRunner run(dir);
    const QStringList& env = run.env;
    run({ u"--db"_s, server, u"init"_s, u"--admin"_s, u"admin"_s });
    run({ u"--db"_s, server, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"clerk"_s });

    constexpr int kDesks = 8;
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int i = 0; i < kDesks; ++i)
        desks.push_back(test::startCli({ u"--db"_s, server, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, u"-"_s },
            test::samplePersonJson(QDate(2026, 11, 2)), env));
    QSet<QString> numbers;
    for (const auto& process : desks) {
        const ProcessResult r = test::finishCli(*process);
        INFO(test::describe(r));
        REQUIRE(r.exitCode == 0);
        const QRegularExpressionMatch number = QRegularExpression(u"2026-\\d{4}"_s).match(r.out);
        REQUIRE(number.hasMatch());
        numbers.insert(number.captured());
    }
    QSet<QString> expected;
    for (int i = 1; i <= kDesks; ++i)
        expected.insert(u"2026-%1"_s.arg(i, 4, 10, QChar(u'0')));
    CHECK(numbers == expected);

    const ProcessResult verified = test::runCli({ u"--db"_s, server, u"verify"_s }, {}, env);
    INFO(test::describe(verified));
    CHECK(verified.exitCode == 0);
}

TEST_CASE("a server that asks for a password gets it from OGI_DB_PASSWORD or ~/.pgpass, or says what it needs",
    "[postgresql][cli][password]")
{
    QTemporaryDir dir;
    // The test cluster's role ogi_password signs in with this password (tests/pg/test-cluster.sh).
    const QString database = test::createPgTestDatabase(u"password"_s);
    const RegisterLocation trusted = RegisterLocation::parse(database);
    {
        QSqlDatabase db = openPostgresql(trusted, u"password-test-owner"_s);
        QSqlQuery query(db);
        REQUIRE(query.exec(u"ALTER DATABASE %1 OWNER TO ogi_password"_s.arg(trusted.database)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"password-test-owner"_s);
    const QString server
        = u"postgresql://ogi_password@%1:%2/%3"_s.arg(trusted.host).arg(trusted.port).arg(trusted.database);
    const QStringList env = CliRunner(dir).env + QStringList { u"HOME="_s + dir.path() };

    // No password anywhere, no terminal to ask on: refused, naming where it can come from.
    ProcessResult r = test::runCli({ u"--db"_s, server, u"init"_s }, {}, env);
    INFO(test::describe(r));
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"OGI_DB_PASSWORD"_s));
    CHECK(r.err.contains(u".pgpass"_s));

    r = test::runCli({ u"--db"_s, server, u"init"_s }, {}, env + QStringList { u"OGI_DB_PASSWORD=wrong-one"_s });
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"拒绝"_s));
    CHECK_FALSE(r.err.contains(u"wrong-one"_s));

    r = test::runCli({ u"--db"_s, server, u"init"_s }, {},
        env + QStringList { u"OGI_DB_PASSWORD=ogi-test-db-password"_s });
    CHECK(r.exitCode == 0);

    QFile pgpass(dir.filePath(u".pgpass"_s));
    REQUIRE(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(u"%1:%2:%3:ogi_password:ogi-test-db-password\n"_s.arg(trusted.host)
                     .arg(trusted.port)
                     .arg(trusted.database)
                     .toUtf8());
    pgpass.close();
    pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    r = test::runCli({ u"--db"_s, server, u"list"_s }, {}, env);
    INFO(test::describe(r));
    CHECK(r.exitCode == 0);
}

TEST_CASE("a ledger imported into a PostgreSQL register gives what the same import gives in a file",
    "[postgresql][cli][import]")
{
    QTemporaryDir dir;
    const CliRunner run(dir);
    const QString ledger = dir.filePath(u"ledger.csv"_s);
    test::writeBytes(ledger, test::ledgerCsv(400).toUtf8());
    const QString server = test::createPgTestDatabase(u"import"_s);
    const QString file = dir.filePath(u"office.ogi"_s);
    for (const QString& db : { server, file }) {
        run({ u"--db"_s, db, u"init"_s, u"--admin"_s, u"admin"_s });
        run({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"clerk"_s });
        run({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"import"_s, ledger });
        CHECK(run({ u"--db"_s, db, u"verify"_s }).out.contains(u"审计链完整且已封签"_s));
    }
    for (const QStringList& command : QList<QStringList> { { u"list"_s, u"--json"_s },
             { u"report"_s, u"annual"_s, u"2023"_s, u"--format"_s, u"csv"_s }, { u"show"_s, u"2024-0007"_s } }) {
        INFO(command.join(u' ').toStdString());
        // The two imports ran a moment apart: the minute each step was recorded may differ.
        static const QRegularExpression recordedAt(u"\\(clerk, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\)"_s);
        const auto shown = [&](const QString& db) {
            return withoutCheckCode(run(QStringList { u"--db"_s, db } + command).out).replace(recordedAt, u"(clerk)"_s);
        };
        const QString onServer = shown(server);
        CHECK(onServer.size() > 40);
        CHECK(onServer.toStdString() == shown(file).toStdString());
    }
}
