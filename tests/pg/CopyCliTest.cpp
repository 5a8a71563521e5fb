// `ogi copy` between the engines (issue 19), end to end against the throw-away cluster: a
// demo register goes to PostgreSQL and back to a new file, which verifies clean and lists the
// same cases and attached files; the source's bytes never change; a copy into a register,
// onto a file, or of a source whose notice was tampered with or whose attached file is
// missing is refused, and the refused target stays empty.
#include "PgTestServer.h"
#include "TestFiles.h"

#include "Sha256.h"
#include "storage/RegisterLocation.h"
#include "storage/postgresql/PgConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;

namespace {

int tablesIn(const QString& address)
{
    int count = -1;
    {
        QSqlDatabase db = openPostgresql(RegisterLocation::parse(address), u"copy-test-look"_s);
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s));
        REQUIRE(query.next());
        count = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"copy-test-look"_s);
    return count;
}

} // namespace

TEST_CASE("ogi copy takes a register to PostgreSQL and back whole, verified, the source untouched", "[postgresql][copy]")
{
    QTemporaryDir dir;
    // One office key for every `ogi` of the test: the copies' audit rows are sealed with it.
    const QStringList env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
        u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) };
    const auto run = [&](const QStringList& args) {
        const ProcessResult r = test::runCli(args, {}, env);
        INFO(test::describe(r));
        return r;
    };
    const QString source = dir.filePath(u"office.ogi"_s);
    REQUIRE(run({ u"--db"_s, source, u"demo"_s, u"--cases"_s, u"120"_s }).exitCode == 0);
    // Two attached files, one of several 1 MiB pieces on the server.
    const QByteArray scan = QByteArray("%PDF-1.4 scan ") + QByteArray(2 * 1024 * 1024 + 99, 's');
    test::writeBytes(dir.filePath(u"scan.pdf"_s), scan);
    test::writeBytes(dir.filePath(u"letter.pdf"_s), "%PDF-1.4 letter");
    for (const QString& file : { u"scan.pdf"_s, u"letter.pdf"_s })
        REQUIRE(test::runCli({ u"--db"_s, source, u"--user"_s, u"wangfang"_s, u"attach"_s, u"2026-0001"_s,
                                 dir.filePath(file) },
                    {}, env + QStringList { u"OGI_PASSWORD=demo-clerk-2026"_s })
                    .exitCode
            == 0);
    const QByteArray sourceBytes = test::readBytes(source);

    const QString server = test::createPgTestDatabase(u"copy"_s);
    ProcessResult r = run({ u"copy"_s, source, server });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"cases: 120"_s));
    CHECK(r.out.contains(u"2 个附件"_s));
    CHECK(run({ u"--db"_s, server, u"verify"_s }).exitCode == 0); // the bytes are in the server's table
    CHECK(r.out.contains(RegisterLocation::parse(server).display()));
    CHECK(test::readBytes(source) == sourceBytes);

    const QString back = dir.filePath(u"back.ogi"_s);
    REQUIRE(run({ u"copy"_s, server, back }).exitCode == 0);
    r = run({ u"--db"_s, back, u"verify"_s });
    CHECK(r.exitCode == 0);
    // The files came back into the folder beside the new register, byte for byte.
    CHECK(test::readBytes(back + u".files/"_s + sha256Hex(scan).left(2) + u"/"_s + sha256Hex(scan)) == scan);
    const ProcessResult listed = run({ u"--db"_s, source, u"list"_s, u"--json"_s });
    const ProcessResult listedBack = run({ u"--db"_s, back, u"list"_s, u"--json"_s });
    REQUIRE(listed.exitCode == 0);
    CHECK(listedBack.out == listed.out);
    // Both copies are in the audit log of the file that came back.
    r = run({ u"--db"_s, back, u"show"_s, u"2026-0001"_s });
    CHECK(r.exitCode == 0);

    // Never over a register or a file.
    r = run({ u"copy"_s, source, server });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"中已有台账"_s));
    r = run({ u"copy"_s, server, back });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"已存在"_s));
    CHECK(test::readBytes(source) == sourceBytes);
}

TEST_CASE("a source whose notice no longer has its SHA-256 is not copied, and the target stays empty",
    "[postgresql][copy]")
{
    QTemporaryDir dir;
    const QStringList env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
        u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) };
    const QString source = dir.filePath(u"office.ogi"_s);
    REQUIRE(test::runCli({ u"--db"_s, source, u"demo"_s, u"--cases"_s, u"30"_s }, {}, env).exitCode == 0);
    // An insider edits one notice's text past the append-only trigger.
    test::rawSql(source, u"DROP TRIGGER notices_append_only_update"_s);
    test::rawSql(source, u"UPDATE notices SET html = html || ' ' WHERE id = (SELECT min(id) FROM notices)"_s);

    const QString server = test::createPgTestDatabase(u"tampered"_s);
    const ProcessResult r = test::runCli({ u"copy"_s, source, server }, {}, env);
    INFO(test::describe(r));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"SHA-256"_s));
    CHECK(tablesIn(server) == 0); // the schema went with the rolled-back copy

    const QString file = dir.filePath(u"copy.ogi"_s);
    const ProcessResult toFile = test::runCli({ u"copy"_s, source, file }, {}, env);
    CHECK(toFile.exitCode == 1);
    CHECK_FALSE(QFile::exists(file));
    CHECK_FALSE(QFile::exists(file + u"-wal"_s));
}

TEST_CASE("a source whose attached file is missing is not copied, and the target stays empty", "[postgresql][copy]")
{
    QTemporaryDir dir;
    const QStringList env { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
        u"XDG_DATA_HOME="_s + dir.filePath(u"data"_s) };
    const QString source = dir.filePath(u"office.ogi"_s);
    REQUIRE(test::runCli({ u"--db"_s, source, u"demo"_s, u"--cases"_s, u"5"_s }, {}, env).exitCode == 0);
    test::writeBytes(dir.filePath(u"reply.pdf"_s), "%PDF-1.4 reply");
    REQUIRE(test::runCli({ u"--db"_s, source, u"--user"_s, u"wangfang"_s, u"attach"_s, u"2026-0001"_s,
                             dir.filePath(u"reply.pdf"_s) },
                {}, env + QStringList { u"OGI_PASSWORD=demo-clerk-2026"_s })
                .exitCode
        == 0);
    const QString sha = sha256Hex("%PDF-1.4 reply");
    REQUIRE(QFile::remove(source + u".files/"_s + sha.left(2) + u"/"_s + sha));

    const QString server = test::createPgTestDatabase(u"nofile"_s);
    const ProcessResult r = test::runCli({ u"copy"_s, source, server }, {}, env);
    INFO(test::describe(r));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"reply.pdf"_s));
    CHECK(tablesIn(server) == 0);
}
