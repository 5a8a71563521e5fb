// Backup and restore: a backup taken while another process adds cases restores to a register
// that passes verify, with its attachments; a damaged or foreign zip is refused; the register
// that was there is kept.
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "attachments/AttachmentStore.h"
#include "backup/DailyBackup.h"
#include "backup/RegisterBackup.h"
#include "backup/RegisterRestore.h"
#include "integrity/IntegrityCheck.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
qint64 caseCount(const QString& path)
{
    const Database db = Database::open(path);
    return sql::scalar(db.connection(), u"SELECT count(*) FROM cases"_s).toLongLong();
}
} // namespace

TEST_CASE("a backup taken while another process adds cases restores whole, attachments included", "[backup]")
{
    test::WorkflowFixture f;
    for (int i = 0; i < 5; ++i)
        f.newCase("2026-07-01");
    const QString number = f.newCase("2026-07-02");
    const QString scan = f.dir.filePath(u"scan.pdf"_s);
    test::writeBytes(scan, "%PDF-1.4 a scanned application");
    AttachmentStore(*f.database, f.clock).add(number, scan, AttachmentKind::Application, f.clerk);

    // Another process writes while the backup is taken.
    QProcess adder;
    adder.start(QStringLiteral(OGI_TEST_ADDER_PATH), { f.database->path(), u"300"_s });
    REQUIRE(adder.waitForStarted());
    const QString zip = f.dir.filePath(u"backup.zip"_s);
    const BackupSummary summary = writeBackup(*f.database, zip);
    REQUIRE(adder.waitForFinished(120000));
    REQUIRE(adder.exitCode() == 0);
    CHECK(summary.files == 1);
    CHECK(QFile::exists(zip));
    CHECK_FALSE(QFile::exists(zip + u".partial"_s));

    const QString target = f.dir.filePath(u"restored/register.ogi"_s);
    QDir().mkpath(f.dir.filePath(u"restored"_s));
    CHECK(RegisterRestore(zip, target).replace({}, {}, false).isEmpty()); // nothing was there
    const qint64 restoredCases = caseCount(target);
    CHECK(restoredCases >= 6); // a consistent snapshot: what had committed when it was taken
    CHECK(restoredCases <= 306);
    {
        const Database restored = Database::open(target);
        CHECK(verifyDatabase(restored).isEmpty()); // attachments checked against their SHA-256 too
        const QList<Attachment> files = AttachmentStore(restored).list(
            sql::scalar(restored.connection(), u"SELECT id FROM cases WHERE case_number = ?"_s, { number })
                .toLongLong());
        REQUIRE(files.size() == 1);
        CHECK(test::readBytes(AttachmentStore(restored).storedPath(files.front())) == "%PDF-1.4 a scanned application");
    }

    // Restoring again keeps the register that was there beside it, whole.
    const QString kept = RegisterRestore(zip, target).replace(u"admin"_s, u"admin-password-1"_s, false);
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(caseCount(kept) == restoredCases);
    CHECK(QFileInfo::exists(kept + u".files"_s));
    CHECK(caseCount(target) == restoredCases);
}

TEST_CASE("a damaged, cut short or foreign zip is refused and the current register is untouched", "[backup]")
{
    test::WorkflowFixture f;
    f.newCase("2026-07-01");
    const QString zip = f.dir.filePath(u"backup.zip"_s);
    writeBackup(*f.database, zip);
    const QByteArray bytes = test::readBytes(zip);
    const QString target = f.dir.filePath(u"current.ogi"_s);
    REQUIRE(QFile::copy(f.database->path(), target));
    const QByteArray before = test::readBytes(target);

    const auto refused = [&](const QByteArray& content) {
        const QString bad = f.dir.filePath(u"bad.zip"_s);
        QFile::remove(bad);
        test::writeBytes(bad, content);
        try {
            RegisterRestore(bad, target);
            return QString();
        } catch (const Error& e) {
            return e.message();
        }
    };
    CHECK_FALSE(refused(bytes.left(bytes.size() / 2)).isEmpty()); // cut short
    QByteArray altered = bytes;
    altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x5A); // one byte inside an entry
    CHECK_FALSE(refused(altered).isEmpty());
    CHECK_FALSE(refused("PK\x03\x04 not a zip at all").isEmpty());
    CHECK_FALSE(refused("not a zip").isEmpty());
    CHECK(test::readBytes(target) == before); // never overwritten
    QDir dir(f.dir.path());
    CHECK(dir.entryList({ u"current.ogi.replaced-*"_s }).isEmpty());
    CHECK(dir.entryList({ u".ogi-restore-*"_s }, QDir::Dirs | QDir::Hidden).isEmpty()); // nothing left behind
}

TEST_CASE("the automatic backup is taken once a day and keeps the newest N of this register", "[backup]")
{
    test::WorkflowFixture f;
    f.newCase("2026-07-01");
    const QString folder = f.dir.filePath(u"backups"_s);
    const QString stem = QFileInfo(f.database->path()).completeBaseName();
    // Someone else's file in the same folder is never touched.
    QDir().mkpath(folder);
    test::writeBytes(folder + u"/notes.zip"_s, "not ours");
    for (int day = 1; day <= 5; ++day) {
        const DailyBackup first = takeDailyBackup(*f.database, folder, 3, QDate(2026, 11, day));
        CHECK(first.written == folder + u"/%1-2026-11-0%2.zip"_s.arg(stem).arg(day));
        CHECK(takeDailyBackup(*f.database, folder, 3, QDate(2026, 11, day)).written.isEmpty()); // once a day
    }
    QStringList left = QDir(folder).entryList({ u"*.zip"_s }, QDir::Files, QDir::Name);
    CHECK(left
        == QStringList { u"notes.zip"_s, stem + u"-2026-11-03.zip"_s, stem + u"-2026-11-04.zip"_s,
            stem + u"-2026-11-05.zip"_s });
    // Each is a whole backup that restores.
    const QString target = f.dir.filePath(u"restored.ogi"_s);
    RegisterRestore(folder + u"/%1-2026-11-05.zip"_s.arg(stem), target).replace({}, {}, false);
    CHECK(caseCount(target) == 1);
    // keep 0: off.
    CHECK(takeDailyBackup(*f.database, folder, 0, QDate(2026, 11, 6)).written.isEmpty());
    CHECK(QDir(folder).entryList({ u"*.zip"_s }, QDir::Files).size() == 4);
    CHECK(defaultBackupFolder(*f.database) == QFileInfo(f.database->path()).absoluteDir().filePath(u"backups"_s));
}
