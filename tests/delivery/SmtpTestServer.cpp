#include "SmtpTestServer.h"

#include "TestFiles.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace ogi::test {

namespace {
    QString script(const char* name) { return QStringLiteral(OGI_SOURCE_DIR) + u"/tests/delivery/"_s + QLatin1String(name); }
} // namespace

SmtpTestServer::SmtpTestServer(const char* mode, const QString& certificate, const QString& key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SMTP_TEST_CERT"_s, certificate);
    env.insert(u"SMTP_TEST_KEY"_s, key);
    m_process.setProcessEnvironment(env);
    m_process.start(u"/usr/bin/python3"_s, { script("smtp_test_server.py"), QLatin1String(mode), m_dir.path() });
    REQUIRE(m_process.waitForStarted());
    REQUIRE(m_process.waitForReadyRead(10000));
    m_port = m_process.readLine().trimmed().toInt();
    REQUIRE(m_port > 0);
}

SmtpTestServer::~SmtpTestServer()
{
    m_process.kill();
    m_process.waitForFinished();
}

int SmtpTestServer::messageCount() const
{
    return int(QDir(m_dir.path()).entryList({ u"message-*.eml"_s }).size());
}

QJsonObject SmtpTestServer::message(int n) const
{
    const QString path = m_dir.filePath(u"message-%1.eml"_s.arg(n));
    if (!QFile::exists(path))
        return {};
    QProcess reader;
    reader.start(u"/usr/bin/python3"_s, { script("read_mail.py"), path });
    REQUIRE(reader.waitForFinished(20000));
    INFO(reader.readAllStandardError().toStdString());
    REQUIRE(reader.exitCode() == 0);
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
}

QString makeTestCertificate(const QString& folder, const QString& name)
{
    const QString certificate = folder + u'/' + name + u".pem"_s;
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
            u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost"_s, u"-keyout"_s,
            folder + u'/' + name + u".key"_s, u"-out"_s, certificate });
    REQUIRE(openssl.waitForFinished(60000));
    INFO(openssl.readAllStandardError().toStdString());
    REQUIRE(openssl.exitCode() == 0);
    return certificate;
}

QJsonObject SmtpTestServer::envelope(int n) const
{
    return QJsonDocument::fromJson(readBytes(m_dir.filePath(u"envelope-%1.json"_s.arg(n)))).object();
}

} // namespace ogi::test
