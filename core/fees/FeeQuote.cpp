#include "FeeQuote.h"

#include "Error.h"
#include "fees/FeeSchedule.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::FeeQuote)
    };
} // namespace

int applicationOrdinalInMonth(const QSqlDatabase& db, qint64 caseId)
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
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case with id %1.").arg(caseId));
    return q.value(0).toInt();
}

FeeQuote quoteFee(const QSqlDatabase& db, qint64 caseId, FeeMethod method, int pages)
{
    FeeQuote quote;
    quote.method = method;
    if (method == FeeMethod::ByCount) {
        quote.basis = applicationOrdinalInMonth(db, caseId);
        quote.amountYuan = feeByCount(quote.basis);
        quote.explanation
            = Tr::tr("by count (国办函〔2020〕109号): application %1 of this applicant this month; 1-10 free, 11-30: "
                     "100 yuan, then +100 yuan for every further 10; fee %2 yuan")
                  .arg(quote.basis)
                  .arg(quote.amountYuan);
    } else {
        quote.basis = pages;
        quote.amountYuan = feeByVolume(pages);
        quote.explanation = Tr::tr("by volume (国办函〔2020〕109号): %1 pages; up to 30 free, 31-100: 10 yuan a page, "
                                   "101-200: 20 yuan a page, from 201: 40 yuan a page; fee %2 yuan")
                                .arg(pages)
                                .arg(quote.amountYuan);
    }
    return quote;
}

} // namespace ogi
