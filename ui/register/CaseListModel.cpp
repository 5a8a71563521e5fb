#include "CaseListModel.h"

#include "Timestamps.h"
#include "deadline/CalendarRepository.h"
#include "deadline/DeadlineDisplay.h"
#include "deadline/ReplyDeadlineStore.h"
#include "lifecycle/CaseState.h"
#include "lifecycle/CorrectionVocabulary.h"
#include "lifecycle/Outcome.h"
#include "register/ApplicationElements.h"
#include "register/Vocabulary.h"
#include "storage/Database.h"

#include <QSqlRecord>

namespace ogi::ui {

namespace {
    int col(CaseListColumn column)
    {
        return static_cast<int>(column);
    }
} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::load(const Database& database, const CaseListFilter& filter, const QDate& asOf)
{
    m_database = &database;
    m_filter = filter;
    m_asOf = asOf;
    m_calendar.emplace(loadOfficeCalendar(database.connection()));
    reload();
}

void CaseListModel::reload()
{
    if (!m_database)
        return;
    // The new rows are read before the old are let go: a query that fails leaves the list as it was.
    auto source = std::make_unique<CaseListRows>(*m_database, m_filter, m_order, m_asOf, *m_calendar);
    QList<QSqlRecord> first = source->next(kPageRows);
    beginResetModel();
    m_source = std::move(source);
    m_rows = std::move(first);
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_source && !m_source->atEnd();
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QSqlRecord> more = m_source->next(kPageRows);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows << more;
    endInsertRows();
}

QVariant CaseListModel::stored(int row, CaseListColumn column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).value(col(column));
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_order = { static_cast<CaseListColumn>(column), order == Qt::DescendingOrder };
    reload();
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    // The columns after Outcome are for lookups and colours, not for display.
    return parent.isValid() ? 0 : col(CaseListColumn::Outcome) + 1;
}

QString CaseListModel::caseNumberAt(int row) const
{
    return stored(row, CaseListColumn::CaseNumber).toString();
}

PeriodStatus CaseListModel::replyStatusAt(int row) const
{
    StoredReplyDeadline deadline;
    deadline.clock = parseReplyClock(stored(row, CaseListColumn::ReplyClock).toString()).value_or(ReplyClock::Unknown);
    deadline.due = parseIsoDate(stored(row, CaseListColumn::ReplyDue).toString());
    deadline.pausedUntil = parseIsoDate(stored(row, CaseListColumn::ReplyPausedUntil).toString());
    return replyStatusAsOf(deadline, m_asOf, *m_calendar);
}

bool CaseListModel::noStatutoryPeriodAt(int row) const
{
    return stored(row, CaseListColumn::ReplyClock).toString() == QLatin1String(kNoStatutoryPeriodClock);
}

QList<MissingElement> CaseListModel::missingAt(int row, CaseState state) const
{
    // Once the supplement has come in (or the case moved on without one) it no longer lacks them.
    if (state != CaseState::Registered && state != CaseState::AwaitingSupplement)
        return {};
    return parseMissingElements(stored(row, CaseListColumn::MissingElements).toString());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto column = static_cast<CaseListColumn>(index.column());
    const bool deadlineColumn = column == CaseListColumn::ReplyDue || column == CaseListColumn::DaysLeft;
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole || (role == Qt::ToolTipRole && deadlineColumn)) {
        const PeriodStatus period = replyStatusAt(index.row());
        if (role == Qt::ToolTipRole)
            return noStatutoryPeriodAt(index.row())
                ? tr("The Regulations set no period for a request to correct a record (Art. 41).")
                : describePeriod(period);
        return role == Qt::ForegroundRole ? deadlineForeground(period.status) : deadlineBackground(period.status);
    }
    if (role == Qt::ToolTipRole && column == CaseListColumn::State) {
        const QList<MissingElement> missing = missingAt(
            index.row(), parseCaseState(stored(index.row(), column).toString()).value_or(CaseState::Closed));
        if (!missing.isEmpty())
            return tr("The application lacks (Art. 29): %1. Ask for a supplement within 7 working days of receipt "
                      "(Art. 30).")
                .arg(missingElementsSummary(missing));
    }
    if (role == Qt::TextAlignmentRole && column == CaseListColumn::DaysLeft)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QVariant value = stored(index.row(), column);
    if (role != Qt::DisplayRole)
        return value;
    switch (column) {
    case CaseListColumn::ApplicantKind:
        if (const auto kind = parseTerm(applicantKinds(), value.toString()))
            return displayName(applicantKinds(), *kind);
        return value;
    case CaseListColumn::State: {
        const std::optional<CaseState> state = parseCaseState(value.toString());
        if (!state)
            return value;
        const QList<MissingElement> missing = missingAt(index.row(), *state);
        return missing.isEmpty() ? caseStateName(*state)
                                 : tr("%1 · missing %2").arg(caseStateName(*state), missingElementsSummary(missing));
    }
    case CaseListColumn::Outcome: {
        // A correction request (Art. 41) has no annual-report outcome: its kind, and once
        // replied, its decision.
        const int row = index.row();
        if (stored(row, CaseListColumn::Kind).toString() == u"correction") {
            const QString kind = displayName(caseKinds(), CaseKind::Correction);
            const bool replied = !isOpen(
                parseCaseState(stored(row, CaseListColumn::State).toString()).value_or(CaseState::Registered));
            const QString decision = stored(row, CaseListColumn::CorrectionDecision).toString();
            return replied && !decision.isEmpty() ? tr("%1: %2").arg(kind, correctionDecisionName(decision)) : kind;
        }
        if (const auto outcome = findOutcome(value.toString()))
            return outcomeDisplayText(*outcome);
        return value;
    }
    case CaseListColumn::ReplyDue: {
        if (noStatutoryPeriodAt(index.row()))
            return tr("no statutory period");
        const PeriodStatus period = replyStatusAt(index.row());
        if (period.status == DeadlineStatus::Paused)
            return period.pausedUntil.isValid() ? tr("paused until %1").arg(isoDate(period.pausedUntil)) : tr("paused");
        return period.due.isValid() ? QVariant(isoDate(period.due)) : QVariant();
    }
    case CaseListColumn::DaysLeft:
        if (noStatutoryPeriodAt(index.row()))
            return QVariant();
        return workingDaysLeftText(replyStatusAt(index.row()));
    default:
        return value;
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
    case CaseListColumn::ReplyDue:
        return tr("Reply due");
    case CaseListColumn::DaysLeft:
        return tr("Working days left");
    case CaseListColumn::Outcome:
        return tr("Outcome");
    case CaseListColumn::Department:
    case CaseListColumn::Clerk:
    case CaseListColumn::ReplyClock:
    case CaseListColumn::ReplyPausedUntil:
    case CaseListColumn::Id:
    case CaseListColumn::MissingElements:
    case CaseListColumn::Kind:
    case CaseListColumn::CorrectionDecision:
        break;
    }
    return {};
}

} // namespace ogi::ui
