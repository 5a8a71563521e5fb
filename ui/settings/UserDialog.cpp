#include "UserDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "Term.h"

namespace ogi::ui {

UserDialog::UserDialog(bool rolesOnly, QWidget* parent)
    : QDialog(parent)
    , m_rolesOnly(rolesOnly)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(rolesOnly ? tr("Roles") : tr("New user"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #9b1c1c"));
    m_problem->hide();
    auto* roleRow = new QHBoxLayout;
    for (const auto& term : ogi::roles()) {
        auto* box = new QCheckBox(ogi::displayName(ogi::roles(), term.value), this);
        roleRow->addWidget(box);
        m_roles.append(std::make_pair(term.value, box));
    }
    auto* form = new QFormLayout;
    if (!rolesOnly) {
        form->addRow(tr("Login"), m_login);
        form->addRow(tr("Name"), m_name);
        form->addRow(tr("Password"), m_password);
        form->addRow(tr("Repeat password"), m_repeat);
    } else {
        for (QLineEdit* edit : { m_login, m_name, m_password, m_repeat })
            edit->hide();
    }
    form->addRow(tr("Roles"), roleRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString UserDialog::login() const
{
    return m_login->text().trimmed();
}

QString UserDialog::displayName() const
{
    return m_name->text().trimmed();
}

QString UserDialog::password() const
{
    return m_password->text();
}

QList<Role> UserDialog::roles() const
{
    QList<Role> chosen;
    for (const auto& [role, box] : m_roles)
        if (box->isChecked())
            chosen << role;
    return chosen;
}

void UserDialog::setRoles(const QList<Role>& chosen)
{
    for (const auto& [role, box] : m_roles)
        box->setChecked(chosen.contains(role));
}

QCheckBox* UserDialog::roleBox(Role role) const
{
    for (const auto& [r, box] : m_roles)
        if (r == role)
            return box;
    return nullptr;
}

void UserDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void UserDialog::accept()
{
    if (roles().isEmpty()) {
        showProblem(tr("Choose at least one role."));
        return;
    }
    if (!m_rolesOnly && m_password->text() != m_repeat->text()) {
        showProblem(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ogi::ui
