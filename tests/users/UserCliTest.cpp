// `ogi init --admin`, `ogi user ...` and signing in from the command line.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
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
    const QByteArray before = test::storedContents(db);
    r = runCli({ u"--db"_s, db, u"--user"_s, u"zhaomin"_s, u"add"_s, u"--json"_s, json }, {}, kEnglish);
    INFO(show(r).toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Registering an application needs the role Clerk"));
    // Without --user: a usage error.
    r = runCli({ u"--db"_s, db, u"add"_s, u"--json"_s, json }, {}, kEnglish);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--user"));
    CHECK(test::storedContents(db) == before);

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

TEST_CASE("twenty wrong passwords at once count twenty and lock the account", "[cli][users][signin]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    // Twenty `ogi` processes started together, each with a wrong password for the clerk: each
    // reads the counter at about the same moment, so a count read outside the write would end at 1.
    QList<QProcess*> guesses;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.insert(u"OGI_PASSWORD"_s, u"wrong-guess-2026"_s);
    for (int i = 0; i < 20; ++i) {
        auto* p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(OGI_CLI_PATH), { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"act"_s, u"2026-0001"_s, u"accept"_s });
        guesses << p;
    }
    int refused = 0;
    int wrongPassword = 0;
    int lockedOut = 0;
    for (QProcess* p : guesses) {
        REQUIRE(p->waitForFinished(120000));
        refused += p->exitCode() != 0 ? 1 : 0;
        const QString err = QString::fromUtf8(p->readAllStandardError());
        wrongPassword += err.contains(u"Wrong login or password"_s) ? 1 : 0;
        lockedOut += err.contains(u"locked until"_s) ? 1 : 0;
        delete p;
    }
    CHECK(refused == 20);
    CHECK(wrongPassword == 20 - lockedOut);
    const Database reg = Database::open(db);
    const QSqlDatabase raw = reg.connection();
    const int failures = sql::scalar(raw, u"SELECT failed_attempts FROM users WHERE login = 'clerk'"_s).toInt();
    const int audited
        = sql::scalar(raw, u"SELECT count(*) FROM audit_log WHERE action = 'user.sign_in_failed' AND subject = 'clerk'"_s)
              .toInt();
    // Every checked guess is counted and audited; those that came after the lock are refused
    // unchecked. Either way the account is locked after five.
    CHECK(failures >= 5);
    CHECK(failures == audited);
    CHECK_FALSE(sql::scalar(raw, u"SELECT locked_until FROM users WHERE login = 'clerk'"_s).isNull());
    // Locked: the right password is refused too.
    const test::ProcessResult right = runCli(
        { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"act"_s, u"2026-0001"_s, u"accept"_s }, {}, { u"LANG=en_US.UTF-8"_s });
    INFO(show(right).toStdString());
    CHECK(right.exitCode != 0);
    CHECK(right.err.contains(u"locked until"));
}
