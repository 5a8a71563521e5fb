#pragma once

#include <QString>

namespace ogi::cli {

// A password for the command line: the value of the environment variable `variable` when it
// is set (scripts, tests), else asked on the terminal without echo — twice when `confirm`.
// Throws UsageError when neither is possible or the two entries differ.
QString readPassword(const char* variable, const QString& prompt, bool confirm);

} // namespace ogi::cli
