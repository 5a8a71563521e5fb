// A backup entry that unpacks to more than its manifest says (issue 18) is refused the moment
// it passes that size: a zip bomb of a few hundred KB must not write gigabytes first.
#include "HostileZip.h"
#include "TestApp.h"
#include "TestFiles.h"

#include "Error.h"
#include "backup/RegisterBackup.h"
#include "backup/RegisterRestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("a backup entry larger than its manifest says stops the restore at once", "[backup][hostile]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QByteArray manifest = R"({"format": "ogi-desk-backup", "version": 1, "entries": [
        {"path": "register.ogi", "size": 4, "sha256": "0"},
        {"path": "files/ab/bomb", "size": 10, "sha256": "0"}]})";
    const QString zip = dir.filePath(u"bomb.zip"_s);
    test::writeZip(zip, { { u"manifest.json"_s, manifest }, { u"register.ogi"_s, "SQLi" },
                            { u"files/ab/bomb"_s, {}, qint64(256) << 20 } });
    REQUIRE(QFileInfo(zip).size() < 2 * 1024 * 1024);
    const bool lying = GENERATE(false, true);
    if (lying) // the entry's headers say 10 bytes too: only counting while unpacking finds it
        test::claimUnpackedSize(zip, u"files/ab/bomb"_s, 10);
    const QString target = dir.filePath(u"current.ogi"_s);
    test::writeBytes(target, "the register as it was");

    QElapsedTimer timer;
    timer.start();
    QString message;
    try {
        RegisterRestore restore(zip, target);
    } catch (const Error& e) {
        message = e.message();
    }
    INFO(message.toStdString());
    CHECK(message.contains(u"files/ab/bomb"_s));
    CHECK(message.contains(u"10 bytes"_s));
    CHECK(timer.elapsed() < 3000); // 256 MB would take longer to write and hash
    CHECK(test::readBytes(target) == "the register as it was");
    CHECK(QDir(dir.path()).entryList({ u".ogi-restore-*"_s }, QDir::Dirs | QDir::Hidden).isEmpty());
}

TEST_CASE("a backup entry its manifest does not list is refused before it is unpacked", "[backup][hostile]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString zip = dir.filePath(u"extra.zip"_s);
    test::writeZip(zip,
        { { u"manifest.json"_s, R"({"format": "ogi-desk-backup", "entries": [{"path": "register.ogi", "size": 4}]})" },
            { u"register.ogi"_s, "SQLi" }, { u"files/zz/unlisted"_s, {}, qint64(64) << 20 } });
    try {
        RegisterRestore restore(zip, dir.filePath(u"current.ogi"_s));
        FAIL("restored");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"files/zz/unlisted"_s));
    }
}
