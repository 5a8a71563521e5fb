// Crash safety: `ogi add` killed with SIGKILL at random moments, some of them in the middle
// of writing, must leave a register (a file, or a server database) that verifies, with every
// printed case number present and the numbers gap-free.

#include "TestApp.h"
#include "TestFiles.h"
#include "TestRegister.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QDate kReceipt(2025, 6, 10);
// Each run signs in first (PBKDF2, about a quarter of a second), so 220 kills take about a
// minute; the kill moments are drawn from after the sign-in to past the end of a typical run.
constexpr int kKills = 220;

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LC_ALL"_s);
    env.insert(u"OGI_PASSWORD"_s, QLatin1String(test::kTestPassword));
    return env;
}

} // namespace

TEST_CASE("ogi add killed with SIGKILL at random moments loses no printed case", "[cli][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = test::newTestRegister(dir, u"crash.db"_s);
    const QString json = dir.filePath(u"app.json"_s);
    test::writeBytes(json, test::samplePersonJson(kReceipt));
    test::initRegisterWithUsers(db);

    const QStringList addArgs = { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"add"_s, u"--json"_s, json };
    // Signs in, then finds no such case: the sign-in part of a run, writing nothing.
    const QStringList signInArgs = { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"act"_s, u"2099-9999"_s, u"accept"_s };
    const QProcessEnvironment env = cliEnvironment();
    static const QRegularExpression numberShape(u"^2025-(\\d{4})$"_s);

    QSet<QString> printed; // by runs that exited normally
    QSet<QString> printedByKilled; // a killed run may still have printed (commit comes first)
    auto collect = [&](QProcess& process, QSet<QString>& into) {
        const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        if (out.isEmpty())
            return;
        INFO(out.toStdString());
        REQUIRE(numberShape.match(out).hasMatch());
        REQUIRE_FALSE(printed.contains(out)); // a number is never printed twice
        REQUIRE_FALSE(printedByKilled.contains(out));
        into.insert(out);
    };

    // Runs `ogi` undisturbed `runs` times, expecting `exitCode`; returns the durations (µs).
    auto timedRuns = [&](const QStringList& args, int runs, int exitCode) {
        std::vector<qint64> durations;
        for (int i = 0; i < runs; ++i) {
            QProcess process;
            process.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(OGI_CLI_PATH), args);
            REQUIRE(process.waitForFinished(30000));
            durations.push_back(timer.nsecsElapsed() / 1000);
            REQUIRE(process.exitStatus() == QProcess::NormalExit);
            REQUIRE(process.exitCode() == exitCode);
            if (exitCode == 0)
                collect(process, printed);
        }
        std::sort(durations.begin(), durations.end());
        return durations;
    };
    // A typical `ogi add` runtime, and its sign-in part: medians of undisturbed runs.
    const std::vector<qint64> samples = timedRuns(addArgs, 7, 0);
    const qint64 typicalUs = samples[samples.size() / 2];
    const qint64 signInUs = timedRuns(signInArgs, 3, 1)[1]; // exit 1: no such case
    // The write is the last few milliseconds of a run: aim the kills around it.
    const qint64 minDelayUs = std::max<qint64>(0, std::min(signInUs, typicalUs) - 15000);
    const qint64 maxDelayUs = typicalUs + 15000;

    std::random_device seedSource;
    const unsigned seed = seedSource();
    std::mt19937 random(seed);
    std::uniform_int_distribution<qint64> delayUs(minDelayUs, maxDelayUs);

    int killed = 0; // killed before it finished
    int completed = 0; // finished normally with exit 0 (measurement runs included)
    int failed = 0; // finished normally with another exit code
    completed = static_cast<int>(samples.size());
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < kKills; ++i) {
        const qint64 delay = delayUs(random);
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(OGI_CLI_PATH), addArgs);
        REQUIRE(process.waitForStarted(10000));
        // Wait out the delay (finishing early is fine), then SIGKILL.
        const qint64 remainingMs = (delay - timer.nsecsElapsed() / 1000) / 1000;
        if (remainingMs > 0)
            process.waitForFinished(static_cast<int>(remainingMs));
        while (process.state() == QProcess::Running && timer.nsecsElapsed() / 1000 < delay) {
            // sub-millisecond rest of the delay
        }
        const bool runningAtKill = process.state() != QProcess::NotRunning;
        if (runningAtKill) {
            process.kill();
            REQUIRE(process.waitForFinished(30000));
        }
        if (runningAtKill && process.exitStatus() == QProcess::CrashExit) {
            ++killed;
            collect(process, printedByKilled);
        } else {
            if (process.exitCode() == 0) {
                ++completed;
                collect(process, printed);
            } else {
                ++failed;
                INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
                CHECK(process.exitCode() == 0);
            }
        }
    }
    const qint64 loopMs = total.elapsed();

    const test::ProcessResult verify = test::runCli({ u"--db"_s, db, u"verify"_s });
    {
        INFO(verify.out.toStdString() << verify.err.toStdString());
        CHECK(verify.exitCode == 0);
    }

    const test::ProcessResult list = test::runCli({ u"--db"_s, db, u"list"_s, u"--json"_s });
    REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QStringList present;
    for (const QJsonValue& row : rows)
        present << row.toObject().value(u"case_number"_s).toString();
    const QSet<QString> presentSet(present.begin(), present.end());

    WARN("crash test: seed " << seed << ", typical add " << typicalUs / 1000.0 << " ms, sign-in " << signInUs / 1000.0 << " ms, kill delay "
                             << minDelayUs / 1000.0 << "-"
                             << maxDelayUs / 1000.0 << " ms, loop " << loopMs << " ms");
    WARN("crash test: kills attempted " << kKills << ", killed mid-run " << killed << ", completed adds "
                                        << completed << " (" << samples.size() << " measuring runs), failed "
                                        << failed << ", numbers printed " << printed.size() << " + "
                                        << printedByKilled.size() << " by killed runs, cases present "
                                        << present.size() << " (" << present.size() - completed
                                        << " committed by runs killed before they exited)");

    CHECK(failed == 0);
    CHECK(kKills >= 200);
    CHECK(killed > 0); // some kills must land before the end, or the test proves nothing
    CHECK(present.size() == presentSet.size()); // unique
    for (const QString& number : printed + printedByKilled) {
        INFO(number.toStdString());
        CHECK(presentSet.contains(number));
    }
    CHECK(present.size() >= completed);
    // Gap-free: exactly 2025-0001 .. 2025-NNNN.
    for (int n = 1; n <= present.size(); ++n) {
        const QString expected = u"2025-%1"_s.arg(n, 4, 10, QChar(u'0'));
        INFO(expected.toStdString());
        CHECK(presentSet.contains(expected));
    }
}
