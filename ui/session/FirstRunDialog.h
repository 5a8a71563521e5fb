#pragma once

#include "users/UserAccount.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

// First run of an empty register: the administrator chooses their login and password (there
// is no default account). Problems are shown in the dialog, which stays open.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const Database& database, QWidget* parent = nullptr);

    const UserAccount& administrator() const { return m_admin; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    const Database& m_database;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    UserAccount m_admin;
};

} // namespace ogi::ui
