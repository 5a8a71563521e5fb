#include "DueList.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/CalendarRepository.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/CaseTimelines.h"
#include "deadline/DeadlineCalculator.h"

#include "lifecycle/WorkflowFacts.h"
#include "storage/workflow/CaseAssignments.h"
#include "users/UserRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // 0: running, 1: paused, 2: not evaluated.
    int urgencyGroup(const DueEntry& e)
    {
        if (!e.problem.isEmpty())
            return 2;
        return isRunning(e.period.status) ? 0 : 1;
    }

    bool moreUrgent(const DueEntry& a, const DueEntry& b)
    {
        const int ga = urgencyGroup(a);
        const int gb = urgencyGroup(b);
        if (ga != gb)
            return ga < gb;
        if (ga == 0 && a.period.workingDaysLeft != b.period.workingDaysLeft)
            return a.period.workingDaysLeft < b.period.workingDaysLeft;
        const QDate da = ga == 0 ? a.period.due : a.period.pausedUntil;
        const QDate db = gb == 0 ? b.period.due : b.period.pausedUntil;
        if (da != db)
            return da.isValid() && (!db.isValid() || da < db);
        return a.caseNumber < b.caseNumber;
    }

} // namespace

QList<DueEntry> dueList(
    const Database& database, const QDate& asOf, std::optional<int> within, const DeadlineRules& rules)
{
    const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
    const DeadlineCalculator calculator(calendar, rules);
    QList<DueEntry> list;
    // A correction request has no period to be due (Art. 41): it is not on the board.
    QSet<qint64> noPeriod;
    QHash<qint64, QString> clerks; // case id → the assigned clerk's login
    QStringList open;
    for (CaseState state : allCaseStates())
        if (isOpen(state))
            open << caseStateCode(state);
    for (const CaseAssignmentRow& row : caseAssignmentsInStates(database.connection(), open)) {
        if (row.kind == u"correction")
            noPeriod.insert(row.id);
        if (!row.clerk.isEmpty())
            clerks.insert(row.id, row.clerk);
    }
    QHash<QString, QString> names; // login (case-folded) → display name
    for (const UserAccount& user : UserRepository(database).list())
        names.insert(user.login.toCaseFolded(), user.displayName.isEmpty() ? user.login : user.displayName);
    const auto evaluate = [&](const CaseTimeline& timeline) {
        if (noPeriod.contains(timeline.id))
            return;
        const QString clerk = clerks.value(timeline.id);
        DueEntry entry { timeline.caseNumber, timeline.applicantName, timeline.state, {}, {}, clerk,
            names.value(clerk.toCaseFolded(), clerk),
            nextStep(timeline.state, CaseKind::Disclosure, workflowFacts(timeline.events)) }; // corrections left out

        try {
            entry.period
                = calculator.summary(replyFactsFromEvents(timeline.receipt, timeline.events), asOf).mostUrgent();
        } catch (const Error& error) {
            entry.problem = error.message();
        }
        if (within
            && (!entry.problem.isEmpty() || !isRunning(entry.period.status) || entry.period.workingDaysLeft > *within))
            return;
        list << entry;
    };
    for (CaseState state : allCaseStates())
        if (isOpen(state))
            forEachCaseTimeline(database.connection(), state, evaluate);
    std::stable_sort(list.begin(), list.end(), moreUrgent);
    return list;
}

} // namespace ogi
