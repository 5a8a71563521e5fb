// Delivery of replies by email (issue 9) against a real SMTP server on 127.0.0.1.
#include "TestRegister.h"
#include "EmailCase.h"
#include "NoticeCases.h"
#include "SmtpTestServer.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "SealedSecret.h"
#include "Sha256.h"
#include "delivery/EmailDelivery.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "settings/OfficeSettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::day;

namespace {

std::string str(const QString& s) { return s.toStdString(); }

} // namespace

TEST_CASE("a reply goes to the applicant with the PDF attached, and the delivery is recorded", "[delivery]")
{
    test::SmtpTestServer server("ok");
    test::EmailCase c(server.port());
    const qint64 before = c.f.writtenRows();
    REQUIRE(EmailDelivery(*c.f.database, c.f.clock).problem(c.f.clerk, c.number).isEmpty());

    const EmailReceipt receipt = c.deliver();
    CHECK(receipt.recipient == u"zhangsan@example.cn");
    CHECK(receipt.serverReply.startsWith(u"250 2.0.0 Ok: queued as TEST1"));
    CHECK(receipt.messageId.endsWith(u"@example.gov.cn>"));

    REQUIRE(server.messageCount() == 1);
    const QJsonObject envelope = server.envelope();
    CHECK(envelope.value(u"from"_s).toString() == u"<xxgk@example.gov.cn>");
    CHECK(envelope.value(u"to"_s).toArray() == QJsonArray { u"<zhangsan@example.cn>"_s });
    CHECK(envelope[u"auth"_s][u"user"_s].toString() == u"xxgk");
    CHECK(envelope[u"auth"_s][u"password"_s].toString() == QLatin1String(test::kMailPassword)); // unsealed for the server
    const QJsonObject mail = server.message();
    const QString subject = u"政府信息公开申请答复：政府信息公开申请答复书（%1）"_s.arg(c.notice.number);
    CHECK(str(mail.value(u"subject"_s).toString()) == str(subject));
    CHECK(mail.value(u"subject_raw"_s).toString().startsWith(u"=?UTF-8?"_s, Qt::CaseInsensitive)); // RFC 2047
    CHECK(mail.value(u"to"_s).toString() == u"张三 <zhangsan@example.cn>");
    CHECK(mail.value(u"from"_s).toString().endsWith(u"<xxgk@example.gov.cn>"));
    CHECK(mail.value(u"message_id"_s).toString() == receipt.messageId);
    CHECK(mail.value(u"text"_s).toString().contains(u"登记编号 %1"_s.arg(c.number)));
    const QJsonArray attachments = mail.value(u"attachments"_s).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.at(0)[u"type"_s].toString() == u"application/pdf");
    CHECK(attachments.at(0)[u"sha256"_s].toString() == sha256Hex(c.pdf));

    CHECK(c.f.stateOf(c.number) == CaseState::Replied);
    CHECK(c.f.writtenRows() == before + 2); // the event and its audit row
    const CaseEvent last = c.f.repository->events(c.f.repository->find(c.number)->id).back();
    CHECK(last.action == u"deliver");
    CHECK(last.details.value(u"method"_s).toString() == u"email");
    CHECK(last.details.value(u"message_id"_s).toString() == receipt.messageId);
    CHECK(last.details.value(u"server_reply"_s).toString() == receipt.serverReply);
    CHECK(last.details.value(u"notice"_s).toString() == c.notice.number);
    CHECK(last.details.value(u"recipient"_s).toString() == u"zhangsan@example.cn");

    // Delivered once: a second attempt is refused and sends nothing.
    CHECK_THROWS_AS(c.deliver(), Error);
    CHECK(server.messageCount() == 1);
}

TEST_CASE("a server that refuses, hangs up or keeps silent leaves the case undelivered", "[delivery]")
{
    struct Failure
    {
        const char* mode;
        const char* says;
    };
    for (const Failure& failure : { Failure { "reject-rcpt", "Recipient address rejected: User unknown" },
             Failure { "reject-data", "554 5.7.1 Message rejected as spam" }, Failure { "drop", "closed the connection" },
             Failure { "silent", "did not answer within 2 s" } }) {
        INFO(failure.mode);
        test::SmtpTestServer server(failure.mode);
        test::EmailCase c(server.port());
        const qint64 before = c.f.writtenRows();
        QElapsedTimer timer;
        timer.start();
        try {
            c.deliver();
            FAIL("delivered through a failing server");
        } catch (const Error& error) {
            INFO(str(error.message()));
            CHECK(error.code() == ErrorCode::Network);
            CHECK(error.message().contains(u"127.0.0.1:%1"_s.arg(server.port())));
            CHECK(error.message().contains(QLatin1String(failure.says)));
        }
        CHECK(timer.elapsed() < 10000);
        CHECK(c.f.stateOf(c.number) == CaseState::SignedOff);
        CHECK(c.f.writtenRows() == before);
        CHECK(server.messageCount() == 0);
    }
}

