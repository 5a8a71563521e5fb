#pragma once

#include "calendar/CalendarDay.h"
#include "calendar/WorkingCalendar.h"

#include <QList>

namespace ogi {

// The State Council's holiday arrangements shipped with OGI Desk: resources/calendar/
// holidays-cn.csv, compiled into ogi_core as :/calendar/holidays-cn.csv (and installed to
// share/ogi-desk/calendar for reference).

// The shipped exceptions, in file order. Throws Error(Internal) if the resource is missing
// or damaged (a broken build, never the user's doing).
QList<CalendarDay> shippedCalendarDays();

// The years the shipped data covers (every year with at least one row), ascending.
QList<int> shippedCalendarYears();

// The calendar of the shipped data alone, built once per process.
const WorkingCalendar& shippedCalendar();

} // namespace ogi
