#pragma once

#include "users/UserAccount.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

class AgencyForm;

// First run of an empty register: the agency (name, code, document number pattern, the
// bodies of the remedies paragraph) and the administrator, who chooses their own login and
// password (there is no default account). Problems are shown beside their fields or below
// the form; the dialog stays open until both are stored.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const Database& database, QWidget* parent = nullptr);

    const UserAccount& administrator() const { return m_admin; }
    AgencyForm* agencyForm() const { return m_agency; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    const Database& m_database;
    AgencyForm* m_agency;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    UserAccount m_admin;
};

} // namespace ogi::ui
