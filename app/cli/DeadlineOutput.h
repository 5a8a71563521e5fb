#pragma once

#include "deadline/DeadlineReport.h"

#include <QTextStream>

namespace ogi::cli {

// A case's deadlines as text: each period's status, then the explanation step by step.
// Shared by `deadline` and `show`.
void printDeadlineReport(QTextStream& out, const DeadlineReport& report);

} // namespace ogi::cli
