#include "DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ogi::gui {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ogi-desk"_s;
    QDir().mkpath(folder);
    return folder + u"/ogi.db"_s;
}

} // namespace ogi::gui
