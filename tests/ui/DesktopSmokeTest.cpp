#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode;
    QString out;
};

Run runDesk(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"OGI_PASSWORD"_s, u"demo-admin-2026"_s); // the demo administrator (README)
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OGI_DESK_PATH), args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()) };
}
} // namespace

TEST_CASE("ogi-desk starts on a database and quits cleanly", "[ui][smoke]")
{
    QTemporaryDir dir;
    const QString path = ogi::test::newTestRegister(dir, u"desk.db"_s);
    REQUIRE(ogi::test::runCli({ u"--db"_s, path, u"demo"_s, u"--cases"_s, u"20"_s }).exitCode == 0);
    CHECK(runDesk({ u"--db"_s, path, u"--user"_s, u"admin"_s, u"--quit-after-start"_s }).exitCode == 0);
    CHECK(runDesk({ u"--version"_s }).out.contains(QStringLiteral(OGI_VERSION)));
}
