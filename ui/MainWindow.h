#pragma once

#include "users/UserAccount.h"

#include <QMainWindow>

class QDialog;
class QTableView;

namespace ogi {
class Database;
}

namespace ogi::ui {

class CaseListModel;

// The main window: for now the register as one table. The full navigation (my work,
// deadline board, sign-off queue, reports, settings) comes with the desktop issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window of the signed-in `user`.
    MainWindow(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    QTableView* caseTable() const { return m_table; }
    CaseListModel* caseModel() const { return m_model; }

public Q_SLOTS:
    void refresh();
    // Opens the case of the current row (double-click or Enter).
    void openCurrentCase();
    // The registration dialog (Ctrl+N); the new case is selected afterwards.
    void registerApplication();
    // Makes the row of `caseNumber` current, if it is among the rows fetched; true if found.
    bool selectCase(const QString& caseNumber);

Q_SIGNALS:
    // A case view was opened (tests drive it through this).
    void caseOpened(QDialog* view);

private:
    const Database& m_database;
    UserAccount m_user;
    CaseListModel* m_model;
    QTableView* m_table;
};

} // namespace ogi::ui
