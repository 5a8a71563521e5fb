#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ogi {
class Database;
}

namespace ogi::ui {

// 设置 → 邮件送达 (administrators): the mail server replies are delivered through. The
// password field shows dots; it is stored sealed (never as plain text in the register).
class MailServerPanel : public QWidget
{
    Q_OBJECT
public:
    MailServerPanel(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QComboBox* securityBox() const { return m_security; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* senderEdit() const { return m_sender; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void refresh();
    // Stores the fields; problems, one per line, go to messageLabel(). True when stored.
    bool save();

private:
    const Database& m_database;
    UserAccount m_user;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_sender;
    QSpinBox* m_timeout;
    QLabel* m_message;
};

} // namespace ogi::ui
