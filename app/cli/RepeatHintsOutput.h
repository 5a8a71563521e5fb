#pragma once

#include "repeats/RepeatFinder.h"

#include <QTextStream>

namespace ogi::cli {

// The repeat hints as text (nothing when there are none). Shared by `add` and `show`.
void printRepeatHints(QTextStream& out, const RepeatHints& hints);

} // namespace ogi::cli
