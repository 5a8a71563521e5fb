#pragma once

#include "deadline/DeadlineReport.h"

#include <QJsonObject>

namespace ogi {

// A period as JSON: period, status, status_text, due, working_days_left, paused_until,
// ended_on, provisional, paused_for ("consultation", "fee" or null), extended_due, warnings
// (codes) and warning_texts (translated). Dates are "YYYY-MM-DD" or null.
QJsonObject periodStatusToJson(const PeriodStatus& period);

// The reply period's fields at the top level (as periodStatusToJson), plus as_of,
// provisional_reason, supplement_notice (object or null) and steps: [{kind, period, date,
// until, related, days, text}], text translated. This is the shape of `ogi deadline --json`.
QJsonObject deadlineReportToJson(const DeadlineReport& report);

} // namespace ogi
