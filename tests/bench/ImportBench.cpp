// Import of a 100,000-row ledger (issue 8: under 5 s on this machine, and how far that is
// from SQLite's own bulk insert rate measured in the same run).
// Usage: bench_import [ROWS] [RUNS] [--without-number] [--server postgresql://…/postgres]
// [--write-csv PATH]. Writes a ledger CSV of ROWS rows
// (default 100,000) the way an office's Excel ledger looks (with --without-number: without
// its 编号 column, so rows are found by their cells), then RUNS times (default 3) imports it into a fresh
// register with importLedger() — reading, checking every row, writing the cases — and
// inserts the same rows' cells into a plain table of a fresh SQLite file through one
// prepared statement in one transaction (same WAL mode and synchronous = FULL). Prints the
// best and median of each, the rows each wrote, and the ratio.
#include "LedgerFixture.h"
#include "exchange/LedgerImport.h"
#include "exchange/SheetTable.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double best(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

qint64 rowsWritten(const Database& database)
{
    qint64 total = 0;
    for (const char* table :
        { "cases", "applicants", "case_applicants", "case_events", "reply_deadlines", "case_periods", "imported_cases" })
        total += sql::scalar(database.connection(), u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))).toLongLong();
    // SQLite's two search indexes hold one row per case each (case_grams keeps no content to
    // count); PostgreSQL's one table holds one.
    const int indexRows = database.engine() == StorageEngine::Postgresql ? 1 : 2;
    return total + indexRows * sql::scalar(database.connection(), u"SELECT count(*) FROM cases"_s).toLongLong();
}

// SQLite alone: the sheet's cells into one plain table, one prepared statement, one
// transaction, the same journal settings as a register.
double sqliteBulkInsert(const QString& path, const QList<QStringList>& rows)
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", nullptr, nullptr, nullptr);
    sqlite3_exec(db,
        "CREATE TABLE ledger (c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 TEXT, c7 TEXT, c8 TEXT, c9 TEXT, "
        "c10 TEXT, c11 TEXT, c12 TEXT, c13 TEXT, c14 TEXT)",
        nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO ledger VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr);
    for (const QStringList& row : rows) {
        for (int c = 0; c < 14; ++c) {
            const QByteArray text = c < row.size() ? row.at(c).toUtf8() : QByteArray();
            sqlite3_bind_text(insert, c + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
}

// A new database on the server `admin` names (a postgresql:// address of a database the user
// may create databases from); its address.
QString newServerDatabase(const QString& admin, int run)
{
    const QString name = u"bench_import_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(run);
    QUrl url(admin);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open() || !QSqlQuery(db).exec(u"CREATE DATABASE "_s + name)) {
            std::fprintf(stderr, "cannot create %s on %s\n", qPrintable(name), qPrintable(admin));
            std::exit(1);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    url.setPath(u"/"_s + name);
    return url.toString();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool withoutNumber = args.contains(u"--without-number"_s);
    QStringList numbers = args.mid(1);
    numbers.removeAll(u"--without-number"_s);
    // --server postgresql://user@host:port/postgres: each run imports into a new database there.
    QString server;
    if (const qsizetype at = numbers.indexOf(u"--server"_s); at >= 0 && at + 1 < numbers.size()) {
        server = numbers.at(at + 1);
        numbers.remove(at, 2);
    }
    const int rows = numbers.size() > 0 ? numbers.at(0).toInt() : 100000;
    const int runs = numbers.size() > 1 ? numbers.at(1).toInt() : 3;
    // --write-csv PATH: only writes the ledger there (the 1,000,000-case benchmark register is
    // `ogi import` of such a file: docs/benchmarks.md).
    QString keep;
    if (const qsizetype at = numbers.indexOf(u"--write-csv"_s); at >= 0 && at + 1 < numbers.size()) {
        keep = numbers.at(at + 1);
        numbers.remove(at, 2);
    }
    QTemporaryDir dir;
    const QString csvPath = keep.isEmpty() ? dir.filePath(u"ledger.csv"_s) : keep;
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QString ledger = test::ledgerCsv(rows);
        if (withoutNumber) { // every line loses its first cell
            QStringList lines = ledger.split(u"\r\n"_s);
            for (QString& line : lines)
                line.remove(0, line.indexOf(u',') + 1);
            ledger = lines.join(u"\r\n"_s);
        }
        file.write("\xEF\xBB\xBF" + ledger.toUtf8());
    }
    if (!keep.isEmpty()) {
        std::printf("ledger: %d rows written to %s\n", rows, qPrintable(keep));
        return 0;
    }
    const QList<QStringList> cells = readSheetTable(csvPath).rows.mid(1);
    std::printf("ledger: %d rows%s, %lld bytes (%s)\n", rows, withoutNumber ? " without 编号" : "",
        static_cast<long long>(QFile(csvPath).size()), qPrintable(csvPath));

    UserAccount clerk;
    clerk.login = u"bench"_s;
    clerk.roles = { Role::Clerk };
    std::vector<double> importMs;
    std::vector<double> sqliteMs;
    qint64 written = 0;
    for (int run = 0; run < runs; ++run) {
        const QString dbPath = server.isEmpty() ? dir.filePath(u"register-%1.ogi"_s.arg(run))
                                                : newServerDatabase(server, run);
        {
            const Database database = Database::open(dbPath, OpenMode::CreateIfMissing);
            QElapsedTimer timer;
            timer.start();
            const LedgerImportResult result = importLedger(database, csvPath, {}, clerk);
            importMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (result.imported != rows || !result.reading.problems.isEmpty()) {
                std::fprintf(stderr, "import made %d cases with %lld problems\n", result.imported,
                    static_cast<long long>(result.reading.problems.size()));
                return 1;
            }
            written = rowsWritten(database);
        }
        sqliteMs.push_back(sqliteBulkInsert(dir.filePath(u"plain-%1.db"_s.arg(run)), cells));
        std::printf("run %d: import %.0f ms, SQLite bulk insert %.0f ms\n", run + 1, importMs.back(), sqliteMs.back());
    }
    const double importBest = best(importMs);
    const double sqliteBest = best(sqliteMs);
    std::printf("import of %d ledger rows: best %.2f s, median %.2f s (%.0f ledger rows/s; %lld rows written in 9 "
                "tables and indexes, %.0f rows/s)\n",
        rows, importBest / 1000, median(importMs) / 1000, rows / (importBest / 1000), static_cast<long long>(written),
        double(written) / (importBest / 1000));
    std::printf("SQLite bulk insert of the same %d rows into one plain table: best %.3f s, median %.3f s (%.0f rows/s)\n",
        rows, sqliteBest / 1000, median(sqliteMs) / 1000, rows / (sqliteBest / 1000));
    std::printf("import / SQLite bulk insert: %.1fx the time\n", importBest / sqliteBest);
    return importBest < 5000 ? 0 : 1;
}
