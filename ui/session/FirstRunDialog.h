#pragma once

#include "register/CheckedFields.h"
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
// password (there is no default account). Every problem is shown at once beside its field
// (the agency's and the administrator's together); the dialog stays open until both are
// stored, and the administrator is then signed in (administrator()).
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
    // The problem shown under an administrator field: "login", "password", "repeat".
    QLabel* issueLabel(const QString& field) const { return m_checked.issueLabel(field); }

    // What the administrator does next, for the window's first message.
    static QString nextStepsText();

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitContents();

    const Database& m_database;
    AgencyForm* m_agency;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    CheckedFields m_checked;
    UserAccount m_admin;
};

} // namespace ogi::ui
