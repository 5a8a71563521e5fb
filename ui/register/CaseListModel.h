#pragma once

#include <QSqlQueryModel>

namespace ogi {
class Database;
}

namespace ogi::ui {

// The register as a lazily fetched table: core's caseListQuery() with codes shown as
// translated names and translated headers.
class CaseListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit CaseListModel(QObject* parent = nullptr);

    // (Re)loads from `database`; rows are fetched as the view scrolls.
    void load(const Database& database);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
};

} // namespace ogi::ui
