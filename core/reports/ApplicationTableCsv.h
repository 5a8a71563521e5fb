#pragma once

#include "reports/ApplicationTable.h"

#include <QByteArray>

namespace ogi {

// Section 三 as CSV, the shape offices keep it in a spreadsheet: a header line (申请人情况 and
// the seven column labels), then one line per row: the label verbatim and seven figures (a
// heading row has none). UTF-8 with a byte order mark, so Excel and WPS read the Chinese.
QByteArray applicationTableCsv(const ApplicationTable& table);

// Reads figures typed into that shape (UTF-8, with or without BOM; comma or tab separated).
// Rows are found by their label or code; every row of the format must be there with seven
// whole numbers (blank cells count 0). Throws Error(InvalidInput) with one FieldIssue per
// problem, named "line N" (unknown label, wrong count of figures, not a number, missing row).
ApplicationTable parseApplicationTableCsv(const QByteArray& csv);

} // namespace ogi
