#include "TestRegister.h"
#include "TestApp.h"
#include "TestFiles.h"

#include "Error.h"
#include "Sha256.h"
#include "attachments/AttachmentStore.h"
#include "integrity/IntegrityCheck.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace ogi;
using namespace Qt::StringLiterals;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

UserAccount user(const QString& login, QList<Role> roles, bool active = true)
{
    return { 1, login, login, roles, active };
}

struct Register
{
    QTemporaryDir dir;
    Database db = Database::open(test::newTestRegister(dir, u"a.ogi"_s), OpenMode::CreateIfMissing);
    QString number = CaseRepository(db, kClock).add(test::samplePersonApplication(QDate(2026, 11, 2)), u"clerk"_s);
    AttachmentStore store { db, kClock };

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        test::writeBytes(path, bytes);
        return path;
    }
    int rows() const { return sql::scalar(db.connection(), u"SELECT count(*) FROM attachments"_s).toInt(); }
    qint64 caseId() const
    {
        return sql::scalar(db.connection(), u"SELECT id FROM cases WHERE case_number = ?"_s, { number }).toLongLong();
    }
    bool onServer() const { return db.engine() == StorageEngine::Postgresql; }
    // The bytes kept for `a`: its file beside a SQLite register, its pieces in a server's.
    QByteArray stored(const Attachment& a) const
    {
        if (!onServer())
            return test::readBytes(store.storedPath(a));
        QSqlQuery q = sql::run(
            db.connection(), u"SELECT bytes FROM attachment_chunks WHERE sha256 = ? ORDER BY seq"_s, { a.sha256 });
        QByteArray bytes;
        while (sql::next(q))
            bytes += q.value(0).toByteArray();
        return bytes;
    }
    // Distinct contents kept.
    int contents() const
    {
        if (onServer())
            return sql::scalar(db.connection(), u"SELECT count(DISTINCT sha256) FROM attachment_chunks"_s).toInt();
        int files = 0;
        QDirIterator it(attachmentFolder(db), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++files;
        }
        return files;
    }
};
} // namespace

TEST_CASE("an attached file is stored under its SHA-256, listed, audited and copied out unchanged", "[attachments]")
{
    test::ensureCoreApp();
    Register r;
    const QByteArray bytes = QByteArray("%PDF-1.4 scanned application ") + QByteArray(3 * 1024 * 1024 + 7, 'x');
    const Attachment added = r.store.add(
        r.number, r.file(u"申请表扫描件.pdf"_s, bytes), AttachmentKind::Application, user(u"li"_s, { Role::Clerk }));
    CHECK(added.sha256 == sha256Hex(bytes));
    CHECK(added.size == bytes.size());
    CHECK(added.fileName == u"申请表扫描件.pdf"_s);
    CHECK(r.stored(added) == bytes);
    if (r.onServer()) {
        // In the database, in 1 MiB pieces: no file on this desk.
        CHECK(r.store.storedPath(added).isEmpty());
        CHECK(sql::scalar(r.db.connection(), u"SELECT count(*) FROM attachment_chunks"_s).toInt() == 4);
    } else {
        CHECK(r.store.storedPath(added)
            == attachmentFolder(r.db) + u"/"_s + added.sha256.left(2) + u"/"_s + added.sha256);
        CHECK_FALSE(QFileInfo(r.store.storedPath(added)).permissions() & QFileDevice::WriteOwner); // read-only
    }

    const QList<Attachment> listed = r.store.list(r.caseId());
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().kind == AttachmentKind::Application);
    CHECK(listed.front().addedBy == u"li"_s);
    CHECK(listed.front().addedAt == kClock.now());
    CHECK(sql::scalar(r.db.connection(),
              u"SELECT count(*) FROM audit_log WHERE action = 'case.attach' AND subject = ?"_s, { r.number })
              .toInt()
        == 1);

    QTemporaryDir out;
    const QString copy = r.store.copyOut(listed.front(), out.path());
    CHECK(QFileInfo(copy).fileName() == u"申请表扫描件.pdf"_s);
    CHECK(test::readBytes(copy) == bytes);
    CHECK(verifyDatabase(r.db).isEmpty());

    // The same content again (a reply scanned twice) is a second row over one stored file.
    const Attachment again
        = r.store.add(r.number, r.file(u"copy.pdf"_s, bytes), AttachmentKind::Reply, user(u"wang"_s, { Role::Chief }));
    CHECK(again.sha256 == added.sha256);
    CHECK(r.rows() == 2);
    CHECK(r.contents() == 1);
}

TEST_CASE("attaching is refused with a reason and records nothing", "[attachments]")
{
    test::ensureCoreApp();
    Register r;
    const QString good = r.file(u"reply.pdf"_s, "letter");
    const QString empty = r.file(u"empty.pdf"_s, {});
    struct Case
    {
        const char* what;
        QString caseNumber;
        QString path;
        UserAccount who;
        ErrorCode code;
        QString mentions;
    };
    const QList<Case> cases = {
        { "unknown case", u"2026-9999"_s, good, user(u"li"_s, { Role::Clerk }), ErrorCode::NotFound, u"2026-9999"_s },
        { "missing file", r.number, r.dir.filePath(u"none.pdf"_s), user(u"li"_s, { Role::Clerk }), ErrorCode::NotFound,
            u"none.pdf"_s },
        { "a folder", r.number, r.dir.path(), user(u"li"_s, { Role::Clerk }), ErrorCode::InvalidInput, r.dir.path() },
        { "empty file", r.number, empty, user(u"li"_s, { Role::Clerk }), ErrorCode::InvalidInput, u"empty.pdf"_s },
        { "reviewer only", r.number, good, user(u"zhao"_s, { Role::Reviewer }), ErrorCode::Refused, u"zhao"_s },
        { "disabled clerk", r.number, good, user(u"li"_s, { Role::Clerk }, false), ErrorCode::Refused, u"li"_s },
    };
    for (const Case& c : cases) {
        INFO(c.what);
        try {
            r.store.add(c.caseNumber, c.path, AttachmentKind::Reply, c.who);
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.code() == c.code);
            CHECK(e.message().contains(c.mentions));
        }
        CHECK(r.rows() == 0);
    }
}

