#include "DailyBackup.h"

#include "Error.h"
#include "backup/RegisterBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DailyBackup)
    };
} // namespace

QString defaultBackupFolder(const Database& database)
{
    return QFileInfo(database.path()).absoluteDir().filePath(u"backups"_s);
}

DailyBackup takeDailyBackup(
    const Database& database, const QString& folder, int keep, const QDate& today, Progress* progress)
{
    DailyBackup result;
    if (keep <= 0)
        return result;
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot create the backup folder %1.").arg(folder));
    const QString stem = QFileInfo(database.path()).completeBaseName();
    const QString todays = dir.filePath(u"%1-%2.zip"_s.arg(stem, today.toString(Qt::ISODate)));
    if (!QFileInfo::exists(todays)) {
        writeBackup(database, todays, progress);
        result.written = todays;
    }
    // This register's automatic backups only, newest first by the date in the name.
    const QRegularExpression ours(u"^%1-\\d{4}-\\d{2}-\\d{2}\\.zip$"_s.arg(QRegularExpression::escape(stem)));
    QStringList backups;
    for (const QString& name : dir.entryList({ stem + u"-*.zip"_s }, QDir::Files))
        if (ours.match(name).hasMatch())
            backups << name;
    std::sort(backups.begin(), backups.end(), std::greater<>());
    for (qsizetype i = keep; i < backups.size(); ++i)
        if (dir.remove(backups.at(i)))
            result.removed << dir.filePath(backups.at(i));
    return result;
}

} // namespace ogi
