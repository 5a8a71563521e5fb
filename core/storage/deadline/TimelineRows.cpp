#include "TimelineRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

void forEachTimelineRecord(const QSqlDatabase& db, const std::optional<QString>& state,
    const std::function<void(const TimelineCaseRecord&, const QList<EventRow>&)>& each)
{
    // Values stay bound parameters; the two shapes differ only in the filter.
    const QString caseFilter = state ? u"WHERE state = ?"_s : QString();
    const QString eventFilter = state ? u"WHERE c.state = ?"_s : QString();
    const QVariantList bind = state ? QVariantList { *state } : QVariantList {};
    QSqlQuery c = sql::runWith(db,
        u"SELECT id, case_number, applicant_name, state, receipt_date FROM case_list %1 ORDER BY id"_s.arg(caseFilter),
        bind);
    QSqlQuery e = sql::runWith(db,
        u"SELECT e.case_id, %1 FROM case_events e JOIN cases c ON c.id = e.case_id %2 ORDER BY e.case_id, e.seq"_s.arg(
            eventRowColumns(u"e."_s), eventFilter),
        bind);
    bool eventPending = sql::next(e);
    QList<EventRow> events;
    while (sql::next(c)) {
        const TimelineCaseRecord row { c.value(0).toLongLong(), c.value(1).toString(), c.value(2).toString(),
            c.value(3).toString(), parseIsoDate(c.value(4).toString()) };
        // Events of cases the first query skipped (none with a consistent register) are passed over.
        while (eventPending && e.value(0).toLongLong() < row.id)
            eventPending = sql::next(e);
        events.clear();
        while (eventPending && e.value(0).toLongLong() == row.id) {
            events << eventRowAt(e, 1);
            eventPending = sql::next(e);
        }
        each(row, events);
    }
}

QDate receiptDateOf(const QSqlDatabase& db, qint64 caseId)
{
    return parseIsoDate(sql::scalar(db, u"SELECT receipt_date FROM cases WHERE id = ?"_s, { caseId }).toString());
}

QList<EventRow> eventRowsOf(const QSqlDatabase& db, qint64 caseId)
{
    QList<EventRow> events;
    QSqlQuery e = sql::run(
        db, u"SELECT "_s + eventRowColumns() + u" FROM case_events WHERE case_id = ? ORDER BY seq"_s, { caseId });
    while (sql::next(e))
        events << eventRowAt(e);
    return events;
}

qint64 caseCount(const QSqlDatabase& db) { return sql::scalar(db, u"SELECT count(*) FROM cases"_s).toLongLong(); }

} // namespace ogi
