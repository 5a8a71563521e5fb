#pragma once

#include "register/CaseListQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ogi {
class Database;
}

namespace ogi::ui {

class CaseListModel;
class OptionalDateEdit;

// A list of cases: the register with its filter bar and search box, or a fixed selection
// of it ("my work"). Refreshing keeps the selected case and the scroll position.
class RegisterView : public QWidget
{
    Q_OBJECT

public:
    // `settingsKey` names the view in QSettings (column widths, sort order). With
    // `withFilters` false only the search box is shown above the table.
    RegisterView(const Database& database, const QString& settingsKey, bool withFilters, QWidget* parent = nullptr);
    ~RegisterView() override;

    // The part of the filter the user does not choose (e.g. "my work").
    void setFixedFilter(const CaseListFilter& filter);
    void setOrder(const CaseListOrder& order);

    QTableView* table() const { return m_table; }
    CaseListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* deadlineFilter() const { return m_deadline; }
    OptionalDateEdit* receivedFrom() const { return m_from; }
    OptionalDateEdit* receivedTo() const { return m_to; }
    QLabel* nothingFound() const { return m_nothingFound; }

    // The filter as shown: the fixed part and the user's choices.
    CaseListFilter currentFilter() const;
    QString currentCaseNumber() const;

public Q_SLOTS:
    // Loads again; the selected case stays selected and the list stays where it was.
    void refresh();
    // Makes the row of `caseNumber` current, fetching further rows as needed (a bounded
    // number); true if found.
    bool selectCase(const QString& caseNumber);
    // Moves the selection one row down / up; false at the end.
    bool moveSelection(int delta);
    void focusSearch();

Q_SIGNALS:
    void caseActivated(const QString& caseNumber);
    // The selected case changed (empty: none is selected), also when a search or filter hid
    // it: a detail pane beside the list shows this case and no other.
    void currentCaseChanged(const QString& caseNumber);
    // Rows reloaded (after a filter change, a search keystroke, a sort or a refresh).
    void reloaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A search text or a filter the user chose.
    bool userFiltered() const;
    void buildFilters(QWidget* bar);
    // The first start's widths: each column as wide as its content, the request the rest.
    void sizeColumnsToContent();
    void applyFilters();
    void showError(const QString& message);
    // Selects `caseNumber` if it is among the rows fetched; true if found.
    bool selectFetched(const QString& caseNumber);
    void noteCurrentCase();

    const Database& m_database;
    QString m_settingsKey;
    CaseListFilter m_fixed;
    CaseListModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_state = nullptr;
    QComboBox* m_deadline = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_department = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QLabel* m_message;
    QLabel* m_nothingFound; // "nothing found" above an empty list
    bool m_columnsRestored = false;
    QString m_noted; // the case last announced by currentCaseChanged()
    QString m_beforeReset;
};

} // namespace ogi::ui
