#pragma once

#include "deadline/DeadlineStatus.h"

#include <QVariant>

namespace ogi::ui {

// The background of a row whose deadline has `status` (overdue red, due today orange, due
// soon yellow, paused blue), or an empty QVariant for none. One palette for every list.
QVariant deadlineBackground(DeadlineStatus status);
// The text colour: dark red for a reply that was late, else empty.
QVariant deadlineForeground(DeadlineStatus status);

} // namespace ogi::ui
