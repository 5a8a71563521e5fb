#pragma once

#include "reports/AnnualRemediesAndFees.h"
#include "reports/ApplicationTable.h"
#include "reports/MonthlyTally.h"

#include <QMap>
#include <QString>

namespace ogi {

// The reports as HTML tables with borders, labels verbatim, every value escaped: what the
// desktop prints and saves as PDF (landscape A4). Each ends with the line of its 校验码
// `checkCode` (reportCheckCode of the register the figures came from).

// Sections 二, 三, 四 and 六 of the annual report of `year` for `agency`.
QString annualReportHtml(const QString& agency, int year, const ApplicationTable& applications,
    const RemedyTable& remedies, const FeeFigures& fees, const QMap<QString, QString>& proactive,
    const QString& checkCode);

// The monthly tally: a row per figure, a column for the office, each department, each clerk.
QString tallyHtml(const QString& agency, const MonthlyTally& tally, const QString& checkCode);

} // namespace ogi
