#pragma once

#include "Progress.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ogi {

// What the automatic backup did.
struct DailyBackup
{
    QString written; // the new backup; empty when today's was already there (or keep is 0)
    QStringList removed; // older automatic backups deleted to keep the newest `keep`
};

// The automatic backup OGI Desk takes when it closes: at most one a day, written with
// writeBackup() into `folder` (created if missing) as <register name>-YYYY-MM-DD.zip, then
// only the newest `keep` of this register's automatic backups are kept (other files in the
// folder are never touched). `keep` 0 turns it off. Throws like writeBackup, and
// Error(NotWritable) naming the folder.
DailyBackup takeDailyBackup(
    const Database& database, const QString& folder, int keep, const QDate& today, Progress* progress = nullptr);

// Where automatic backups go unless the user chose a folder: "backups" beside the register.
QString defaultBackupFolder(const Database& database);

} // namespace ogi
