// `ogi init --admin`, `ogi user ...` and signing in from the command line.
#include "TestApp.h"
#include "TestFiles.h"

#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::runCli;

namespace {
const QStringList kEnglish = { u"LANG=en_US.UTF-8"_s };

QString show(const test::ProcessResult& r)
{
    return u"exit %1\nout: %2\nerr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}
} // namespace

TEST_CASE("init --admin and the user commands", "[cli][users]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"office.ogi"_s);
    test::initRegisterWithUsers(db); // admin and clerk, password kTestPassword
    // A second first administrator is refused.
    test::ProcessResult r = runCli({ u"--db"_s, db, u"init"_s, u"--admin"_s, u"mallory"_s }, {}, kEnglish);
    INFO(show(r).toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"already has users"));

    r = runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"zhaomin"_s, u"--role"_s, u"保密审查"_s,
        u"--display-name"_s, u"赵敏"_s });
    INFO(show(r).toStdString());
    CHECK(r.exitCode == 0);
    r = runCli({ u"--db"_s, db, u"user"_s, u"list"_s, u"--json"_s });
    REQUIRE(r.exitCode == 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(users.size() == 3);
    CHECK(users.at(2).toObject().value(u"login"_s).toString() == u"zhaomin");
    CHECK(users.at(2).toObject().value(u"roles"_s).toArray().at(0).toString() == u"reviewer");

    // A clerk may not add users.
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"user"_s, u"add"_s, u"x1"_s, u"--role"_s, u"admin"_s }, {}, kEnglish);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"needs the role Administrator"));

    // The reviewer cannot register an application; nothing is written.
    const QString json = dir.filePath(u"app.json"_s);
    test::writeBytes(json, test::samplePersonJson());
    const QByteArray before = test::readBytes(db);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"zhaomin"_s, u"add"_s, u"--json"_s, json }, {}, kEnglish);
    INFO(show(r).toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Registering an application needs the role Clerk"));
    // Without --user: a usage error.
    r = runCli({ u"--db"_s, db, u"add"_s, u"--json"_s, json }, {}, kEnglish);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--user"));
    CHECK(test::readBytes(db) == before);

    // A wrong password: exit 1, and the audit log has it.
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json }, {}, { u"OGI_PASSWORD=wrong-one"_s });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"密码"));
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json });
    CHECK(r.exitCode == 0);

    // passwd, disable.
    r = runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"passwd"_s, u"clerk"_s }, {},
        { u"OGI_NEW_PASSWORD=another-pass-9"_s });
    CHECK(r.exitCode == 0);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"list"_s }, {}, { u"OGI_PASSWORD=another-pass-9"_s });
    CHECK(r.exitCode == 0);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"disable"_s, u"clerk"_s });
    CHECK(r.exitCode == 0);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json }, {},
        { u"OGI_PASSWORD=another-pass-9"_s, u"LANG=en_US.UTF-8"_s });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"disabled"));
    r = runCli({ u"--db"_s, db, u"verify"_s });
    CHECK(r.exitCode == 0);
}
