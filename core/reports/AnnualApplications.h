#pragma once

#include "reports/ApplicationTable.h"
#include "storage/Database.h"

namespace ogi {

// Section 三 of the annual report for `year`, counted from the register: 本年新收 by legal
// receipt date in the year; 上年结转 received before it and not concluded before 1 January;
// 本年度办理结果 by the outcome of the cases concluded in the year (one count each, partial
// disclosure under 部分公开 only); 结转下年度 received by 31 December and not concluded by
// then. Columns by the first applicant's type. Categories and totals are the sums of their
// rows, so a register gives a table that reconciles; a concluded case without an outcome
// shows as a failure of reconcile().
ApplicationTable annualApplications(const Database& database, int year);

} // namespace ogi
