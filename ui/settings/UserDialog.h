#pragma once

#include "users/Role.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ogi::ui {

// Asks for a new user (login, name, password twice, roles), or with `rolesOnly` for the
// roles of an existing one. Only collects and checks what was typed; the caller stores it
// through core and shows core's refusal with showProblem().
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserDialog(bool rolesOnly, QWidget* parent = nullptr);

    QString login() const;
    QString displayName() const;
    QString password() const;
    QList<Role> roles() const;
    void setRoles(const QList<Role>& roles);
    void showProblem(const QString& message);

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QCheckBox* roleBox(Role role) const;

    void accept() override;

private:
    bool m_rolesOnly;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QList<std::pair<Role, QCheckBox*>> m_roles;
    QLabel* m_problem;
};

} // namespace ogi::ui
