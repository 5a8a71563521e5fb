#include "CaseRemedyWindows.h"

#include "deadline/CalendarRepository.h"
#include "lifecycle/ReplyType.h"
#include "register/CaseDeadline.h"
#include "remedies/RemedyStore.h"

using namespace Qt::StringLiterals;

namespace ogi {

RemedyClause decisionRemedyClause(const WorkflowFacts& facts, const QString& outcome)
{
    if (!facts.abandonedBy.isEmpty()) {
        const NoticeType* abandoned = findNoticeType(u"abandoned"_s);
        return abandoned ? abandoned->remedies : RemedyClause::None;
    }
    if (!facts.delivered.isValid())
        return RemedyClause::None;
    std::optional<ReplyType> type = parseTerm(replyTypes(), facts.draft.value(u"reply_type"_s).toString());
    if (!type)
        type = replyTypeForOutcome(outcome);
    return type ? replyNoticeType(*type).remedies : RemedyClause::None;
}

CaseRemedyWindows caseRemedyWindows(
    const Database& database, const CaseRecord& record, const QList<CaseEvent>& events, const QDate& asOf)
{
    const WorkflowFacts facts = workflowFacts(events);
    const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
    CaseRemedyWindows result;
    if (isOpen(record.state)) {
        const PeriodStatus reply = caseDeadline(database, record.caseNumber, asOf).report.reply;
        if (reply.status == DeadlineStatus::Overdue && reply.due.isValid()) {
            result.clause = RemedyClause::ReconsiderationFirst;
            result.windows << failureToActWindow(reply.due, calendar, asOf);
        }
        return result;
    }
    result.clause = decisionRemedyClause(facts, record.outcome);
    result.windows = remedyWindows(
        result.clause, facts.applicantReceived, remediesOf(database.connection(), record.id), calendar, asOf);
    return result;
}

} // namespace ogi
