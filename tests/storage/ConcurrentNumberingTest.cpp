// [sqlite-only]: two processes on one file; on PostgreSQL, test_postgresql [numbers] starts
// eight desks against one server register.
#include "TestApp.h"
#include "TestFiles.h"

#include "integrity/IntegrityCheck.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("two processes adding 500 cases each at once get 1000 distinct, gap-free numbers", "[storage][concurrency][sqlite-only]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.db"_s);
    { Database::open(path, OpenMode::CreateIfMissing); }

    QProcess first;
    QProcess second;
    const QString gate = dir.filePath(u"go"_s);
    for (QProcess* p : { &first, &second })
        p->start(QStringLiteral(OGI_TEST_ADDER_PATH), { path, u"500"_s, gate });
    // Both have opened the database and wait at the gate; then they race.
    for (QProcess* p : { &first, &second }) {
        REQUIRE(p->waitForReadyRead(30000));
        REQUIRE(p->readLine().trimmed() == "ready");
    }
    test::writeBytes(gate, "go");
    for (QProcess* p : { &first, &second }) {
        REQUIRE(p->waitForFinished(180000));
        INFO(p->readAllStandardError().toStdString());
        REQUIRE(p->exitStatus() == QProcess::NormalExit);
        REQUIRE(p->exitCode() == 0);
    }
    const QStringList a = QString::fromUtf8(first.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList b = QString::fromUtf8(second.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(a.size() == 500);
    REQUIRE(b.size() == 500);

    QSet<QString> all;
    for (const QString& number : a + b)
        all.insert(number);
    CHECK(all.size() == 1000);
    for (int n = 1; n <= 1000; ++n)
        CHECK(all.contains(u"2026-%1"_s.arg(n, 4, 10, QChar(u'0'))));
    // The two really did interleave: neither got one solid block.
    const auto isBlock = [](const QStringList& numbers) {
        return numbers.back().section(u'-', 1).toInt() - numbers.front().section(u'-', 1).toInt() == 499;
    };
    CHECK_FALSE((isBlock(a) && isBlock(b)));

    const Database db = Database::open(path);
    CHECK(CaseRepository(db).count() == 1000);
    CHECK(verifyDatabase(db).isEmpty());
}
