// `ogi import` end to end, and killed with SIGKILL in the middle of a 100,000-row import:
// the register is left as it was before (issue 8).
#include "LedgerFixture.h"
#include "TestRegister.h"
#include "TestApp.h"
#include "TestFiles.h"

#include "integrity/IntegrityCheck.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

qint64 count(const QString& db, const QString& table)
{
    test::ensureCoreApp();
    const Database database = Database::open(db);
    return sql::scalar(database.connection(), u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

QStringList verify(const QString& db)
{
    test::ensureCoreApp();
    const Database database = Database::open(db);
    return verifyDatabase(database);
}

} // namespace

TEST_CASE("ogi import reports every problem by row and column and imports all or nothing", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    const QString ledger = dir.filePath(u"ledger.csv"_s);
    const QStringList lines = test::ledgerCsv(5).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QStringList broken = lines;
    QStringList cells = broken[2].split(u',');
    cells[1] = u"2021-02-30"_s; // row 3: a day that does not exist
    broken[2] = cells.join(u',');
    test::writeBytes(ledger, broken.join(u"\r\n"_s).toUtf8());
    const QStringList import { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"import"_s, ledger };

    // Chinese by default, English on request.
    const test::ProcessResult refused = test::runCli(import);
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(u"第 3 行，“收到日期”列：不是日期：“2021-02-30”"_s));
    CHECK(refused.out.contains(u"未导入任何内容"_s));
    const QStringList english { u"LANG=en_US.UTF-8"_s };
    const test::ProcessResult refusedEn = test::runCli(import, {}, english);
    CHECK(refusedEn.out.contains(u"row 3, column 收到日期: not a date: \"2021-02-30\""_s));
    CHECK(refusedEn.out.contains(u"1 row has problems; nothing was imported"_s));
    CHECK(count(db, u"cases"_s) == 0);

    const test::ProcessResult dry = test::runCli(import + QStringList { u"--dry-run"_s }, {}, english);
    CHECK(dry.exitCode == 1);
    CHECK(dry.out.contains(u"4 rows would be imported"_s));
    CHECK(count(db, u"cases"_s) == 0);

    const test::ProcessResult kept = test::runCli(import + QStringList { u"--skip-invalid"_s }, {}, english);
    INFO(kept.out.toStdString() << kept.err.toStdString());
    CHECK(kept.exitCode == 0);
    CHECK(kept.out.contains(u"Imported 4 cases: "_s));
    CHECK(kept.out.contains(dir.filePath(u"ledger.rejected.csv"_s)));
    CHECK(count(db, u"cases"_s) == 4);

    const test::ProcessResult again = test::runCli(import + QStringList { u"--skip-invalid"_s }, {}, english);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"4 rows already in the register"_s));
    CHECK(count(db, u"cases"_s) == 4);

    const test::ProcessResult missing = test::runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"import"_s,
        dir.filePath(u"missing.csv"_s) });
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(u"missing.csv"_s));
    CHECK(verify(db).isEmpty());
}

