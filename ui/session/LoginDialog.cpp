#include "LoginDialog.h"

#include "Error.h"
#include "users/SignIn.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ogi::ui {

LoginDialog::LoginDialog(const Database& database, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_login(new QLineEdit(login, this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign in — %1").arg(QFileInfo(database.path()).fileName()));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (login.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(360);
}

void LoginDialog::accept()
{
    try {
        m_user = SignIn(m_database).signIn(m_login->text(), m_password->text());
        QDialog::accept();
    } catch (const Error& error) {
        m_message->setText(error.message());
        m_message->show();
        m_password->clear();
        m_password->setFocus();
    }
}

} // namespace ogi::ui
