#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ogi {

struct SqliteLibraryReport
{
    QString linkedVersion; // sqlite3_libversion() of the library this process links
    QString linkedSourceId; // sqlite3_sourceid()
    QString driverVersion; // select sqlite_version() through Qt's QSQLITE driver
    QString driverSourceId; // select sqlite_source_id()
    bool same() const { return linkedVersion == driverVersion && linkedSourceId == driverSourceId; }
};

// Asks both the linked SQLite and the one inside the open Qt connection who they are.
SqliteLibraryReport inspectSqliteLibrary(const QSqlDatabase& db);

// Throws Error(Internal) when Qt's driver runs another SQLite than the one core links:
// using the driver's sqlite3* handle with the C API (online backup) would then be unsafe.
void requireSameSqliteLibrary(const QSqlDatabase& db);

} // namespace ogi
