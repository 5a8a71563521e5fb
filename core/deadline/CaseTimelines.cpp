#include "CaseTimelines.h"

#include "lifecycle/CaseEventRow.h"
#include "storage/deadline/TimelineRows.h"

namespace ogi {

CaseTimeline caseTimelineOf(const TimelineCaseRecord& row, const QList<EventRow>& events)
{
    CaseTimeline timeline;
    timeline.id = row.id;
    timeline.caseNumber = row.caseNumber;
    timeline.applicantName = row.applicantName;
    timeline.state = parseCaseState(row.state).value_or(CaseState::Registered);
    timeline.receipt = row.receipt;
    for (const EventRow& e : events)
        timeline.events << caseEventOf(e);
    return timeline;
}

void forEachCaseTimeline(
    const QSqlDatabase& db, std::optional<CaseState> state, const std::function<void(const CaseTimeline&)>& each)
{
    forEachTimelineRecord(db, state ? std::optional<QString>(caseStateCode(*state)) : std::nullopt,
        [&](const TimelineCaseRecord& row, const QList<EventRow>& events) { each(caseTimelineOf(row, events)); });
}

} // namespace ogi
