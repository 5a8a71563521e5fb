#pragma once

#include <QString>

class QWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// Where this computer keeps the automatic backups of a register and how many (QSettings
// backup/folder, backup/keep; 7 beside the register unless chosen, 0 for none).
struct AutomaticBackupSettings
{
    QString folder;
    int keep = 7;
};

AutomaticBackupSettings automaticBackupSettings(const Database& database);
void saveAutomaticBackupSettings(const AutomaticBackupSettings& settings);

// The backup taken when OGI Desk closes (takeDailyBackup): at most once a day, with a
// progress dialog when it lasts; a failure is shown to the user, never passed over.
void takeAutomaticBackup(const Database& database, QWidget* parent = nullptr);

} // namespace ogi::ui
