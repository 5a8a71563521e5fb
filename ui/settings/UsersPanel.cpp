#include "UsersPanel.h"

#include "UserDialog.h"

#include "Error.h"
#include "users/UserRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

UsersPanel::UsersPanel(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Login"), tr("Name"), tr("Roles"), tr("Active") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, void (UsersPanel::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("New user…"), "addUser", &UsersPanel::addUser);
    button(tr("Roles…"), "changeRoles", &UsersPanel::changeRoles);
    button(tr("Disable / enable"), "toggleActive", &UsersPanel::toggleActive);
    button(tr("Set password…"), "setPassword", &UsersPanel::setPassword);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

template <typename F>
bool UsersPanel::attempt(F&& change)
{
    try {
        change();
        m_message->clear();
        refresh();
        return true;
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
}

void UsersPanel::refresh()
{
    try {
        m_users = UserRepository(m_database).list();
    } catch (const Error& error) {
        m_message->setText(error.message());
        return;
    }
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserAccount& u = m_users.at(row);
        const QStringList cells
            = { u.login, u.displayName, roleNames(u.roles), u.active ? tr("yes") : tr("disabled") };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

QString UsersPanel::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row).login : QString();
}

void UsersPanel::addUser()
{
    UserDialog dialog(false, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            UserRepository(m_database)
                .create(m_user, dialog.login(), dialog.displayName(), dialog.roles(), dialog.password());
            refresh();
            m_message->setText(tr("User %1 added.").arg(dialog.login()));
            return;
        } catch (const Error& error) {
            dialog.showProblem(error.message());
        }
    }
}

void UsersPanel::changeRoles()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size()) {
        m_message->setText(tr("Select a user first."));
        return;
    }
    const UserAccount target = m_users.at(row);
    UserDialog dialog(true, this);
    dialog.setWindowTitle(tr("Roles of %1").arg(target.login));
    dialog.setRoles(target.roles);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            UserRepository(m_database).setRoles(m_user, target.login, dialog.roles());
            refresh();
            return;
        } catch (const Error& error) {
            dialog.showProblem(error.message());
        }
    }
}

void UsersPanel::toggleActive()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size()) {
        m_message->setText(tr("Select a user first."));
        return;
    }
    const UserAccount target = m_users.at(row);
    attempt([&] { UserRepository(m_database).setActive(m_user, target.login, !target.active); });
}

void UsersPanel::setPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) {
        m_message->setText(tr("Select a user first."));
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Set password"), tr("New password for %1:").arg(login), QLineEdit::Password, QString(), &ok);
    if (ok)
        attempt([&] { UserRepository(m_database).setPassword(m_user, login, password); });
}

} // namespace ogi::ui
