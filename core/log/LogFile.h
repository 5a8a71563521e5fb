#pragma once

#include <QString>

namespace ogi::log {

// Where the programs write their log unless told otherwise:
// $XDG_STATE_HOME/ogi-desk/ogi-desk.log (usually ~/.local/state/ogi-desk/ogi-desk.log).
QString defaultLogPath();

// From now on log lines go to `path` (its folder created): one line each with the time, the
// level and the process id; the file is rotated at 1 MB and the five newest old files kept
// (ogi-desk.log.0 … .4). Until this is called, and when the file cannot be opened, logging
// does nothing: a log must never stop the work it records. Returns whether the file opened.
bool openLogFile(const QString& path = defaultLogPath());

// One line in the log, if it is open.
void info(const QString& message);
void warning(const QString& message);
void error(const QString& message);

} // namespace ogi::log
