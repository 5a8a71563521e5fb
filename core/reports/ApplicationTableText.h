#pragma once

#include "reports/ApplicationTable.h"

#include <QString>

namespace ogi {

// Section 三 as plain text for a terminal or a .txt file: the format's head
// (applicationTableHead: the corner cell, 申请人情况, 自然人 | 法人或其他组织 → its five kinds |
// 总计) over the figures, each column as wide as its label and right-aligned, a Chinese
// character counting two places as terminals show it. One line per row of the format.
QString applicationTableText(const ApplicationTable& table);

// The places `text` takes in a terminal: two for a wide (CJK, full-width) character, one
// for any other.
int displayWidth(const QString& text);

} // namespace ogi
