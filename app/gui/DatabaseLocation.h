#pragma once

#include <QString>

namespace ogi::gui {

// Where OGI Desk keeps its database when no --db is given:
// $XDG_DATA_HOME/ogi-desk/ogi.db (usually ~/.local/share/ogi-desk/ogi.db).
QString defaultDatabasePath();

} // namespace ogi::gui
