#include "SqliteLibraryCheck.h"

#include "Error.h"
#include "storage/Sql.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SqliteLibraryCheck)
    };
} // namespace

SqliteLibraryReport inspectSqliteLibrary(const QSqlDatabase& db)
{
    SqliteLibraryReport report;
    report.linkedVersion = QString::fromLatin1(sqlite3_libversion());
    report.linkedSourceId = QString::fromLatin1(sqlite3_sourceid());
    report.driverVersion = sql::scalar(db, u"SELECT sqlite_version()"_s).toString();
    report.driverSourceId = sql::scalar(db, u"SELECT sqlite_source_id()"_s).toString();
    return report;
}

void requireSameSqliteLibrary(const QSqlDatabase& db)
{
    const SqliteLibraryReport report = inspectSqliteLibrary(db);
    if (!report.same())
        throw Error(ErrorCode::Internal,
            Tr::tr("Qt's SQLite driver uses SQLite %1, but OGI Desk is linked with SQLite %2. Install the "
                   "distribution's Qt SQLite driver (libqt6sql6-sqlite).")
                .arg(report.driverVersion, report.linkedVersion));
}

} // namespace ogi
