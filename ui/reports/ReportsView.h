#pragma once

#include "Clock.h"
#include "users/UserAccount.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ogi {
class Database;
}

namespace ogi::ui {

class ReportChartsPanel;

// 统计报表: the monthly tally (whole office, each department, each clerk; a figure opens to
// its cases) and the annual report: section 三 in the national format, checked before it is
// shown (a table that does not add up says where), sections 二 (entered by chiefs and
// administrators), 四 and 六; exported as CSV and .xlsx; the date the report is due by
// (Art. 49) with the days left. Everything printed, saved as PDF or exported ends with the
// 校验码 of the register at that moment (reportCheckCode). From 1 January until that date the previous year is shown
// first: it is the report being prepared.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    ReportsView(const Database& database, const UserAccount& user, QWidget* parent = nullptr);
    // `clock` gives today: the month and year shown first, the tally's "overdue today" and
    // the annual report's due date (tests pin it).
    ReportsView(const Database& database, const UserAccount& user, const Clock& clock, QWidget* parent = nullptr);

    void refresh();
    void setMonth(const QDate& firstDay);
    void setYear(int year);

    QTreeWidget* tally() const { return m_tally; }
    QTableWidget* annual() const { return m_annual; }
    QLabel* reconciliation() const { return m_reconciliation; }
    // When the selected year's annual report is due (Art. 49) and the days left.
    QLabel* dueLine() const { return m_due; }
    int year() const;
    QLabel* remediesAndFees() const { return m_remediesAndFees; }
    QListWidget* cases() const { return m_cases; }
    QTabWidget* tabs() const { return m_tabs; }
    ReportChartsPanel* charts() const { return m_charts; }
    // Lists the cases behind the tally's figure `code` in column `column` (0: all).
    void showCasesOf(const QString& code, int column);
    // Writes the annual table as CSV; a table that does not add up is not written.
    bool exportAnnualCsv(const QString& path);
    // The same, with sections 四 and 六, as .xlsx in the national layout.
    bool exportAnnualXlsx(const QString& path);
    // The annual report's tables as PDF (A4 lying down, text that copies as written); not
    // when section 三 does not add up.
    bool saveAnnualPdf(const QString& path);
    // What is printed: the annual report's tables (empty, with a message, when they do not
    // add up) and the month's tally.
    QString annualHtml();
    QString monthHtml() const;
    // Reads section 三 typed in elsewhere (CSV, report check's shape) and says whether it
    // reconciles, naming every figure that does not, or what cannot be read.
    QString checkTypedFigures(const QString& path) const;

Q_SIGNALS:
    void caseActivated(const QString& caseNumber);

private:
    void fillTally();
    void fillAnnual();

    const Database& m_database;
    UserAccount m_user;
    const Clock& m_clock;
    QTabWidget* m_tabs;
    QDateEdit* m_month;
    QTreeWidget* m_tally;
    QListWidget* m_cases;
    QLabel* m_casesTitle;
    QSpinBox* m_year;
    QTableWidget* m_annual;
    QLabel* m_reconciliation;
    QLabel* m_due;
    QLabel* m_remediesAndFees; // sections 二, 四 and 六
    ReportChartsPanel* m_charts;
    QStringList m_tallyColumns; // "" (all), then "d:<department>", "c:<clerk>"
};

} // namespace ogi::ui
