#pragma once

#include "workflow/DueList.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTableWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// 期限预警: the open cases by urgency as of today (overdue, due today, due soon, paused),
// each with the period that is most urgent and why, one click from the case.
class DeadlineBoardView : public QWidget
{
    Q_OBJECT

public:
    // The table's columns. Who has the case and what it waits for sit beside its state, so a
    // chief sees at a glance what is stuck where.
    enum Column {
        CaseNumberColumn,
        ApplicantColumn,
        StateColumn,
        NextStepColumn,
        ClerkColumn,
        PeriodColumn,
        DueColumn,
        DaysLeftColumn,
        StandingColumn,
        AttentionColumn,
    };

    explicit DeadlineBoardView(const Database& database, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The entries shown (after the group filter).
    const QList<DueEntry>& entries() const { return m_shown; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void caseActivated(const QString& caseNumber);

private:
    void showGroup();

    const Database& m_database;
    QList<DueEntry> m_all;
    QList<DueEntry> m_shown;
    QButtonGroup* m_groups;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace ogi::ui
