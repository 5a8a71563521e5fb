#pragma once

#include "calendar/CalendarDay.h"

#include <QList>
#include <QString>

namespace ogi {

// Reads the holiday-arrangement format of reference/holidays-cn.csv: a header line
// `date,kind,name`, then one row per date, `YYYY-MM-DD,off|work,name` (name may be empty).
// Accepts a UTF-8 BOM, CRLF line ends and blank lines. All or nothing: any bad row (a date
// that does not exist, an unknown kind, a date given twice, a missing header) throws
// Error(InvalidInput) naming `source`, with one FieldIssue per bad line ("line 7").
QList<CalendarDay> parseCalendarCsv(const QString& text, const QString& source);

} // namespace ogi
