#pragma once

#include "reports/ApplicationTable.h"

#include <QByteArray>

namespace ogi {

// Section 三 as CSV, the shape offices keep it in a spreadsheet: the format's three head
// lines (applicationTableHead: the corner cell, 申请人情况, 自然人 | 法人或其他组织 → its five
// kinds | 总计), then one line per row: the label verbatim and seven figures (a heading row
// has none), and last the line of the 校验码 `checkCode` (reportCheckCode) in the first cell
// of a row of eight, as the .xlsx sheet has it under the table. UTF-8 with a byte order mark,
// so Excel and WPS read the Chinese.
QByteArray applicationTableCsv(const ApplicationTable& table, const QString& checkCode);

// Reads figures typed into that shape (UTF-8, with or without BOM; comma or tab separated).
// Head lines are passed over: the first line whatever it holds (a title), and any line whose
// first cell is no row label and whose cells are all the head's (so the older one-line head
// "申请人情况,自然人,…,总计" reads too), and a check-code line (isCheckCodeLine, in any
// language). Rows are found by their label or code; every row of the
// format must be there with seven whole numbers (blank cells count 0). Throws
// Error(InvalidInput) with one FieldIssue per problem, named "line N" (unknown label, wrong
// count of figures, not a number, missing row).
ApplicationTable parseApplicationTableCsv(const QByteArray& csv);

} // namespace ogi
