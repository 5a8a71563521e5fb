#include "SmtpTestServer.h"

#include "TestFiles.h"

#include <QDir>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace ogi::test {

namespace {
    QString script(const char* name) { return QStringLiteral(OGI_SOURCE_DIR) + u"/tests/delivery/"_s + QLatin1String(name); }
} // namespace

SmtpTestServer::SmtpTestServer(const char* mode)
{
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

QJsonObject SmtpTestServer::envelope(int n) const
{
    return QJsonDocument::fromJson(readBytes(m_dir.filePath(u"envelope-%1.json"_s.arg(n)))).object();
}

} // namespace ogi::test
