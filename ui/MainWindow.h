#pragma once

#include <QMainWindow>

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
    explicit MainWindow(const Database& database, QWidget* parent = nullptr);

    QTableView* caseTable() const { return m_table; }
    CaseListModel* caseModel() const { return m_model; }

public Q_SLOTS:
    void refresh();

private:
    const Database& m_database;
    CaseListModel* m_model;
    QTableView* m_table;
};

} // namespace ogi::ui
