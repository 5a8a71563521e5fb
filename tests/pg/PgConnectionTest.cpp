// Reaching a PostgreSQL register (issue 19), against the throw-away test cluster: a good
// address opens; a server that is not there, a database that is not there and TLS the server
// does not offer are each refused in words that say what to do, and leave nothing open.
#include "PgTestServer.h"
#include "TestApp.h"

#include "Error.h"
#include "storage/RegisterLocation.h"
#include "storage/postgresql/PgConnection.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
Error openError(const QString& address)
{
    try {
        openPostgresql(RegisterLocation::parse(address), u"pg-refused"_s);
    } catch (const Error& e) {
        CHECK_FALSE(QSqlDatabase::contains(u"pg-refused"_s));
        return e;
    }
    FAIL("opened " << address.toStdString());
    return Error(ErrorCode::Internal, {});
}
} // namespace

TEST_CASE("the test cluster opens through QPSQL: PostgreSQL 15, UTF-8, named ogi-desk", "[postgresql]")
{
    test::ensureCoreApp();
    const QString address = test::createPgTestDatabase(u"connect"_s);
    {
        QSqlDatabase db = openPostgresql(RegisterLocation::parse(address), u"pg-good"_s);
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT current_setting('server_version_num')::int, pg_encoding_to_char(encoding), "
                           u"current_setting('application_name') FROM pg_database WHERE datname = current_database()"_s));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() / 10000 == 15);
        CHECK(query.value(1).toString() == u"UTF8");
        CHECK(query.value(2).toString() == u"ogi-desk");
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pg-good"_s);
}

TEST_CASE("a server not there, a database not there and TLS not offered are refused with what to do",
    "[postgresql]")
{
    test::ensureCoreApp();
    const RegisterLocation cluster = RegisterLocation::parse(test::pgTestServerUrl());

    const int port = test::unusedLocalPort();
    const Error unreachable = openError(u"postgresql://ogi_test@127.0.0.1:%1/ogi?connect_timeout=3"_s.arg(port));
    INFO(unreachable.message().toStdString());
    CHECK(unreachable.code() == ErrorCode::Network);
    CHECK(unreachable.message().contains(u"127.0.0.1:%1"_s.arg(port)));
    CHECK(unreachable.message().contains(u"cannot be reached"_s));

    const Error missing = openError(u"postgresql://ogi_test@127.0.0.1:%1/no_such_register"_s.arg(cluster.port));
    INFO(missing.message().toStdString());
    CHECK(missing.code() == ErrorCode::NotFound);
    CHECK(missing.message().contains(u"no database “no_such_register”"_s));

    // The test cluster speaks no TLS: a desk that insists on it must not fall back to plain text.
    const Error tls = openError(u"postgresql://ogi_test@127.0.0.1:%1/postgres?sslmode=require"_s.arg(cluster.port));
    INFO(tls.message().toStdString());
    CHECK(tls.code() == ErrorCode::Network);
    CHECK(tls.message().contains(u"TLS"_s));
}
