// [sqlite-only]: opening, migrating and refusing a register file (its pages, pragmas and
// permissions); a server register's counterparts are in tests/pg (PgConnectionTest, PgSchemaTest).
#include "TestApp.h"
#include "TestFiles.h"

#include "Error.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/SchemaMigrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// Opens `path`, expects a refusal of `code` whose message names the file, and checks that
// not a byte of the file changed and no journal was left beside it.
void requireRefusedUntouched(const QString& path, ErrorCode code, const QString& reasonFragment)
{
    const QByteArray before = test::readBytes(path);
    try {
        Database::open(path, OpenMode::CreateIfMissing);
        FAIL("the file was opened");
    } catch (const Error& error) {
        INFO(error.message().toStdString());
        CHECK(error.code() == code);
        CHECK(error.message().contains(path));
        CHECK(error.message().contains(reasonFragment));
    }
    CHECK(test::readBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + u"-journal"_s));
}

QString makeOurDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    {
        const Database db = Database::open(path, OpenMode::CreateIfMissing);
        CaseRepository(db).add(test::samplePersonApplication(), u"test"_s);
    }
    REQUIRE_FALSE(QFile::exists(path + u"-wal"_s)); // closed cleanly: all in the main file
    return path;
}

} // namespace

TEST_CASE("a file that is not SQLite is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ledger.xlsx"_s);
    test::writeBytes(path, QByteArray("PK\x03\x04 this is a spreadsheet, not a database", 46).repeated(20));
    requireRefusedUntouched(path, ErrorCode::NotOurFile, u"SQLite"_s);
}

TEST_CASE("a short file is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"short.db"_s);
    test::writeBytes(path, "SQLite format 3");
    requireRefusedUntouched(path, ErrorCode::NotOurFile, u"SQLite"_s);
}

TEST_CASE("an SQLite file of another program is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    test::rawSql(path, u"CREATE TABLE contacts (name TEXT)"_s);
    test::rawSql(path, u"INSERT INTO contacts VALUES ('x')"_s);
    requireRefusedUntouched(path, ErrorCode::NotOurFile, u"another program"_s);
}

TEST_CASE("a damaged database is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = makeOurDatabase(dir, u"damaged.db"_s);
    QByteArray bytes = test::readBytes(path);
    REQUIRE(bytes.size() >= 4096 * 4);
    // Scribble over the second and third pages (schema-referenced b-tree pages), header intact.
    for (int i = 4096 + 8; i < 4096 * 3; ++i)
        bytes[i] = char(0x5A ^ (i & 0xFF));
    test::writeBytes(path, bytes);
    requireRefusedUntouched(path, ErrorCode::Corrupt, u"damaged"_s);
}

TEST_CASE("a database from a newer schema version is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = makeOurDatabase(dir, u"newer.db"_s);
    test::rawSql(path, u"PRAGMA user_version = %1"_s.arg(currentSchemaVersion() + 7));
    REQUIRE_FALSE(QFile::exists(path + u"-wal"_s));
    requireRefusedUntouched(path, ErrorCode::NewerSchema, QString::number(currentSchemaVersion() + 7));
}

TEST_CASE("a read-only database file is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = makeOurDatabase(dir, u"readonly.db"_s);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    requireRefusedUntouched(path, ErrorCode::NotWritable, u"read-only"_s);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a database in a read-only folder is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = makeOurDatabase(dir, u"infolder.db"_s);
    const QFileDevice::Permissions folderWas = QFile::permissions(dir.path());
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    requireRefusedUntouched(path, ErrorCode::NotWritable, u"read-only"_s);
    CHECK_FALSE(QFile::exists(path + u"-wal"_s));
    QFile::setPermissions(dir.path(), folderWas);
}

TEST_CASE("a location that cannot be written is refused and nothing is created", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    SECTION("missing folder")
    {
        const QString path = dir.filePath(u"no/such/folder/ogi.db"_s);
        REQUIRE_THROWS_AS(Database::open(path, OpenMode::CreateIfMissing), Error);
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QDir(dir.filePath(u"no"_s)).exists());
    }
    SECTION("a file where the folder should be")
    {
        test::writeBytes(dir.filePath(u"plain.txt"_s), "x");
        const QString path = dir.filePath(u"plain.txt/ogi.db"_s);
        try {
            Database::open(path, OpenMode::CreateIfMissing);
            FAIL("opened");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::NotWritable);
            CHECK(error.message().contains(u"plain.txt"_s));
        }
    }
    SECTION("a folder path instead of a file")
    {
        QDir(dir.path()).mkdir(u"sub.db"_s);
        try {
            Database::open(dir.filePath(u"sub.db"_s), OpenMode::CreateIfMissing);
            FAIL("opened");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::NotOurFile);
        }
    }
}

TEST_CASE("a missing file is not created unless asked", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.db"_s);
    try {
        Database::open(path);
        FAIL("opened");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::NotFound);
        CHECK(error.message().contains(path));
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a cut-off database is refused untouched", "[storage][refusal][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = makeOurDatabase(dir, u"cut.db"_s);
    const QByteArray bytes = test::readBytes(path);
    test::writeBytes(path, bytes.left(bytes.size() - 4096)); // the last page lost
    requireRefusedUntouched(path, ErrorCode::Corrupt, u"damaged"_s);
}
