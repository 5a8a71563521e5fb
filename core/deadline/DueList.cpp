#include "DueList.h"

#include "Error.h"
#include "Timestamps.h"
#include "calendar/CalendarRepository.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/DeadlineCalculator.h"
#include "storage/Sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct OpenCase
    {
        qint64 id = 0;
        DueEntry entry;
        QDate receipt;
        QList<CaseEvent> events;
    };

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

    // The cases in `state` with their events: two queries, both in case order, merged in one
    // pass. Asked state by state so that every value stays a bound parameter.
    void readCasesIn(const QSqlDatabase& db, CaseState state, QList<OpenCase>& cases)
    {
        const qsizetype first = cases.size();
        QSqlQuery c = sql::run(db,
            u"SELECT id, case_number, applicant_name, state, receipt_date FROM case_list WHERE state = ? "
            u"ORDER BY id"_s,
            { caseStateCode(state) });
        while (sql::next(c)) {
            OpenCase oc;
            oc.id = c.value(0).toLongLong();
            oc.entry.caseNumber = c.value(1).toString();
            oc.entry.applicantName = c.value(2).toString();
            oc.entry.state = state;
            oc.receipt = parseIsoDate(c.value(4).toString());
            cases << oc;
        }
        QSqlQuery e = sql::run(db,
            u"SELECT e.case_id, e.seq, e.action, e.to_state, e.event_date FROM case_events e "
            u"JOIN cases c ON c.id = e.case_id WHERE c.state = ? ORDER BY e.case_id, e.seq"_s,
            { caseStateCode(state) });
        qsizetype i = first;
        while (sql::next(e)) {
            const qint64 caseId = e.value(0).toLongLong();
            while (i < cases.size() && cases.at(i).id < caseId)
                ++i;
            if (i == cases.size())
                break;
            if (cases.at(i).id != caseId)
                continue;
            CaseEvent event;
            event.seq = e.value(1).toInt();
            event.action = e.value(2).toString();
            event.toState = parseCaseState(e.value(3).toString()).value_or(CaseState::Registered);
            event.eventDate = parseIsoDate(e.value(4).toString());
            cases[i].events << event;
        }
    }

    QList<OpenCase> readOpenCases(const QSqlDatabase& db)
    {
        QList<OpenCase> cases;
        for (CaseState state : allCaseStates())
            if (isOpen(state))
                readCasesIn(db, state, cases);
        return cases;
    }
} // namespace

QList<DueEntry> dueList(
    const Database& database, const QDate& asOf, std::optional<int> within, const DeadlineRules& rules)
{
    const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
    const DeadlineCalculator calculator(calendar, rules);
    QList<DueEntry> list;
    for (OpenCase& oc : readOpenCases(database.connection())) {
        DueEntry& entry = oc.entry;
        try {
            entry.period = calculator.summary(replyFactsFromEvents(oc.receipt, oc.events), asOf).mostUrgent();
        } catch (const Error& error) {
            entry.problem = error.message();
        }
        if (within
            && (!entry.problem.isEmpty() || !isRunning(entry.period.status) || entry.period.workingDaysLeft > *within))
            continue;
        list << entry;
    }
    std::stable_sort(list.begin(), list.end(), moreUrgent);
    return list;
}

} // namespace ogi
