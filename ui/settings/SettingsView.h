#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

class AgencyForm;
class CalendarPanel;
class MailServerPanel;
class NoticeTemplatesPanel;
class UsersPanel;

// 设置: the language (everyone); the agency, users and roles, the working-day calendar, the
// notice templates and the mail server (administrators only: core refuses the others anyway).
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    SettingsView(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    UsersPanel* usersPanel() const { return m_users; }
    CalendarPanel* calendarPanel() const { return m_calendar; }
    NoticeTemplatesPanel* templatesPanel() const { return m_templates; }
    AgencyForm* agencyForm() const { return m_agency; }
    MailServerPanel* mailPanel() const { return m_mail; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void refresh();
    // Stores the agency fields; problems go to messageLabel(). True when stored.
    bool saveAgency();

private:
    QWidget* buildGeneralTab(bool admin);
    QWidget* buildBackupBox(QWidget* page);

    const Database& m_database;
    UserAccount m_user;
    QTabWidget* m_tabs;
    QComboBox* m_language = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    AgencyForm* m_agency = nullptr;
    QCheckBox* m_fourEyes = nullptr;
    QLabel* m_message = nullptr;
    UsersPanel* m_users = nullptr;
    CalendarPanel* m_calendar = nullptr;
    NoticeTemplatesPanel* m_templates = nullptr;
    MailServerPanel* m_mail = nullptr;
};

} // namespace ogi::ui
