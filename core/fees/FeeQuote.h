#pragma once

#include "fees/FeeMethod.h"

#include <QSqlDatabase>
#include <QString>

namespace ogi {

// The fee a notice would state for one case.
struct FeeQuote
{
    FeeMethod method = FeeMethod::ByCount;
    int basis = 0; // the application's number in the month (by count) or the pages (by volume)
    int amountYuan = 0;
    QString explanation; // translated, citing the measures and the tier
};

// The case's position among the applications of the same applicant (the identity of its
// first applicant) received in the same calendar month, by receipt date then registration
// order; 1 for the first. Throws Error(NotFound) for an unknown case id.
int applicationOrdinalInMonth(const QSqlDatabase& db, qint64 caseId);

// The fee for case `caseId` by `method`; `pages` is used by volume only.
FeeQuote quoteFee(const QSqlDatabase& db, qint64 caseId, FeeMethod method, int pages);

} // namespace ogi