TEST_CASE("ogi import names rows that repeat an earlier row in every cell, --copies import|skip decides",
    "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    // A ledger without 编号 (the column dropped) whose row 5 repeats row 3 in every cell.
    QStringList lines;
    for (const QString& line : test::ledgerCsv(3).split(u"\r\n"_s, Qt::SkipEmptyParts))
        lines << line.mid(line.indexOf(u',') + 1);
    lines << lines.at(2);
    const QString ledger = dir.filePath(u"ledger.csv"_s);
    test::writeBytes(ledger, lines.join(u"\r\n"_s).toUtf8());
    const QStringList import { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"import"_s, ledger };
    const QStringList english { u"LANG=en_US.UTF-8"_s };

    const test::ProcessResult dry = test::runCli(import + QStringList { u"--dry-run"_s }, {}, english);
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"row 5: the same as row 3 in every cell (a probable copy)"_s));
    CHECK(dry.out.contains(u"3 rows would be imported"_s));
    CHECK(count(db, u"cases"_s) == 0);

    // Without --copies: left out, said so, and how to bring them in.
    const test::ProcessResult first = test::runCli(import, {}, english);
    INFO(first.out.toStdString() << first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"row 5: the same as row 3 in every cell"_s));
    CHECK(first.out.contains(u"Imported 3 cases"_s));
    CHECK(first.out.contains(u"1 row the same as an earlier row in every cell left out as a probable copy."_s));
    CHECK(first.out.contains(u"--copies import"_s));
    CHECK(count(db, u"cases"_s) == 3);
    // In Chinese by default.
    const test::ProcessResult chinese = test::runCli(import + QStringList { u"--dry-run"_s });
    CHECK(chinese.out.contains(u"第 5 行"_s));

    // The clerk decides row 5 is an application of its own: only it comes in.
    const test::ProcessResult second = test::runCli(import + QStringList { u"--copies"_s, u"import"_s }, {}, english);
    INFO(second.out.toStdString() << second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(u"Imported 1 case"_s));
    CHECK(second.out.contains(u"3 rows already in the register"_s));
    CHECK(count(db, u"cases"_s) == 4);
    const test::ProcessResult third = test::runCli(import + QStringList { u"--copies"_s, u"skip"_s }, {}, english);
    CHECK(third.out.contains(u"Nothing to import"_s));
    CHECK(count(db, u"cases"_s) == 4);
    CHECK(test::runCli(import + QStringList { u"--copies"_s, u"maybe"_s }).exitCode == 2);
    CHECK(verify(db).isEmpty());
}

TEST_CASE("ogi import killed with SIGKILL leaves the register as it was", "[cli][import][crash]")
{
    QTemporaryDir dir;
    const QString db = test::newTestRegister(dir, u"office.ogi"_s);
    test::initRegisterWithUsers(db);
    // Three cases of its own before the import.
    const QString small = dir.filePath(u"small.csv"_s);
    test::writeBytes(small, test::ledgerCsv(3).toUtf8());
    REQUIRE(test::runCli({ u"--db"_s, db, u"--user"_s, u"clerk"_s, u"import"_s, small }).exitCode == 0);
    const qint64 casesBefore = count(db, u"cases"_s);
    const qint64 auditBefore = count(db, u"audit_log"_s);
    REQUIRE(casesBefore == 3);

    // A 100,000-row ledger whose numbers differ from the small one's.
    const QString big = dir.filePath(u"big.csv"_s);
    test::writeBytes(big, test::ledgerCsv(100000).replace(u"\r\nL"_s, u"\r\nB"_s).toUtf8());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"OGI_PASSWORD"_s, QLatin1String(test::kTestPassword));
    const QFileInfo wal(db + u"-wal"_s);
    // Killed while it reads and writes rows (after a second), and while its commit writes
    // the log (the first megabytes of the WAL). A server register has no WAL beside it and
    // commits at once: there the second kill comes later in the rows, when the server holds
    // more of them uncommitted.
    const bool onServer = test::testsOnPostgresql();
    for (const bool inCommit : { false, true }) {
        INFO((inCommit ? (onServer ? "killed after 5 s of rows" : "killed during the commit") : "killed while writing rows"));
        const qint64 walBefore = QFileInfo(wal.filePath()).size();
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OGI_CLI_PATH), { u"--db"_s, db, u"--user"_s, u"clerk"_s, u"import"_s, big });
        REQUIRE(process.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        bool killed = false;
        while (process.state() == QProcess::Running && timer.elapsed() < 120000) {
            const bool moment = !inCommit ? timer.elapsed() > 1500
                : onServer                    ? timer.elapsed() > 5000
                                              : QFileInfo(wal.filePath()).size() > walBefore + 4 * 1024 * 1024;
            if (moment) {
                process.kill(); // SIGKILL
                killed = true;
                break;
            }
            QThread::msleep(2);
        }
        process.waitForFinished(10000);
        const qint64 cases = count(db, u"cases"_s);
        if (!killed) {
            // It finished first: then all of it is there, never a part.
            WARN("the import finished before the kill");
            CHECK(cases == casesBefore + 100000);
            break;
        }
        CHECK(cases == casesBefore);
        CHECK(count(db, u"imported_cases"_s) == casesBefore);
        CHECK(count(db, u"audit_log"_s) == auditBefore);
        CHECK(verify(db).isEmpty());
    }
}
