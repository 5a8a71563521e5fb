#pragma once

#include "lifecycle/CaseEvent.h"
#include "lifecycle/CaseState.h"
#include "storage/deadline/TimelineRows.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ogi {

// A case with the events the deadline engine reads: what boards and the stored reply
// deadlines are computed from.
struct CaseTimeline
{
    qint64 id = 0;
    QString caseNumber;
    QString applicantName;
    CaseState state = CaseState::Registered;
    QDate receipt;
    QList<CaseEvent> events; // seq order; action, to_state, event_date and details filled
};

// The timeline the stored rows of a case hold.
CaseTimeline caseTimelineOf(const TimelineCaseRecord& row, const QList<EventRow>& events);

// Calls `each` for every case (only those in `state`, when given) in ascending id, each with
// its whole timeline. Two queries read in step, so a register of any size streams through
// in one pass without being held in memory.
void forEachCaseTimeline(const QSqlDatabase& db, std::optional<CaseState> state,
    const std::function<void(const CaseTimeline&)>& each);

} // namespace ogi
