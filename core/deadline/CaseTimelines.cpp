#include "CaseTimelines.h"

#include "Timestamps.h"
#include "lifecycle/CaseEventRow.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

void forEachCaseTimeline(const QSqlDatabase& db, std::optional<CaseState> state,
    const std::function<void(const CaseTimeline&)>& each)
{
    // Values stay bound parameters; the two shapes differ only in the filter.
    const QString caseFilter = state ? u"WHERE state = ?"_s : QString();
    const QString eventFilter = state ? u"WHERE c.state = ?"_s : QString();
    const QVariantList bind = state ? QVariantList { caseStateCode(*state) } : QVariantList {};
    QSqlQuery c = sql::runWith(db,
        u"SELECT id, case_number, applicant_name, state, receipt_date FROM case_list %1 ORDER BY id"_s.arg(caseFilter),
        bind);
    QSqlQuery e = sql::runWith(db,
        u"SELECT e.case_id, %1 FROM case_events e JOIN cases c ON c.id = e.case_id %2 ORDER BY e.case_id, e.seq"_s
            .arg(caseEventColumns(u"e."_s), eventFilter),
        bind);
    bool eventPending = sql::next(e);
    while (sql::next(c)) {
        CaseTimeline timeline;
        timeline.id = c.value(0).toLongLong();
        timeline.caseNumber = c.value(1).toString();
        timeline.applicantName = c.value(2).toString();
        timeline.state = parseCaseState(c.value(3).toString()).value_or(CaseState::Registered);
        timeline.receipt = parseIsoDate(c.value(4).toString());
        // Events of cases the first query skipped (none with a consistent register) are passed over.
        while (eventPending && e.value(0).toLongLong() < timeline.id)
            eventPending = sql::next(e);
        while (eventPending && e.value(0).toLongLong() == timeline.id) {
            timeline.events << caseEventFromRow(e, 1);
            eventPending = sql::next(e);
        }
        each(timeline);
    }
}

} // namespace ogi
