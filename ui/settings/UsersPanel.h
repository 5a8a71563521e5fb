#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// Users and roles for the administrator: add a user, change roles, disable or enable,
// set a password. Every change goes through core (which checks and audits it).
class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    UsersPanel(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void refresh();
    void addUser();
    void changeRoles();
    void toggleActive();
    void setPassword();

private:
    QString selectedLogin() const;
    // Runs a core change; shows its refusal and returns false.
    template <typename F>
    bool attempt(F&& change);

    const Database& m_database;
    UserAccount m_user;
    QList<UserAccount> m_users;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace ogi::ui
