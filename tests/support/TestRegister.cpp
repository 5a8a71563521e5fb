#include "TestRegister.h"

#include "PgTestServer.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ogi::test {

bool testsOnPostgresql() { return qEnvironmentVariable("OGI_TEST_ENGINE") == u"postgresql"_s; }

QString newTestRegister(const QTemporaryDir& dir, const QString& fileName)
{
    if (testsOnPostgresql())
        return createPgTestDatabase(QFileInfo(fileName).completeBaseName());
    return dir.filePath(fileName);
}

QStringList appendOnlyGuardDrops(const QString& table)
{
    // PgSchema's one row trigger covers UPDATE and DELETE; SQLite's schema has one for each.
    if (testsOnPostgresql())
        return { u"DROP TRIGGER %1_append_only ON %1"_s.arg(table) };
    return { u"DROP TRIGGER %1_append_only_update"_s.arg(table), u"DROP TRIGGER %1_append_only_delete"_s.arg(table) };
}

} // namespace ogi::test