TEST_CASE("a stored attachment changed or removed is found by verify and not opened", "[attachments]")
{
    test::ensureCoreApp();
    Register r;
    const UserAccount clerk = user(u"li"_s, { Role::Clerk });
    const Attachment changed = r.store.add(r.number, r.file(u"a.pdf"_s, "original"), AttachmentKind::Reply, clerk);
    const Attachment removed = r.store.add(r.number, r.file(u"b.pdf"_s, "second"), AttachmentKind::Other, clerk);
    REQUIRE(verifyDatabase(r.db).isEmpty());

    test::tamperStoredAttachment(r.db.path(), changed.sha256, QByteArray("forged"));
    test::tamperStoredAttachment(r.db.path(), removed.sha256, std::nullopt);

    const QStringList findings = verifyDatabase(r.db);
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).contains(r.number));
    CHECK(findings.at(0).contains(u"a.pdf"_s));
    CHECK(findings.at(0).contains(sha256Hex("forged")));
    CHECK(findings.at(1).contains(u"b.pdf"_s));

    QTemporaryDir out;
    CHECK_THROWS_MATCHES(r.store.copyOut(changed, out.path()), Error,
        Catch::Predicate<Error>([](const Error& e) { return e.code() == ErrorCode::Corrupt; }));
    CHECK_FALSE(QFileInfo::exists(QDir(out.path()).filePath(u"a.pdf"_s))); // no forged copy left to open

    // The rows themselves cannot be edited away.
    CHECK_THROWS_AS(sql::run(r.db.connection(), u"DELETE FROM attachments"_s), Error);
    CHECK_THROWS_AS(
        sql::run(r.db.connection(), u"UPDATE attachments SET sha256 = ?"_s, { sha256Hex("forged") }), Error);
    CHECK(r.rows() == 2);
}

// Hostile sources (issue 18): what is not a document is refused with a sentence, before
// anything is read (a FIFO would wait for ever), and nothing is recorded.
TEST_CASE("devices, FIFOs, /proc files and folders are refused as attachments with a clear message",
    "[attachments][hostile]")
{
    test::ensureCoreApp();
    Register r;
    const UserAccount clerk = user(u"li"_s, { Role::Clerk });
    const QString fifo = r.dir.filePath(u"pipe.pdf"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = r.dir.filePath(u"scans"_s);
    REQUIRE(QDir().mkpath(folder));
    for (const auto& [path, words] : { std::pair { u"/dev/zero"_s, u"device"_s }, std::pair { fifo, u"pipe"_s },
             std::pair { u"/proc/self/status"_s, u"running system"_s }, std::pair { folder, u"folder"_s },
             std::pair { r.dir.filePath(u"missing.pdf"_s), u"There is no file"_s } }) {
        INFO(path.toStdString());
        try {
            r.store.add(r.number, path, AttachmentKind::Other, clerk);
            FAIL("attached");
        } catch (const Error& e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(words));
            CHECK(e.message().contains(path));
        }
    }
    CHECK(r.rows() == 0);
}

namespace {
// How far this process has read in its open descriptor of `canonicalPath`, or -1 when it has
// none open (from /proc/self/fd and fdinfo).
qint64 readPositionOf(const QString& canonicalPath)
{
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        if (QFileInfo(fds.filePath(fd)).symLinkTarget() != canonicalPath)
            continue;
        QFile info(u"/proc/self/fdinfo/"_s + fd);
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("pos:"))
                return line.mid(4).trimmed().toLongLong();
    }
    return -1;
}
} // namespace

TEST_CASE("a source that shrinks while it is copied is refused, not stored in part", "[attachments][hostile]")
{
    test::ensureCoreApp();
    Register r;
    const QString path = r.dir.filePath(u"growing.pdf"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(qint64(150) * 1024 * 1024)); // sparse: no disk, but a copy takes a while
    }
    // Cut the file as soon as the copy has begun: this process holds it open and has read
    // past its start. (The incoming copy may be an unnamed O_TMPFILE, so it cannot be watched.)
    std::atomic<bool> cut { false };
    std::atomic<bool> truncated { false };
    std::thread cutter([&] {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        for (int i = 0; i < 50000 && !cut; ++i) {
            if (readPositionOf(canonical) > 0) {
                truncated = ::truncate(QFile::encodeName(path).constData(), 1024 * 1024) == 0;
                cut = true;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    });
    QString message;
    try {
        r.store.add(r.number, path, AttachmentKind::Other, user(u"li"_s, { Role::Clerk }));
    } catch (const Error& e) {
        message = e.message();
    }
    cut = true;
    cutter.join();
    INFO(message.toStdString());
    REQUIRE(truncated); // the copy was under way when the file was cut
    CHECK(message.contains(u"changed while it was being copied"_s));
    CHECK(r.rows() == 0);
    CHECK(r.contents() == 0);
    if (!r.onServer())
        CHECK(QDir(attachmentFolder(r.db)).entryList({ u"incoming-*"_s }, QDir::Files).isEmpty());
}
