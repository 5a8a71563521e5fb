#include "FeeQuote.h"

#include "Error.h"
#include "fees/FeeSchedule.h"
#include "storage/fees/ApplicationsInMonth.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::FeeQuote)
    };
} // namespace

int applicationOrdinalInMonth(const QSqlDatabase& db, qint64 caseId)
{
    const std::optional<int> place = applicationPlaceInMonth(db, caseId);
    if (!place)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case with id %1.").arg(caseId));
    return *place;
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