TEST_CASE("nothing is sent for a case that did not ask for email or is not ready", "[delivery]")
{
    test::SmtpTestServer server("ok");
    test::EmailCase post(server.port(), false);
    const QString problem = EmailDelivery(*post.f.database, post.f.clock).problem(post.f.clerk, post.number);
    CHECK(problem.contains(u"not by email"_s));
    CHECK_THROWS_AS(post.deliver(), Error);

    test::EmailCase c(server.port());
    // Only a clerk delivers.
    CHECK(!EmailDelivery(*c.f.database, c.f.clock).problem(c.f.reviewer, c.number).isEmpty());
    CHECK_THROWS_AS(EmailDelivery(*c.f.database, c.f.clock).deliver(c.f.reviewer, c.number, c.notice, c.pdf), Error);
    // A voided reply is not sent.
    NoticeStore(*c.f.database, c.f.clock).voidNotice(c.notice.id, u"文号有误"_s, c.f.clerk);
    CHECK(EmailDelivery(*c.f.database, c.f.clock).problem(c.f.clerk, c.number).contains(u"No reply notice"_s));
    CHECK_THROWS_AS(c.deliver(), Error);
    CHECK(server.messageCount() == 0);
    CHECK(c.f.stateOf(c.number) == CaseState::SignedOff);

    // A disclosure over a consulted third party's objection waits for the notice to the third
    // party (Art. 32): said before anything is sent, not after the mail is out.
    test::WorkflowFixture& f = c.f;
    const QString objected = f.newCase("2026-07-01");
    f.act(f.clerk, objected, "accept", "2026-07-02");
    f.act(f.chief, objected, "assign", "2026-07-02", { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, objected, "consult", "2026-07-03", { { u"party_kind"_s, u"third_party"_s }, { u"party"_s, u"某某公司"_s } });
    f.act(f.clerk, objected, "consult_answer", "2026-07-06", { { u"answer"_s, u"objection"_s } });
    f.act(f.clerk, objected, "submit_review", "2026-07-06");
    f.act(f.reviewer, objected, "review", "2026-07-06", { { u"result"_s, u"pass"_s } });
    f.act(f.clerk, objected, "draft", "2026-07-07", { { u"reply_type"_s, u"disclose"_s } });
    f.act(f.clerk, objected, "submit", "2026-07-07");
    f.act(f.chief, objected, "sign_off", "2026-07-08");
    const IssuedNotice reply = f.issueReply(objected, "2026-11-20");
    CHECK(EmailDelivery(*f.database, f.clock).problem(f.clerk, objected).contains(u"Art. 32"_s));
    CHECK_THROWS_AS(EmailDelivery(*f.database, f.clock).deliver(f.clerk, objected, reply, c.pdf), Error);
    CHECK(server.messageCount() == 0);
    CHECK(f.stateOf(objected) == CaseState::SignedOff);
}

TEST_CASE("the mail password is sealed: not in the database file, back only with the key", "[delivery]")
{
    test::EmailCase c(25);
    const QString password = QLatin1String(test::kMailPassword);
    CHECK(OfficeSettings(*c.f.database, c.f.clock).mailServer().password == password);
    // Closed: everything written to the file itself.
    c.f.workflow.reset();
    c.f.repository.reset();
    c.f.database.reset();
    // The register's files (the database, its WAL), or on PostgreSQL every row it holds.
    QByteArray raw = test::storedContents(c.f.location);
    if (!test::testsOnPostgresql())
        for (const QString& file : QDir(c.f.dir.path()).entryList(QDir::Files))
            raw += test::readBytes(c.f.dir.filePath(file));
    REQUIRE(raw.contains("smtp_password"));
    CHECK(!raw.contains(password.toUtf8()));
    CHECK(!raw.contains(password.toUtf8().toBase64()));
    CHECK(!raw.contains(QByteArray(reinterpret_cast<const char*>(password.utf16()), password.size() * 2)));

    const QFile key(secretKeyPath());
    REQUIRE(key.exists());
    CHECK(key.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const QString sealed = sealSecret(password);
    CHECK(sealSecret(password) != sealed); // a new IV each time
    CHECK(openSecret(sealed) == password);
    // Another computer's key: the password is not readable, and says so.
    QFile::remove(secretKeyPath());
    sealSecret(u"x"_s); // makes a new key
    CHECK(!openSecret(sealed).has_value());
}

TEST_CASE("mail server settings are checked and need an administrator", "[delivery]")
{
    test::WorkflowFixture f;
    qputenv("XDG_CONFIG_HOME", f.dir.filePath(u"config"_s).toLocal8Bit());
    OfficeSettings settings(*f.database, f.clock);
    OfficeSettings::MailServer server;
    server.port = 0;
    server.sender = u"not an address"_s;
    server.password = u"pw"_s;
    server.timeoutSeconds = 0;
    QStringList fields;
    for (const FieldIssue& issue : OfficeSettings::validateMailServer(server))
        fields << issue.field;
    CHECK(fields == QStringList { u"host"_s, u"port"_s, u"sender"_s, u"timeout"_s, u"user"_s });
    server = {};
    server.host = u"smtp.example.gov.cn"_s;
    server.sender = u"xxgk@example.gov.cn"_s;
    CHECK_THROWS_AS(settings.setMailServer(server, f.clerk), Error);
    settings.setMailServer(server, f.admin);
    CHECK(settings.mailServer().host == u"smtp.example.gov.cn");
    CHECK(settings.mailServer().security == OfficeSettings::MailSecurity::StartTls);
}

TEST_CASE("STARTTLS and TLS from the start deliver through a trusted certificate, and refuse an untrusted one",
    "[delivery][tls]")
{
    QTemporaryDir certificates;
    const QString trusted = test::makeTestCertificate(certificates.path(), u"server"_s);
    const QString stranger = test::makeTestCertificate(certificates.path(), u"stranger"_s);
    const QString key = certificates.filePath(u"server.key"_s);
    // The client checks the server against the system's CAs; OpenSSL reads them from here.
    const QByteArray systemCas = qgetenv("SSL_CERT_FILE");
    struct Mode
    {
        const char* server;
        OfficeSettings::MailSecurity security;
    };
    for (const Mode& mode : { Mode { "starttls", OfficeSettings::MailSecurity::StartTls },
             Mode { "tls", OfficeSettings::MailSecurity::Tls } }) {
        INFO(mode.server);
        test::SmtpTestServer server(mode.server, trusted, key);
        for (const bool trust : { false, true }) {
            INFO((trust ? "trusted" : "untrusted"));
            test::EmailCase c(server.port());
            OfficeSettings settings(*c.f.database, c.f.clock);
            OfficeSettings::MailServer mail = settings.mailServer();
            mail.host = u"localhost"_s;
            mail.security = mode.security;
            settings.setMailServer(mail, c.f.admin);
            qputenv("SSL_CERT_FILE", QFile::encodeName(trust ? trusted : stranger));
            const qint64 before = c.f.writtenRows();
            if (trust) {
                const EmailReceipt receipt = c.deliver();
                CHECK(receipt.serverReply.startsWith(u"250 "_s));
                REQUIRE(server.messageCount() == 1);
                CHECK(server.message().value(u"attachments"_s).toArray().at(0)[u"sha256"_s].toString()
                    == sha256Hex(c.pdf));
                CHECK(server.envelope()[u"auth"_s][u"password"_s].toString() == QLatin1String(test::kMailPassword));
                CHECK(c.f.stateOf(c.number) == CaseState::Replied);
            } else {
                try {
                    c.deliver();
                    FAIL("delivered to a server whose certificate nobody vouches for");
                } catch (const Error& error) {
                    INFO(str(error.message()));
                    CHECK(error.code() == ErrorCode::Network);
                    CHECK(error.message().contains(u"localhost:%1"_s.arg(server.port())));
                    CHECK(error.message().contains(u"secure connection"_s));
                }
                CHECK(server.messageCount() == 0); // the password never went out either
                CHECK(c.f.writtenRows() == before);
                CHECK(c.f.stateOf(c.number) == CaseState::SignedOff);
            }
        }
    }
    if (systemCas.isEmpty())
        qunsetenv("SSL_CERT_FILE");
    else
        qputenv("SSL_CERT_FILE", systemCas);
}
