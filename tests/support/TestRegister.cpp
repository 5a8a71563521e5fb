#include "TestRegister.h"

#include "PgTestServer.h"
#include "TestFiles.h"

#include "attachments/AttachmentBytes.h"

#include <QFile>

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

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
        return { u"DROP TRIGGER IF EXISTS %1_append_only ON %1"_s.arg(table) };
    return { u"DROP TRIGGER IF EXISTS %1_append_only_update"_s.arg(table),
        u"DROP TRIGGER IF EXISTS %1_append_only_delete"_s.arg(table) };
}

void tamperStoredAttachment(const QString& location, const QString& sha256, const std::optional<QByteArray>& bytes)
{
    if (!location.startsWith(u"postgresql://"_s)) {
        const QString path = attachmentFolderOf(location) + u'/' + sha256.left(2) + u'/' + sha256;
        REQUIRE(QFile::exists(path));
        if (!bytes) {
            REQUIRE(QFile::remove(path));
            return;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeBytes(path, *bytes);
        return;
    }
    for (const QString& drop : appendOnlyGuardDrops(u"attachment_chunks"_s))
        rawSql(location, drop);
    rawSql(location, u"DELETE FROM attachment_chunks WHERE sha256 = '%1'"_s.arg(sha256));
    if (bytes)
        rawSql(location,
            u"INSERT INTO attachment_chunks (sha256, seq, bytes) VALUES ('%1', 0, decode('%2', 'hex'))"_s.arg(
                sha256, QString::fromLatin1(bytes->toHex())));
}

} // namespace ogi::test
