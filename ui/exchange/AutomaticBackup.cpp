#include "AutomaticBackup.h"

#include "Error.h"
#include "backup/DailyBackup.h"
#include "progress/WorkProgressDialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ui::AutomaticBackup)
    };
} // namespace

AutomaticBackupSettings automaticBackupSettings(const Database& database)
{
    const QSettings settings;
    AutomaticBackupSettings s;
    s.folder = settings.value(u"backup/folder"_s).toString();
    if (s.folder.isEmpty())
        s.folder = defaultBackupFolder(database);
    s.keep = settings.value(u"backup/keep"_s, 7).toInt();
    return s;
}

void saveAutomaticBackupSettings(const AutomaticBackupSettings& s)
{
    QSettings settings;
    settings.setValue(u"backup/folder"_s, s.folder);
    settings.setValue(u"backup/keep"_s, s.keep);
}

void takeAutomaticBackup(const Database& database, QWidget* parent)
{
    // A register on a server is backed up there (docs/postgresql.md), not by each desk.
    if (database.engine() == StorageEngine::Postgresql)
        return;
    const AutomaticBackupSettings s = automaticBackupSettings(database);
    try {
        WorkProgressDialog progress(Tr::tr("Backing up the register to %1…").arg(s.folder), parent);
        takeDailyBackup(database, s.folder, s.keep, QDate::currentDate(), &progress);
    } catch (const Error& error) {
        if (error.code() != ErrorCode::Cancelled)
            QMessageBox::warning(parent, Tr::tr("Automatic backup"),
                Tr::tr("Today's automatic backup could not be written: %1").arg(error.message()));
    }
}

} // namespace ogi::ui
