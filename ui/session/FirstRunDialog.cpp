#include "FirstRunDialog.h"

#include "Error.h"
#include "users/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ogi::ui {

FirstRunDialog::FirstRunDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("OGI Desk — first run"));
    auto* intro = new QLabel(tr("This register has no users yet. Create the administrator: choose a login and a "
                                "password of at least 8 characters. The administrator then adds the clerks, "
                                "reviewers and chiefs."),
        this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void FirstRunDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        m_admin = UserRepository(m_database).createFirstAdministrator(m_login->text(), m_name->text(), m_password->text());
        QDialog::accept();
    } catch (const Error& error) {
        m_message->setText(error.message());
        m_message->show();
    }
}

} // namespace ogi::ui
