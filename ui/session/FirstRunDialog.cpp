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
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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
    m_checked.add(form, QStringLiteral("login"), tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_checked.add(form, QStringLiteral("password"), tr("&Password:"), m_password);
    m_checked.add(form, QStringLiteral("repeat"), tr("&Repeat password:"), m_repeat);
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
    fitContents();
}

void FirstRunDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitContents(); // at the width the window opens with
}

void FirstRunDialog::fitContents()
{
    // The wrapped introduction makes the layout height-for-width, and the window would keep a
    // minimum that counts it at another width, squeezing the agency's fields: never lower than
    // all it holds, also once problems are shown under the fields.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth()
        ? std::max(sizeHint().height(), layout()->totalHeightForWidth(width()))
        : sizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void FirstRunDialog::accept()
{
    m_message->hide();
    // Every problem at once: the agency's beside its fields, the administrator's beside theirs.
    const QList<FieldIssue> agencyIssues = OfficeSettings::validateAgencyProfile(m_agency->profile());
    QList<FieldIssue> adminIssues;
    if (m_admin.id == 0) {
        adminIssues = UserRepository::newAccountIssues(m_login->text(), m_password->text());
        if (m_password->text() != m_repeat->text()) {
            adminIssues.append({ QStringLiteral("repeat"), tr("the two passwords differ") });
            m_repeat->clear(); // to be typed again
        }
    }
    m_agency->showIssues(agencyIssues);
    QMap<QString, QStringList> messages;
    for (const FieldIssue& issue : std::as_const(adminIssues))
        messages[issue.field] << issue.message;
    m_checked.show(messages, {}, true);
    if (!agencyIssues.isEmpty() || !adminIssues.isEmpty()) {
        m_message->setText(tr("%n field(s) need correcting; each problem is shown beside its field.", "",
            int(agencyIssues.size() + adminIssues.size())));
        m_message->show();
        if (agencyIssues.isEmpty())
            m_checked.field(adminIssues.front().field)->setFocus();
        fitContents();
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
        // Whatever core still refuses is said in words, also when it names a field.
        m_agency->showIssues(error.issues());
        m_message->setText(error.message());
        m_message->show();
        fitContents();
    }
}

QString FirstRunDialog::nextStepsText()
{
    return tr(
        "The register is ready and you are signed in as its administrator. Next:\n"
        "1. Settings ▸ Users and roles: add the clerks, reviewers and chiefs (each chooses a password of at least 8 "
        "characters).\n"
        "2. Settings ▸ Working-day calendar: check this year's holidays and make-up working days; deadlines are "
        "counted in working days on it.\n"
        "3. Settings ▸ General ▸ Agency: the document number pattern and the bodies named in the remedies paragraph.");
}

} // namespace ogi::ui
