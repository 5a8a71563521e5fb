#include "CaseListModel.h"

#include "register/CaseListQuery.h"
#include "register/Vocabulary.h"
#include "workflow/CaseState.h"
#include "workflow/Outcome.h"

namespace ogi::ui {

CaseListModel::CaseListModel(QObject* parent)
    : QSqlQueryModel(parent)
{
}

void CaseListModel::load(const Database& database)
{
    setQuery(caseListQuery(database));
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    // The trailing id column is for lookups, not for display.
    return parent.isValid() ? 0 : static_cast<int>(CaseListColumn::Outcome) + 1;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const QVariant value = QSqlQueryModel::data(index, role);
    if (role != Qt::DisplayRole)
        return value;
    switch (static_cast<CaseListColumn>(index.column())) {
    case CaseListColumn::ApplicantKind:
        if (const auto kind = parseTerm(applicantKinds(), value.toString()))
            return displayName(applicantKinds(), *kind);
        return value;
    case CaseListColumn::State:
        if (const auto state = parseCaseState(value.toString()))
            return caseStateName(*state);
        return value;
    case CaseListColumn::Outcome:
        if (const auto outcome = findOutcome(value.toString()))
            return outcomeDisplayText(*outcome);
        return value;
    default:
        return value;
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (static_cast<CaseListColumn>(section)) {
    case CaseListColumn::CaseNumber:
        return tr("Case no.");
    case CaseListColumn::ApplicantName:
        return tr("Applicant");
    case CaseListColumn::ApplicantKind:
        return tr("Type");
    case CaseListColumn::Description:
        return tr("Request");
    case CaseListColumn::ReceiptDate:
        return tr("Received");
    case CaseListColumn::State:
        return tr("State");
    case CaseListColumn::Outcome:
        return tr("Outcome");
    case CaseListColumn::Id:
        break;
    }
    return {};
}

} // namespace ogi::ui
