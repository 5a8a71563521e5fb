#include "FirstRunDialog.h"

#include "Error.h"
#include "settings/AgencyForm.h"
#include "settings/OfficeSettings.h"
#include "users/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ogi::ui {

FirstRunDialog::FirstRunDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_agency(new AgencyForm(this))
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("OGI Desk — first run"));
    auto* intro = new QLabel(tr("This register is new. Name the agency whose applications it keeps (notices and "
                                "reports print these; the administrator can change them later in Settings), then "
                                "create the administrator: choose a login and a password of at least 8 characters. "
                                "The administrator then adds the clerks, reviewers and chiefs."),
        this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* agencyBox = new QGroupBox(tr("Agency"), this);
    auto* agencyLayout = new QVBoxLayout(agencyBox);
    agencyLayout->addWidget(m_agency);
    auto* adminBox = new QGroupBox(tr("Administrator"), this);
    auto* form = new QFormLayout(adminBox);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start using OGI Desk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(agencyBox);
    layout->addWidget(adminBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void FirstRunDialog::accept()
{
    m_message->hide();
    if (m_agency->showIssues(OfficeSettings::validateAgencyProfile(m_agency->profile())))
        return;
    if (m_admin.id == 0 && m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        // Stored in two steps (the agency needs its administrator); a second try after a
        // failure of the second step does not create the administrator again.
        if (m_admin.id == 0)
            m_admin = UserRepository(m_database)
                          .createFirstAdministrator(m_login->text(), m_name->text(), m_password->text());
        OfficeSettings settings(m_database);
        settings.setAgencyProfile(m_agency->profile(), m_admin);
        settings.setOfficeKind(m_agency->officeKind(), m_admin);
        QDialog::accept();
    } catch (const Error& error) {
        if (!m_agency->showIssues(error.issues())) {
            m_message->setText(error.message());
            m_message->show();
        }
    }
}

} // namespace ogi::ui
