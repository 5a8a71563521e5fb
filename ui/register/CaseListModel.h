#pragma once

#include "calendar/WorkingCalendar.h"
#include "deadline/DeadlineReport.h"
#include "register/ApplicationElements.h"
#include "register/CaseListQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlRecord>

#include <memory>

#include <optional>

namespace ogi {
class Database;
}

namespace ogi::ui {

// The register as a lazily fetched table over core's CaseListRows (a page as the view
// scrolls, on either engine): codes shown as translated names, the reply deadline with the
// working days left as of today, rows coloured by deadline status. Sorting asks core again,
// so it works on any register size.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CaseListModel(QObject* parent = nullptr);

    // (Re)loads from `database` with `filter` and the current order, as of `asOf`; rows are
    // fetched as the view scrolls. Throws ogi::Error from core.
    void load(const Database& database, const CaseListFilter& filter, const QDate& asOf);
    // Loads again with the same database, filter and date.
    void reload();

    void setOrder(const CaseListOrder& order) { m_order = order; }
    const CaseListOrder& order() const { return m_order; }
    const CaseListFilter& filter() const { return m_filter; }

    QString caseNumberAt(int row) const;
    // The reply period of the row as of the model's date.
    PeriodStatus replyStatusAt(int row) const;
    // The Art. 29 elements the row's application lacks while a supplement can still bring
    // them (registered, awaiting the supplement); empty otherwise.
    QList<MissingElement> missingAt(int row, CaseState state) const;
    // A correction request (Art. 41): the Regulations set no period, none is shown.
    bool noStatutoryPeriodAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    void sort(int column, Qt::SortOrder order) override;

    // Rows fetched at a time, as QSqlQueryModel did.
    static constexpr int kPageRows = 256;

private:
    // The stored value of `column` in fetched row `row`.
    QVariant stored(int row, CaseListColumn column) const;

    std::unique_ptr<CaseListRows> m_source;
    QList<QSqlRecord> m_rows;
    const Database* m_database = nullptr;
    CaseListFilter m_filter;
    CaseListOrder m_order;
    QDate m_asOf;
    std::optional<WorkingCalendar> m_calendar;
};

} // namespace ogi::ui
