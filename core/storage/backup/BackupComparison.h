#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// What differs between a SQLite register and a backup of it (another register file), read
// with the backup attached to the register's connection, for the restore to show first.

// A user account as the comparison shows it.
struct AccountSummary
{
    bool active = false;
    QString roles; // the role codes, sorted, joined by ", "
};

struct BackupComparison
{
    qint64 casesNow = 0;
    qint64 casesInBackup = 0;
    QStringList casesGone; // numbers of cases the backup lacks, the first few by id
    qint64 casesGoneCount = 0;
    qint64 casesAddedCount = 0; // cases of the backup the register lacks
    QMap<QString, AccountSummary> usersNow; // by login
    QMap<QString, AccountSummary> usersInBackup;
    QMap<QString, QString> settingsNow; // key → value
    QMap<QString, QString> settingsInBackup;
    qint64 auditRowsNow = 0;
    qint64 auditRowsInBackup = 0;
    std::optional<qint64> firstAuditRowDiffering; // the first id both logs hold with another hash
};

// Compares the register of `db` with the register file `backupFile`, which is attached for
// the comparison and detached after; `casesNamed` bounds casesGone.
BackupComparison compareWithBackup(const QSqlDatabase& db, const QString& backupFile, int casesNamed);

} // namespace ogi
