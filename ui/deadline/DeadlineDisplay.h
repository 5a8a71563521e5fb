#pragma once

#include "deadline/DeadlineReport.h"
#include "deadline/DeadlineStatus.h"

#include <QString>

#include <QVariant>

namespace ogi::ui {

// The background of a row whose deadline has `status` (overdue red, due today orange, due
// soon yellow, paused blue), or an empty QVariant for none. One palette for every list.
QVariant deadlineBackground(DeadlineStatus status);
// The text colour: dark red for a reply that was late, else empty.
QVariant deadlineForeground(DeadlineStatus status);
// The 剩余工作日 cell of every list: the number while the clock runs, "逾期 N 日" when
// overdue, else the status's name (due today, paused, met on time, ...).
QString workingDaysLeftText(const PeriodStatus& period);

} // namespace ogi::ui
