#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "audit/AuditLog.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// A database with five audit rows, closed again.
QString makeChain(const QTemporaryDir& dir)
{
    const QString path = test::newTestRegister(dir, u"audit.db"_s);
    const Database db = Database::open(path, OpenMode::CreateIfMissing);
    CaseRepository repository(db);
    for (int i = 0; i < 5; ++i)
        repository.add(test::samplePersonApplication(QDate(2026, 3, 2 + i)), u"c"_s);
    REQUIRE(AuditLog::verify(db.connection()).isEmpty());
    return path;
}

QStringList findingsAfter(const QString& path, const QStringList& tampering)
{
    // The attacker drops the append-only triggers first, as anyone with sqlite3 (or psql and
    // the owner's password) could.
    for (const QString& drop : test::appendOnlyGuardDrops(u"audit_log"_s))
        test::rawSql(path, drop);
    for (const QString& statement : tampering)
        test::rawSql(path, statement);
    const Database db = Database::open(path);
    return AuditLog::verify(db.connection());
}

bool mentions(const QStringList& findings, const QString& text)
{
    for (const QString& finding : findings)
        if (finding.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("the audit chain catches an edited row", "[audit]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QStringList findings
        = findingsAfter(makeChain(dir), { u"UPDATE audit_log SET actor = 'someone else' WHERE id = 3"_s });
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(mentions(findings, u"row 3"_s));
}

TEST_CASE("the audit chain catches an edit that also replaces the row hash", "[audit]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    // Changing a hash to hide an edit breaks the link to the next row instead.
    const QStringList findings = findingsAfter(makeChain(dir),
        { u"UPDATE audit_log SET details = '{}', hash = '00' WHERE id = 2"_s });
    CHECK(mentions(findings, u"row 2"_s));
    CHECK(mentions(findings, u"row 3"_s));
}

TEST_CASE("the audit chain catches a deleted row", "[audit]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QStringList findings = findingsAfter(makeChain(dir), { u"DELETE FROM audit_log WHERE id = 2"_s });
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(mentions(findings, u"row 3"_s));
}

TEST_CASE("the audit chain catches a deleted last row", "[audit]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QStringList findings = findingsAfter(makeChain(dir), { u"DELETE FROM audit_log WHERE id = 5"_s });
    REQUIRE(findings.size() == 1);
    CHECK(mentions(findings, u"head"_s));
}

TEST_CASE("the audit chain catches an inserted row", "[audit]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    SECTION("in the middle, renumbering the rows after it")
    {
        const QStringList findings = findingsAfter(makeChain(dir),
            { u"UPDATE audit_log SET id = id + 100 WHERE id >= 3"_s, u"UPDATE audit_log SET id = id - 99 WHERE id >= 103"_s,
                u"INSERT INTO audit_log (id, recorded_at, actor, action, subject, details, prev_hash, hash) VALUES (3, '2026-03-01T00:00:00.000Z', 'x', 'case.register', '2026-0099', "
                u"'{}', (SELECT hash FROM audit_log WHERE id = 2), 'forged')"_s });
        CHECK(mentions(findings, u"row 3"_s));
        CHECK(mentions(findings, u"row 4"_s));
    }
    SECTION("at the end")
    {
        const QStringList findings = findingsAfter(makeChain(dir),
            { u"INSERT INTO audit_log (id, recorded_at, actor, action, subject, details, prev_hash, hash) VALUES (6, '2026-03-01T00:00:00.000Z', 'x', 'case.register', '2026-0099', "
              u"'{}', (SELECT hash FROM audit_log WHERE id = 5), 'forged')"_s });
        CHECK(mentions(findings, u"row 6"_s));
        CHECK(mentions(findings, u"head"_s));
    }
}

TEST_CASE("an untouched chain verifies and its head is the last row's hash", "[audit]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = makeChain(dir);
    const Database db = Database::open(path);
    CHECK(AuditLog::verify(db.connection()).isEmpty());
    CHECK(AuditLog::headHash(db.connection()).size() == 64);
    CHECK(AuditLog::headHash(db.connection()) != QString(64, u'0'));
}
