// What --db and the open dialog accept (issue 19): a file path means SQLite, a postgresql://
// address the shared office's server; a bad address is refused naming what is wrong.
#include "PgTestServer.h"
#include "TestApp.h"

#include "Error.h"
#include "storage/Database.h"
#include "storage/RegisterLocation.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("a register address is a file path or a postgresql:// address with its parts", "[storage][location]")
{
    test::ensureCoreApp();
    struct Case
    {
        const char* text;
        StorageEngine engine;
        const char* host;
        int port;
        const char* user;
        const char* database;
        const char* display;
    };
    const Case cases[] = {
        { "/home/wangfang/台账.ogi", StorageEngine::Sqlite, "", 5432, "", "", "/home/wangfang/台账.ogi" },
        { "office.ogi", StorageEngine::Sqlite, "", 5432, "", "", "office.ogi" },
        { "postgres.ogi", StorageEngine::Sqlite, "", 5432, "", "", "postgres.ogi" },
        { "postgresql://wangfang@10.0.0.5:5433/ogi", StorageEngine::Postgresql, "10.0.0.5", 5433, "wangfang", "ogi",
            "postgresql://wangfang@10.0.0.5:5433/ogi" },
        { "postgresql://db.example.gov.cn/register", StorageEngine::Postgresql, "db.example.gov.cn", 5432, "",
            "register", "postgresql://db.example.gov.cn:5432/register" },
        { "postgres://chenjun@server/ogi?sslmode=verify-full&sslrootcert=/etc/ogi/ca.crt", StorageEngine::Postgresql,
            "server", 5432, "chenjun", "ogi", "postgresql://chenjun@server:5432/ogi" },
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const RegisterLocation location = RegisterLocation::parse(QString::fromUtf8(c.text));
        CHECK(location.engine == c.engine);
        CHECK(location.host == QLatin1String(c.host));
        CHECK(location.port == c.port);
        CHECK(location.user == QLatin1String(c.user));
        CHECK(location.database == QLatin1String(c.database));
        CHECK(location.display() == QString::fromUtf8(c.display));
        CHECK(location.filePath == (c.engine == StorageEngine::Sqlite ? QString::fromUtf8(c.text) : QString()));
    }
    const RegisterLocation tls
        = RegisterLocation::parse(u"postgresql://chenjun@server/ogi?sslmode=verify-full&sslrootcert=/etc/ogi/ca.crt"_s);
    CHECK(tls.options
        == QList<QPair<QString, QString>> { { u"sslmode"_s, u"verify-full"_s }, { u"sslrootcert"_s, u"/etc/ogi/ca.crt"_s } });
}

TEST_CASE("a bad register address is refused naming what is wrong, and a password in it never echoed",
    "[storage][location]")
{
    test::ensureCoreApp();
    struct Case
    {
        const char* text;
        const char* named; // the message says this
    };
    const Case cases[] = {
        { "postgresql:///ogi", "names no server" },
        { "postgresql://server", "names no database" },
        { "postgresql://server/", "names no database" },
        { "postgresql://server:0/ogi", "port" },
        { "postgresql://server:99999/ogi", "port" },
        { "postgresql://server/ogi?sslmode=sometimes", "sslmode must be" },
        { "postgresql://server/ogi?host=evil", "“host”" },
        { "postgresql://server/ogi?password=x", "“password”" },
        { "postgresql://wangfang:s3cret-pw@server/ogi", "holds a password" },
    };
    for (const Case& c : cases) {
        INFO(c.text);
        try {
            RegisterLocation::parse(QString::fromUtf8(c.text));
            FAIL("accepted");
        } catch (const Error& e) {
            INFO(e.message().toStdString());
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.message().contains(QString::fromUtf8(c.named)));
            CHECK_FALSE(e.message().contains(u"s3cret-pw"_s));
        }
    }
}

TEST_CASE("a postgresql:// address given to open goes to the server, never made into a file", "[storage][location]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path()); // a relative "postgresql:" folder would appear here
    try {
        // No server listens there: told so, with the address.
        Database::open(u"postgresql://wangfang@127.0.0.1:%1/ogi?connect_timeout=2"_s.arg(test::unusedLocalPort()),
            OpenMode::CreateIfMissing);
        FAIL("opened");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Network);
        CHECK(e.message().contains(u"postgresql://wangfang@127.0.0.1:"_s));
    }
    try {
        Database::open(u"postgresql://wangfang:s3cret-pw@server/ogi"_s, OpenMode::CreateIfMissing);
        FAIL("opened");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(e.message().contains(u"s3cret-pw"_s));
    }
    QDir::setCurrent(before);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}
