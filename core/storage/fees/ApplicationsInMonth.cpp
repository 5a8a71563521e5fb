#include "ApplicationsInMonth.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

std::optional<int> applicationPlaceInMonth(const QSqlDatabase& db, qint64 caseId)
{
    // Same identity_key, same receipt month, received earlier or the same day and registered
    // no later. receipt_date is "YYYY-MM-DD", so its first 7 characters are the month.
    QSqlQuery q = sql::run(db,
        u"WITH me AS (SELECT c.id, c.receipt_date, a.identity_key FROM cases c "
        u"  JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0 "
        u"  JOIN applicants a ON a.id = ca.applicant_id WHERE c.id = ?) "
        u"SELECT (SELECT count(*) FROM cases c "
        u"  JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0 "
        u"  JOIN applicants a ON a.id = ca.applicant_id "
        u"  WHERE a.identity_key = me.identity_key "
        u"    AND substr(c.receipt_date, 1, 7) = substr(me.receipt_date, 1, 7) "
        u"    AND (c.receipt_date < me.receipt_date OR (c.receipt_date = me.receipt_date AND c.id <= me.id))) "
        u"FROM me"_s,
        { caseId });
    if (!sql::next(q))
        return std::nullopt;
    return q.value(0).toInt();
}

} // namespace ogi
