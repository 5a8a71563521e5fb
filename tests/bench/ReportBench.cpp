// Annual report section 三 over a large register (issue 7: under 1 s for 1,000,000 cases,
// and within 1.5x of the same GROUP BY written by hand in the sqlite3 shell on the file).
// Usage: bench_report FILE|postgresql://… [YEAR]. Opens the register (migrating a file if
// needed), then times annualApplications() five times and the engine's shell (`sqlite3 FILE`,
// or `psql`) running the hand-written queries five times, and prints the best and the median
// of each. With `--monthly YYYY-MM` instead of YEAR it times monthlyTally() of that month
// (issue 19: the busiest month under 1 s) five times; `--monthly busiest` picks the month
// with the most applications received.
#include "reports/AnnualApplications.h"
#include "reports/MonthlyTally.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// The two GROUP BYs a person would write for the table: the flows of the year by applicant
// type, and the outcomes of the cases concluded in it (count(*) FILTER: both engines' SQL).
QString handWritten(int year)
{
    const QString first = u"%1-01-01"_s.arg(year);
    const QString last = u"%1-12-31"_s.arg(year);
    return uR"(SELECT applicant_type, count(*) FILTER (WHERE receipt_date >= '%1'),
       count(*) FILTER (WHERE receipt_date < '%1' AND (concluded_on IS NULL OR concluded_on >= '%1')),
       count(*) FILTER (WHERE concluded_on IS NULL OR concluded_on > '%2')
FROM cases WHERE receipt_date <= '%2' GROUP BY applicant_type;
SELECT applicant_type, outcome, count(*) FROM cases
WHERE concluded_on BETWEEN '%1' AND '%2' GROUP BY applicant_type, outcome;
)"_s.arg(first, last);
}

struct Times
{
    double best;
    double median;
};

Times summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms.front(), ms.at(ms.size() / 2) };
}

int timeMonthlyTally(const QString& path, const QString& month)
{
    const Database database = Database::open(path);
    QString chosen = month;
    if (month == u"busiest")
        chosen = sql::scalar(database.connection(),
            u"SELECT substr(receipt_date, 1, 7) FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s)
                     .toString();
    const QDate from = QDate::fromString(chosen + u"-01"_s, Qt::ISODate);
    if (!from.isValid()) {
        std::fprintf(stderr, "bench_report: --monthly takes YYYY-MM or busiest, not %s\n", qPrintable(month));
        return 2;
    }
    const QDate to = from.addMonths(1).addDays(-1);
    const QDate today = QDate::currentDate();
    std::vector<double> ms;
    qint64 received = 0;
    qint64 open = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const MonthlyTally tally = monthlyTally(database, from, to, today);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        received = tally.all.value(u"received"_s);
        open = tally.all.value(u"pending_at_end"_s);
    }
    const Times t = summarise(ms);
    std::printf("monthlyTally %s: best %.0f ms, median %.0f ms (received %lld, open at its end %lld)\n",
        qPrintable(chosen), t.best, t.median, static_cast<long long>(received), static_cast<long long>(open));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_report FILE [YEAR]\n");
        return 2;
    }
    const QString path = args.at(1);
    if (const qsizetype at = args.indexOf(u"--monthly"_s); at >= 0 && at + 1 < args.size())
        return timeMonthlyTally(path, args.at(at + 1));
    const int year = args.size() > 2 ? args.at(2).toInt() : QDate::currentDate().year();
    const Database database = Database::open(path);
    const qint64 cases = sql::scalar(database.connection(), u"SELECT count(*) FROM cases"_s).toLongLong();
    std::printf("register: %lld cases, report year %d\n", static_cast<long long>(cases), year);

    std::vector<double> ours;
    qint64 total = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ApplicationTable table = annualApplications(database, year);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        total = table.value(u"total"_s, kApplicantColumns - 1);
    }
    // The engine's own shell: sqlite3 on the file, psql on a server register.
    const bool onServer = database.engine() == StorageEngine::Postgresql;
    const QString shell = QStandardPaths::findExecutable(onServer ? u"psql"_s : u"sqlite3"_s);
    std::vector<double> theirs;
    for (int run = 0; run < 5 && !shell.isEmpty(); ++run) {
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(shell, onServer ? QStringList { u"-X"_s, u"-q"_s, u"-d"_s, path }
                                     : QStringList { u"-batch"_s, u"-readonly"_s, path });
        sqlite.write(handWritten(year).toUtf8());
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        theirs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Times o = summarise(ours);
    std::printf("annualApplications: best %.0f ms, median %.0f ms (concluded in the year: %lld)\n", o.best, o.median,
        static_cast<long long>(total));
    if (!theirs.empty()) {
        const Times t = summarise(theirs);
        std::printf("%s, the same GROUP BYs by hand: best %.0f ms, median %.0f ms\n", onServer ? "psql" : "sqlite3 shell",
            t.best, t.median);
        std::printf("ratio (median): %.2f\n", o.median / t.median);
    }
    return 0;
}
