// `ogi settings mail` and `ogi deliver-email` end to end (issue 9).
#include "SmtpTestServer.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Sha256.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::ProcessResult;

TEST_CASE("ogi deliver-email sends the issued reply as the same PDF and records it", "[delivery][cli]")
{
    test::SmtpTestServer server("ok");
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
    // The sealing key and the log stay in the test's folder.
    const QStringList env = { u"XDG_CONFIG_HOME="_s + dir.filePath(u"config"_s),
        u"XDG_STATE_HOME="_s + dir.filePath(u"state"_s), u"OGI_SMTP_PASSWORD=mail-Secret-42"_s };
    const auto run = [&](const char* user, const QStringList& args) {
        const ProcessResult r = test::runCli(QStringList { u"--db"_s, db, u"--user"_s, QLatin1String(user) } + args, {}, env);
        INFO(test::describe(r));
        return r;
    };
    {
        // Written in this process under the same office key as the CLI's below: verify
        // checks the audit rows' seals with that key.
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());
        test::initRegisterWithUsers(db);
        if (saved.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", saved);
    }
    REQUIRE(run("admin", { u"user"_s, u"add"_s, u"chief"_s, u"--role"_s, u"chief"_s }).exitCode == 0);
    REQUIRE(run("admin",
                { u"settings"_s, u"agency"_s, u"--name"_s, u"某某区人民政府办公室"_s, u"--pattern"_s,
                    u"某政公开〔{year}〕第{n}号"_s, u"--reconsideration-body"_s, u"某某区人民政府"_s, u"--court"_s,
                    u"某某区人民法院"_s, u"--contact"_s, u"电话：010-12345678"_s })
                .exitCode
        == 0);
    ProcessResult r = run("admin",
        { u"settings"_s, u"mail"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()),
            u"--security"_s, u"none"_s, u"--sender"_s, u"xxgk@example.gov.cn"_s, u"--login"_s, u"xxgk"_s,
            u"--password"_s, u"--timeout"_s, u"2"_s });
    INFO(test::describe(r));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"127.0.0.1:%1（none）"_s.arg(server.port())));
    CHECK(!r.out.contains(u"mail-Secret-42"_s));
    CHECK(!test::storedContents(db).contains("mail-Secret-42"));
    CHECK(run("clerk", { u"settings"_s, u"mail"_s, u"--host"_s, u"x"_s }).exitCode == 1);

    // An application by email, answered at once (a petition) and signed off.
    QByteArray json = test::samplePersonJson(QDate(2026, 7, 1));
    json.replace(R"("delivery_way": "post")", R"("delivery_way": "email")");
    json.replace(R"("postcode": "100032")", R"("postcode": "100032", "email": "zhangsan@example.cn")");
    test::writeBytes(dir.filePath(u"app.json"_s), json);
    r = run("clerk", { u"add"_s, u"--json"_s, dir.filePath(u"app.json"_s) });
    REQUIRE(r.exitCode == 0);
    const QString number = r.out.trimmed();
    REQUIRE(run("clerk", { u"act"_s, number, u"accept"_s, u"--date"_s, u"2026-07-02"_s }).exitCode == 0);
    REQUIRE(run("clerk", { u"act"_s, number, u"draft"_s, u"--reply-type"_s, u"信访投诉"_s, u"--date"_s, u"2026-07-02"_s })
                .exitCode
        == 0);
    REQUIRE(run("clerk", { u"act"_s, number, u"submit"_s, u"--date"_s, u"2026-07-02"_s }).exitCode == 0);
    // Not signed off yet: refused, nothing sent.
    r = run("clerk", { u"notice"_s, number, u"receipt"_s, u"--date"_s, u"2026-07-02"_s });
    REQUIRE(r.exitCode == 0);
    r = run("clerk", { u"deliver-email"_s, number, u"某政公开〔2026〕第1号"_s });
    CHECK(r.exitCode == 1);
    CHECK(server.messageCount() == 0);

    REQUIRE(run("chief", { u"act"_s, number, u"sign-off"_s, u"--date"_s, u"2026-07-03"_s }).exitCode == 0);
    r = run("clerk",
        { u"notice"_s, number, u"reply_petition"_s, u"--date"_s, u"2026-07-03"_s, u"--set"_s, u"petition_matter=道路维修投诉"_s,
            u"--set"_s, u"proper_channel=12345 市民服务热线"_s });
    REQUIRE(r.exitCode == 0);
    const QString reply = u"某政公开〔2026〕第2号"_s;
    // The receipt is not the reply.
    r = run("clerk", { u"deliver-email"_s, number, u"某政公开〔2026〕第1号"_s });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"某政公开〔2026〕第2号"_s));

    r = run("clerk", { u"deliver-email"_s, number, reply });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"zhangsan@example.cn"_s));
    CHECK(r.out.contains(u"250 2.0.0 Ok: queued as TEST1"_s));

    const QString pdf = dir.filePath(u"reply.pdf"_s);
    REQUIRE(run("clerk", { u"notice"_s, u"--reprint"_s, reply, u"--pdf"_s, pdf }).exitCode == 0);
    const QJsonObject mail = server.message();
    const QJsonArray attachments = mail.value(u"attachments"_s).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.at(0)[u"sha256"_s].toString() == sha256Hex(test::readBytes(pdf)));
    CHECK(mail.value(u"subject"_s).toString().contains(reply));
    CHECK(server.envelope().value(u"to"_s).toArray() == QJsonArray { u"<zhangsan@example.cn>"_s });

    r = run("clerk", { u"show"_s, number });
    CHECK(r.out.contains(mail.value(u"message_id"_s).toString()));
    const auto verified = run("clerk", { u"verify"_s });
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    // The log says what happened.
    const QByteArray log = test::readBytes(dir.filePath(u"state/ogi-desk/ogi-desk.log"_s));
    CHECK(log.contains("email delivery: accepted"));
    CHECK(log.contains("clerk signed in"));
}
