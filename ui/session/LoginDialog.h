#pragma once

#include "users/UserAccount.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

// Signing in to the register. A wrong password keeps the dialog open with the reason shown
// under the fields (core throttles and audits the attempts).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const Database& database, const QString& login = {}, QWidget* parent = nullptr);

    const UserAccount& user() const { return m_user; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    const Database& m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    UserAccount m_user;
};

} // namespace ogi::ui
