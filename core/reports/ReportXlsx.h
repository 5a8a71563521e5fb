#pragma once

#include "reports/AnnualRemediesAndFees.h"
#include "reports/ApplicationTable.h"
#include "reports/MonthlyTally.h"
#include "reports/ProactiveFigures.h"

#include <QMap>

#include <QString>

namespace ogi {

// The annual report's tables as .xlsx in the national layout (libxlsxwriter): sheet
// "三、收到和处理" with the corner cell, 申请人情况 over the columns and 法人或其他组织 over its
// five kinds (merged header cells), the rows with their labels verbatim; sheet "四、复议诉讼"
// with 行政复议 / 行政诉讼 → 未经复议直接起诉, 复议后起诉 over their five counts; sheet
// "六、收费"; before them "二、主动公开" with the entered figures (`proactive`: cell key →
// value; blank when not entered). Under each sheet's table, in the row after its last, the
// line of the 校验码 `checkCode` (reportCheckCode; on every sheet, as each may be printed on
// its own). Throws Error(NotWritable) naming the file when it cannot be written.
void writeAnnualXlsx(const QString& path, int year, const ApplicationTable& applications, const RemedyTable& remedies,
    const FeeFigures& fees, const QMap<QString, QString>& proactive, const QString& checkCode);

// The monthly tally as .xlsx: one sheet, a row per figure, a column for the office, each
// department and each clerk, then the reply times and the line of the 校验码 `checkCode`.
void writeTallyXlsx(const QString& path, const MonthlyTally& tally, const QString& checkCode);

} // namespace ogi
