// Issue 18: a restore over a register is an administrator's decision, made after seeing what
// it changes; it never replaces a register a program has open, nor one whose history the
// backup does not continue (unless overridden, on the record); a program whose register was
// replaced under it writes nothing into the moved file.
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "audit/AuditWitness.h"
#include "backup/RegisterBackup.h"
#include "backup/RegisterRestore.h"
#include "demo/DemoData.h"
#include "integrity/IntegrityCheck.h"
#include "settings/OfficeSettings.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "users/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

QString refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// The fixture's register as the office's copy at `target`, restored from its own backup.
QString officeRegister(test::WorkflowFixture& f, const QString& target)
{
    const QString zip = f.dir.filePath(u"first.zip"_s);
    writeBackup(*f.database, zip);
    RegisterRestore(zip, target).replace({}, {}, false);
    return target;
}

QString lastAuditAction(const QString& path)
{
    const Database db = Database::open(path);
    return sql::scalar(db.connection(), u"SELECT action || ' ' || actor FROM audit_log ORDER BY id DESC LIMIT 1"_s)
        .toString();
}

} // namespace

TEST_CASE("restoring over a register: its administrator signs in, sees what changes, and it is recorded",
    "[backup][restore]")
{
    test::WorkflowFixture f;
    f.newCase("2026-07-01");
    const QString zip = f.dir.filePath(u"older.zip"_s);
    const QString target = f.dir.filePath(u"office/register.ogi"_s);
    QDir().mkpath(f.dir.filePath(u"office"_s));
    officeRegister(f, target);
    writeBackup(Database::open(target), zip);
    // Work done after the backup: two cases, a role, four-eyes off.
    {
        const Database db = Database::open(target);
        generateDemoData(db, 2, f.clock, 7, u"wangfang"_s);
        UserRepository(db, f.clock).setRoles(f.admin, u"wangfang"_s, { Role::Clerk, Role::Chief });
        OfficeSettings(db, f.clock).setFourEyes(false, f.admin);
    }

    RegisterRestore restore(zip, target);
    const RestoreChanges& changes = restore.changes();
    CHECK(changes.replacesRegister);
    CHECK(changes.registerReadable);
    CHECK(changes.casesGoneCount == 2);
    CHECK(changes.casesNow == changes.casesInBackup + 2);
    CHECK(changes.users.filter(u"wangfang"_s).size() == 1);
    CHECK(changes.settings.filter(u"four_eyes"_s).size() == 1);
    CHECK(changes.anchorConflicts.isEmpty()); // an older state of the same history
    CHECK(changes.describe().join(u'\n').contains(changes.casesGone.front()));

    // A clerk, a wrong password: refused, nothing replaced.
    CHECK(refusal([&] { restore.replace(u"wangfang"_s, u"password-wangfang"_s, false); }).contains(u"administrator"_s));
    CHECK_FALSE(refusal([&] { restore.replace(u"admin"_s, u"wrong"_s, false); }).isEmpty());
    {
        // Open in another program (here: this one): refused.
        const Database open = Database::open(target);
        CHECK(refusal([&] { restore.replace(u"admin"_s, u"admin-password-1"_s, false); })
                  .contains(u"open in another program"_s));
    }
    // Nothing replaced (the refused sign-ins are counted in it, as any).
    CHECK(QDir(f.dir.filePath(u"office"_s)).entryList({ u"register.ogi.replaced-*"_s }).isEmpty());
    CHECK(Database::open(target).connection().isOpen());
    CHECK(sql::scalar(Database::open(target).connection(), u"SELECT count(*) FROM cases"_s).toLongLong()
        == changes.casesNow);
    const QString kept = restore.replace(u"admin"_s, u"admin-password-1"_s, false);
    REQUIRE(QFile::exists(kept));
    CHECK(lastAuditAction(target) == u"register.restore admin");
    const Database restored = Database::open(target);
    CHECK(verifyDatabase(restored).isEmpty());
    CHECK(sql::scalar(restored.connection(), u"SELECT count(*) FROM cases"_s).toLongLong() == changes.casesInBackup);
}

TEST_CASE("a backup of another history is refused unless overridden, and the override is recorded",
    "[backup][restore]")
{
    test::WorkflowFixture f;
    const QString target = officeRegister(f, f.dir.filePath(u"office.ogi"_s));
    {
        const Database db = Database::open(target);
        generateDemoData(db, 1, f.clock, 8, u"wangfang"_s);
    }
    // Another office's register, forked from the same start: its row after the fork differs.
    test::WorkflowFixture other;
    other.newCase("2026-08-01");
    other.newCase("2026-08-02");
    const QString foreign = f.dir.filePath(u"foreign.zip"_s);
    writeBackup(*other.database, foreign);

    RegisterRestore restore(foreign, target);
    REQUIRE_FALSE(restore.changes().anchorConflicts.isEmpty());
    INFO(restore.changes().anchorConflicts.join(u'\n').toStdString());
    CHECK(restore.changes().anchorConflicts.filter(u"history"_s).size() >= 1);
    CHECK(refusal([&] { restore.replace(u"admin"_s, u"admin-password-1"_s, false); })
              .contains(u"does not continue the history"_s));
    restore.replace(u"admin"_s, u"admin-password-1"_s, true);
    CHECK(lastAuditAction(target) == u"register.restore_override admin");
}

TEST_CASE("anchors seen on this computer: a history cut back later disagrees with them", "[backup][restore][audit]")
{
    test::WorkflowFixture f;
    QTemporaryDir data;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    const auto restoreEnv = qScopeGuard([&] { saved.isEmpty() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", saved); });
    const QString target = officeRegister(f, f.dir.filePath(u"office.ogi"_s));
    const QString zip = f.dir.filePath(u"older.zip"_s);
    writeBackup(Database::open(target), zip);
    AuditLog::Anchor head;
    {
        const Database db = Database::open(target);
        generateDemoData(db, 1, f.clock, 9, u"wangfang"_s);
        head = AuditLog::headAnchor(db.connection());
        REQUIRE(AuditWitness::record(target, head));
        CHECK(AuditWitness::disagreements(db.connection(), target).isEmpty());
    }
    // The file copied back over the register, as an insider would undo a registration.
    QFile::remove(target);
    QFile::remove(target + u"-wal"_s);
    {
        RegisterRestore staged(zip, f.dir.filePath(u"elsewhere.ogi"_s));
        staged.replace({}, {}, false);
    }
    REQUIRE(QFile::copy(f.dir.filePath(u"elsewhere.ogi"_s), target));
    const Database db = Database::open(target);
    const QStringList lines = AuditWitness::disagreements(db.connection(), target);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().contains(QString::number(head.id)));
    CHECK(verifyDatabase(db).filter(QString::number(head.id)).size() >= 1);
}

TEST_CASE("a program whose register was replaced under it writes nothing into the moved file", "[backup][restore]")
{
    test::WorkflowFixture f;
    const QString path = f.database->path();
    const QString moved = path + u".moved"_s;
    REQUIRE(QFile::copy(path, path + u".copy"_s));
    REQUIRE(QFile::rename(path, moved));
    REQUIRE(QFile::rename(path + u".copy"_s, path));
    const QString message = refusal([&] { WriteTransaction transaction(f.database->connection()); });
    CHECK(message.contains(u"replaced or moved"_s));
    CHECK(message.contains(path));
    CHECK_THROWS_AS(f.newCase("2026-07-01"), Error);
}
