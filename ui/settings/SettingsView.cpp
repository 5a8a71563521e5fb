#include "SettingsView.h"

#include "AgencyForm.h"

#include "CalendarPanel.h"
#include "MailServerPanel.h"
#include "NoticeTemplatesPanel.h"
#include "UsersPanel.h"

#include "Error.h"
#include "exchange/AutomaticBackup.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

SettingsView::SettingsView(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_tabs(new QTabWidget(this))
{
    const bool admin = user.holds(Role::Administrator);
    m_tabs->addTab(buildGeneralTab(admin), tr("General"));
    if (admin) {
        m_users = new UsersPanel(database, user, this);
        m_calendar = new CalendarPanel(database, user, this);
        m_tabs->addTab(m_users, tr("Users and roles"));
        m_tabs->addTab(m_calendar, tr("Working-day calendar"));
        m_templates = new NoticeTemplatesPanel(database, user, this);
        m_tabs->addTab(m_templates, tr("Notice templates"));
        m_mail = new MailServerPanel(database, user, this);
        m_tabs->addTab(m_mail, tr("Email delivery"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QWidget* SettingsView::buildGeneralTab(bool admin)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* languageBox = new QGroupBox(tr("Language"), page);
    auto* languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system (Chinese unless English)"), QString());
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(u"ui/language"_s).toString())));
    auto* languageNote = new QLabel(tr("Takes effect the next time OGI Desk starts."), languageBox);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { QSettings().setValue(u"ui/language"_s, m_language->currentData().toString()); });
    languageForm->addRow(tr("Language of the desktop"), m_language);
    languageForm->addRow(QString(), languageNote);
    layout->addWidget(languageBox);
    layout->addWidget(buildBackupBox(page));

    if (admin) {
        auto* agencyBox = new QGroupBox(tr("Agency"), page);
        auto* form = new QFormLayout(agencyBox);
        m_agency = new AgencyForm(agencyBox);
        m_fourEyes = new QCheckBox(tr("Whoever drafted a reply cannot sign it off (four eyes)"), agencyBox);
        m_message = new QLabel(agencyBox);
        m_message->setWordWrap(true);
        auto* save = new QPushButton(tr("Save"), agencyBox);
        save->setObjectName(u"saveAgency"_s);
        connect(save, &QPushButton::clicked, this, &SettingsView::saveAgency);
        connect(m_fourEyes, &QCheckBox::toggled, this, [this](bool on) {
            try {
                OfficeSettings(m_database).setFourEyes(on, m_user);
            } catch (const Error& error) {
                m_message->setText(error.message());
            }
        });
        form->addRow(m_agency);
        form->addRow(QString(), m_fourEyes);
        form->addRow(QString(), save);
        form->addRow(QString(), m_message);
        layout->addWidget(agencyBox);
    }
    layout->addStretch();
    return page;
}

QWidget* SettingsView::buildBackupBox(QWidget* page)
{
    auto* box = new QGroupBox(tr("Automatic backups on this computer"), page);
    auto* form = new QFormLayout(box);
    const AutomaticBackupSettings current = automaticBackupSettings(m_database);
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(current.folder), box);
    m_backupFolder->setReadOnly(true);
    m_backupFolder->setObjectName(u"backupFolder"_s);
    auto* change = new QPushButton(tr("Change…"), box);
    m_backupKeep = new QSpinBox(box);
    m_backupKeep->setObjectName(u"backupKeep"_s);
    m_backupKeep->setRange(0, 90);
    m_backupKeep->setSpecialValueText(tr("none (no automatic backup)"));
    m_backupKeep->setSuffix(tr(" backups"));
    m_backupKeep->setValue(current.keep);
    auto save = [this] {
        saveAutomaticBackupSettings({ QDir::fromNativeSeparators(m_backupFolder->text()), m_backupKeep->value() });
    };
    connect(m_backupKeep, &QSpinBox::valueChanged, this, save);
    connect(change, &QPushButton::clicked, this, [this, save] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for automatic backups"), QDir::fromNativeSeparators(m_backupFolder->text()));
        if (folder.isEmpty())
            return;
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
        save();
    });
    auto* folderRow = new QWidget(box);
    auto* row = new QHBoxLayout(folderRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_backupFolder, 1);
    row->addWidget(change);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Keep the newest"), m_backupKeep);
    auto* note = new QLabel(tr("When OGI Desk closes it backs up the register with its attachments, at most once a "
                               "day; older automatic backups beyond this number are deleted. File ▸ Back up now "
                               "makes one at any time. Keep a copy away from this computer too."),
        box);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return box;
}

void SettingsView::refresh()
{
    if (!m_agency)
        return;
    try {
        const OfficeSettings settings(m_database);
        const OfficeSettings::AgencyProfile profile = settings.agencyProfile();
        m_agency->setProfile(profile);
        m_agency->setOfficeKind(settings.officeKind());
        const QSignalBlocker block(m_fourEyes);
        m_fourEyes->setChecked(settings.fourEyes());
    } catch (const Error& error) {
        m_message->setText(error.message());
    }
    if (m_users)
        m_users->refresh();
    if (m_calendar)
        m_calendar->refresh();
    if (m_templates)
        m_templates->refresh();
    if (m_mail)
        m_mail->refresh();
}

bool SettingsView::saveAgency()
{
    try {
        OfficeSettings settings(m_database);
        settings.setAgencyProfile(m_agency->profile(), m_user);
        settings.setOfficeKind(m_agency->officeKind(), m_user);
        m_agency->showIssues({});
        m_message->setText(tr("Saved."));
        return true;
    } catch (const Error& error) {
        // Field problems beside their fields; anything else (a refusal, storage) below.
        m_message->setText(m_agency->showIssues(error.issues()) ? QString() : error.message());
        return false;
    }
}

} // namespace ogi::ui
