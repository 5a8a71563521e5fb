#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ogi::test {

// smtp_test_server.py on 127.0.0.1, started for one test and killed with it.
class SmtpTestServer
{
public:
    // `mode`: ok, reject-rcpt, reject-data, drop, silent, starttls, tls (see the script); the
    // last two present `certificate` with its `key` (PEM files).
    explicit SmtpTestServer(const char* mode, const QString& certificate = {}, const QString& key = {});
    ~SmtpTestServer();

    int port() const { return m_port; }
    // The n-th message the server accepted (1-based), read back by read_mail.py: subject
    // (decoded), subject_raw, from, to, message_id, text, attachments [{name, type, sha256}].
    // Empty when there is none.
    QJsonObject message(int n = 1) const;
    // MAIL FROM, RCPT TO and AUTH LOGIN of the n-th message: {from, to: [...], auth: {user, password}}.
    QJsonObject envelope(int n = 1) const;
    int messageCount() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// A self-signed certificate for "localhost" (openssl req -x509) and its key, written to
// `folder` as <name>.pem and <name>.key; returns the certificate's path.
QString makeTestCertificate(const QString& folder, const QString& name);

} // namespace ogi::test
