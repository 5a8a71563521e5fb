#pragma once

#include "Clock.h"
#include "users/UserAccount.h"

#include <QMainWindow>

class QDialog;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace ogi {
class Database;
}

namespace ogi::ui {

class CaseDialog;
class HelpMenu;
class RegisterFileActions;
class CaseListModel;
class DeadlineBoardView;
class RegisterView;
class SettingsView;
class ReportsView;
class SignOffQueueView;

// The main window: a navigation pane (my work, the register, the deadline board, the
// sign-off queue for chiefs, settings) beside the chosen view. Remembers its geometry and
// the last view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        MyWork,
        Register,
        DeadlineBoard,
        SignOff,
        Reports,
        Settings
    };

    // The window of the signed-in `user`.
    MainWindow(const Database& database, const UserAccount& user, QWidget* parent = nullptr);
    // `clock` gives today to the reports and the annual report's reminder (tests pin it).
    MainWindow(const Database& database, const UserAccount& user, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The register (全部台账).
    RegisterView* registerView() const { return m_register; }
    QTableView* caseTable() const;
    CaseListModel* caseModel() const;
    RegisterView* myWorkView() const { return m_myWork; }
    DeadlineBoardView* deadlineBoard() const { return m_board; }
    SignOffQueueView* signOffQueue() const { return m_signOff; } // nullptr unless a chief
    SettingsView* settingsView() const { return m_settings; }
    ReportsView* reportsView() const { return m_reports; }
    QListWidget* navigation() const { return m_navigation; }
    // The line above the views from 1 January until the previous year's annual report is
    // due (Art. 49), for chiefs and administrators: the date, the days left, a button to the
    // reports and one that hides it for the rest of the day. Never a dialog: a chief who
    // opens OGI Desk twenty times a day is not stopped twenty times.
    QWidget* annualReportReminder() const { return m_reminder; }
    HelpMenu* helpMenu() const { return m_help; }

    void showPage(Page page);
    Page currentPage() const;

public Q_SLOTS:
    // Reloads the view shown; selection and scroll position are kept.
    void refresh();
    // Opens the selected case of the view shown (Enter, double-click, Ctrl+O).
    void openCurrentCase();
    void openCase(const QString& caseNumber);
    // The registration dialog (Ctrl+N); the new case is selected in the register afterwards.
    void registerApplication();
    // Makes the row of `caseNumber` current in the register; true if found.
    bool selectCase(const QString& caseNumber);
    // Next / previous case of the list shown; an open case window follows.
    void nextCase();
    void previousCase();
    // 切换用户 (Ctrl+Shift+L): asks for the next sign-in in this window and rebuilds its
    // views, menus and title for that user; cancelling keeps the one signed in.
    void switchUser();

Q_SIGNALS:
    // A case view was opened (tests drive it through this).
    void caseOpened(QDialog* view);

private:
    RegisterView* currentList() const;
    void moveCase(int delta);
    void showTotal();
    QWidget* buildAnnualReportReminder(const Clock& clock);
    // The views, menus and title of `user`, replacing any built before.
    void buildFor(const UserAccount& user);

    const Database& m_database;
    const Clock& m_clock;
    UserAccount m_user;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    RegisterView* m_myWork = nullptr;
    RegisterView* m_register = nullptr;
    DeadlineBoardView* m_board = nullptr;
    SignOffQueueView* m_signOff = nullptr;
    SettingsView* m_settings = nullptr;
    ReportsView* m_reports = nullptr;
    CaseDialog* m_openCase = nullptr;
    QWidget* m_reminder = nullptr;
    HelpMenu* m_help = nullptr;
    RegisterFileActions* m_fileActions = nullptr;
};

} // namespace ogi::ui
