// Issue 18: the register, its backups, exports with full ID numbers and the log are the
// owner's alone (0600; 0640 in a setgid, group-shared folder), whatever umask `ogi` was
// started with. Before, every one of them came out 0644 (0666 under umask 0).
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "PrivateFileMode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;
using test::runCli;

namespace {

// The permission bits of a file, 0 when it does not exist.
mode_t modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

// Runs the test under umask 0, the worst a user's shell can hand down.
class WideOpenUmask
{
public:
    WideOpenUmask() : m_saved(::umask(0)) { }
    ~WideOpenUmask() { ::umask(m_saved); }

private:
    mode_t m_saved;
};

} // namespace

// [sqlite-only]: the register file's own mode and the file-level backup.
TEST_CASE("ogi creates the register, backups, exports and the log for their owner only, under umask 0",
    "[cli][security][sqlite-only]")
{
    const WideOpenUmask umask0;
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"r.ogi"_s);
    const QStringList env = { u"XDG_STATE_HOME="_s + dir.filePath(u"state"_s) };
    const auto run = [&](const QStringList& args) {
        const ProcessResult r = runCli(QStringList { u"--db"_s, db, u"--user"_s, u"admin"_s } + args, {}, env);
        INFO(test::describe(r));
        REQUIRE(r.exitCode == 0);
        return r;
    };
    run({ u"init"_s, u"--admin"_s, u"admin"_s });
    run({ u"demo"_s, u"--cases"_s, u"3"_s });
    CHECK(modeOf(db) == 0600);
    if (QFile::exists(db + u"-wal"_s))
        CHECK(modeOf(db + u"-wal"_s) == 0600);
    CHECK(modeOf(dir.filePath(u"state/ogi-desk/ogi-desk.log"_s)) == 0600);

    const QString zip = dir.filePath(u"backup.zip"_s);
    run({ u"backup"_s, zip });
    CHECK(modeOf(zip) == 0600);
    const QString csv = dir.filePath(u"full.csv"_s);
    run({ u"export"_s, csv, u"--unmasked"_s });
    CHECK(modeOf(csv) == 0600);
    const QString xlsx = dir.filePath(u"full.xlsx"_s);
    run({ u"export"_s, xlsx, u"--unmasked"_s });
    CHECK(modeOf(xlsx) == 0600);

    const QString restored = dir.filePath(u"restored.ogi"_s);
    const ProcessResult r = runCli({ u"restore"_s, zip, u"--db"_s, restored }, {}, env);
    INFO(test::describe(r));
    REQUIRE(r.exitCode == 0);
    CHECK(modeOf(restored) == 0600);
}

TEST_CASE("in a group-shared (setgid) folder the files are readable by the group, never by others", "[cli][security]")
{
    test::ensureCoreApp();
    const WideOpenUmask umask0;
    QTemporaryDir dir;
    const QString shared = dir.filePath(u"office"_s);
    REQUIRE(QDir().mkpath(shared));
    REQUIRE(::chmod(QFile::encodeName(shared).constData(), 02770) == 0);
    CHECK(privateFilePermissions(shared).testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(privateFilePermissions(dir.path()).testFlag(QFileDevice::ReadGroup));

    const QString db = shared + u"/r.ogi"_s;
    const QStringList env = { u"XDG_STATE_HOME="_s + dir.filePath(u"state"_s) };
    ProcessResult r = runCli({ u"--db"_s, db, u"init"_s, u"--admin"_s, u"admin"_s }, {}, env);
    INFO(test::describe(r));
    REQUIRE(r.exitCode == 0);
    CHECK(modeOf(db) == 0640);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"backup"_s, shared + u"/b.zip"_s }, {}, env);
    REQUIRE(r.exitCode == 0);
    CHECK(modeOf(shared + u"/b.zip"_s) == 0640);
}
