// Backups of either engine restore into either (issue 19): a server register's backup is the
// same zip as a desk's (its snapshot the register copied into a file), and `ogi restore
// --db postgresql://…` puts a backup into a new, empty database, never over a register.
#include "PgTestServer.h"
#include "TestFiles.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;

namespace {

// One office key and data folder for every `ogi` of a test, as on one desk.
struct Desk
{
    explicit Desk(const QTemporaryDir& dir)
        : env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s), u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) }
    {
    }
    ProcessResult operator()(const QStringList& args, int exitCode = 0) const
    {
        const ProcessResult r = test::runCli(args, {}, env);
        INFO(args.join(u' ').toStdString() << "\n" << test::describe(r));
        REQUIRE(r.exitCode == exitCode);
        return r;
    }
    QString listed(const QString& db) const { return (*this)({ u"--db"_s, db, u"list"_s, u"--json"_s }).out; }
    QStringList env;
};

} // namespace

TEST_CASE("a server register's backup restores into a new database and into a file, each whole", "[postgresql][backup]")
{
    QTemporaryDir dir;
    const Desk run(dir);
    const QString source = dir.filePath(u"office.ogi"_s);
    run({ u"--db"_s, source, u"demo"_s, u"--cases"_s, u"40"_s });
    test::writeBytes(dir.filePath(u"scan.pdf"_s), QByteArray("%PDF-1.4 ") + QByteArray(1536 * 1024, 'b'));
    REQUIRE(test::runCli({ u"--db"_s, source, u"--user"_s, u"wangfang"_s, u"attach"_s, u"2026-0002"_s,
                             dir.filePath(u"scan.pdf"_s) },
                {}, run.env + QStringList { u"OGI_PASSWORD=demo-clerk-2026"_s })
                .exitCode
        == 0);
    const QString server = test::createPgTestDatabase(u"backed_up"_s);
    run({ u"copy"_s, source, server });
    const QString onServer = run.listed(server);
    REQUIRE(onServer.size() > 100);

    const QString zip = dir.filePath(u"server.zip"_s);
    CHECK(run({ u"--db"_s, server, u"backup"_s, zip }).out.contains(u"1 个附件"_s));

    // Into a new database: whole, verified, the attached file's bytes there.
    const QString fresh = test::createPgTestDatabase(u"restored"_s);
    CHECK(run({ u"restore"_s, zip, u"--db"_s, fresh }).out.contains(u"1 个附件"_s));
    run({ u"--db"_s, fresh, u"verify"_s });
    CHECK(run.listed(fresh) == onServer);

    // Into a file: the same zip a desk's backup is.
    const QString file = dir.filePath(u"restored.ogi"_s);
    run({ u"restore"_s, zip, u"--db"_s, file });
    run({ u"--db"_s, file, u"verify"_s });
    CHECK(run.listed(file) == onServer);

    // Never over a register on the server: refused, and the register there unchanged.
    const ProcessResult over = run({ u"restore"_s, zip, u"--db"_s, server }, 1);
    CHECK(over.err.contains(u"已有台账"_s));
    CHECK(run.listed(server) == onServer);

    // A desk's backup goes onto a server the same way.
    const QString deskZip = dir.filePath(u"desk.zip"_s);
    run({ u"--db"_s, source, u"backup"_s, deskZip });
    const QString moved = test::createPgTestDatabase(u"from_desk"_s);
    run({ u"restore"_s, deskZip, u"--db"_s, moved });
    run({ u"--db"_s, moved, u"verify"_s });
    CHECK(run.listed(moved) == run.listed(source));
}
