// A register kept on PostgreSQL, through the same `ogi` commands as a file (issue 19): a demo
// register written on the server verifies clean and answers every list, case and report as
// its SQLite copy does; desks registering at the same moment get gap-free numbers.
#include "PgTestServer.h"
#include "TestFiles.h"

#include <QProcess>
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

} // namespace

TEST_CASE("a register on PostgreSQL answers every list, case and report as its SQLite copy does",
    "[postgresql][cli]")
{
    QTemporaryDir dir;
    const QStringList env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
        u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) };
    const auto run = [&](const QStringList& args) {
        const ProcessResult r = test::runCli(args, {}, env);
        INFO(args.join(u' ').toStdString() << "\n" << test::describe(r));
        REQUIRE(r.exitCode == 0);
        return r;
    };
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
    const QStringList env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
        u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) };
    REQUIRE(test::runCli({ u"--db"_s, server, u"init"_s, u"--admin"_s, u"admin"_s }, {}, env).exitCode == 0);
    REQUIRE(test::runCli({ u"--db"_s, server, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"clerk"_s, u"--role"_s,
                             u"clerk"_s },
                {}, env)
                .exitCode
        == 0);

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
