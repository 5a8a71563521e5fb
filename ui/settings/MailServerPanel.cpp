#include "MailServerPanel.h"

#include "Error.h"
#include "SealedSecret.h"
#include "settings/OfficeSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

using MailSecurity = OfficeSettings::MailSecurity;

MailServerPanel::MailServerPanel(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    m_host->setObjectName(u"smtpHost"_s);
    m_host->setPlaceholderText(u"smtp.example.gov.cn"_s);
    m_port->setObjectName(u"smtpPort"_s);
    m_port->setRange(1, 65535);
    m_security->setObjectName(u"smtpSecurity"_s);
    m_security->addItem(tr("STARTTLS (usually port 587 or 25)"), int(MailSecurity::StartTls));
    m_security->addItem(tr("TLS from the start (usually port 465)"), int(MailSecurity::Tls));
    m_security->addItem(tr("None: plain text (only inside a trusted network)"), int(MailSecurity::None));
    // The usual port follows the choice; an administrator may still type another.
    connect(m_security, &QComboBox::activated, this, [this] {
        m_port->setValue(MailSecurity(m_security->currentData().toInt()) == MailSecurity::Tls ? 465 : 587);
    });
    m_login->setObjectName(u"smtpLogin"_s);
    m_login->setPlaceholderText(tr("empty: the server takes mail without signing in"));
    m_password->setObjectName(u"smtpPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_sender->setObjectName(u"smtpSender"_s);
    m_sender->setPlaceholderText(u"xxgk@example.gov.cn"_s);
    m_timeout->setObjectName(u"smtpTimeout"_s);
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_message->setObjectName(u"smtpMessage"_s);
    m_message->setWordWrap(true);

    auto* intro = new QLabel(tr("Replies to applicants who asked to receive them by email are sent through this "
                                "server: the issued notice as PDF with a short cover letter (文书 → 邮件送达)."),
        this);
    intro->setWordWrap(true);
    auto* protection = new QLabel(tr("The password is stored encrypted in the register, with a key kept outside it "
                                     "in %1 (readable only by your system account). Someone with the register file or "
                                     "a backup of it cannot read the password; someone who can also read that key "
                                     "file can. On another computer or account the password must be entered again.")
                                      .arg(secretKeyPath()),
        this);
    protection->setWordWrap(true);
    protection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* save = new QPushButton(tr("Save"), this);
    save->setObjectName(u"saveMailServer"_s);
    connect(save, &QPushButton::clicked, this, &MailServerPanel::save);

    auto* form = new QFormLayout;
    form->addRow(tr("SMTP server"), m_host);
    form->addRow(tr("Security"), m_security);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Sender address"), m_sender);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Time-out"), m_timeout);
    form->addRow(QString(), save);
    form->addRow(QString(), m_message);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(protection);
    layout->addStretch();
}

void MailServerPanel::refresh()
{
    try {
        const OfficeSettings::MailServer server = OfficeSettings(m_database).mailServer();
        m_host->setText(server.host);
        m_port->setValue(server.port);
        m_security->setCurrentIndex(std::max(0, m_security->findData(int(server.security))));
        m_login->setText(server.user);
        m_password->setText(server.password);
        m_sender->setText(server.sender);
        m_timeout->setValue(server.timeoutSeconds);
        m_message->setText(server.passwordUnreadable
                ? tr("The stored password was saved on another computer or account and cannot be read here: enter "
                     "it again.")
                : QString());
    } catch (const Error& error) {
        m_message->setText(error.message());
    }
}

bool MailServerPanel::save()
{
    OfficeSettings::MailServer server;
    server.host = m_host->text();
    server.port = m_port->value();
    server.security = MailSecurity(m_security->currentData().toInt());
    server.user = m_login->text();
    server.password = m_password->text();
    server.sender = m_sender->text();
    server.timeoutSeconds = m_timeout->value();
    try {
        OfficeSettings(m_database).setMailServer(server, m_user);
    } catch (const Error& error) {
        QStringList lines;
        for (const FieldIssue& issue : error.issues())
            lines << issue.message;
        m_message->setText(lines.isEmpty() ? error.message() : lines.join(u'\n'));
        return false;
    }
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace ogi::ui
