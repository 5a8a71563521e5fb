// The ledger export (issue 16): 期限状态 as the list shows it on the export's day, and correction
// requests (Art. 41) told apart from applications by 申请类别, so that an export never comes
// back from an import as something else.
#include "NoticeCases.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "integrity/IntegrityCheck.h"
#include "notices/NoticeStore.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

// The exported rows as of `asOf` (ID numbers whole), each a map from header to cell.
QList<QHash<QString, QString>> exportedRows(test::WorkflowFixture& f, const QDate& asOf)
{
    LedgerExportOptions options;
    options.asOf = asOf;
    options.unmasked = true; // masked ID numbers would not import again
    const QString path = f.dir.filePath(u"export.csv"_s);
    exportLedger(*f.database, path, options, &f.admin);
    QString text = QString::fromUtf8(test::readBytes(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u',');
    REQUIRE(header == ledgerExportHeader());
    QList<QHash<QString, QString>> rows;
    for (const QString& line : lines.mid(1)) {
        REQUIRE_FALSE(line.contains(u'"')); // the cells of these cases need no quoting
        const QStringList cells = line.split(u',');
        REQUIRE(cells.size() == header.size());
        QHash<QString, QString> row;
        for (int c = 0; c < header.size(); ++c)
            row.insert(header.at(c), cells.at(c));
        rows << row;
    }
    return rows;
}

QString stored(const test::WorkflowFixture& f, const char* column, const QString& caseNumber)
{
    return sql::scalar(f.database->connection(),
        u"SELECT d.%1 FROM reply_deadlines d JOIN cases c ON c.id = d.case_id WHERE c.case_number = ?"_s.arg(
            QLatin1String(column)),
        { caseNumber })
        .toString();
}

} // namespace

TEST_CASE("the export's 期限状态 is the list's: 暂停计时 while a consultation is within its 15 working days, "
          "计时中 after (Art. 32, 34)",
    "[export][deadline]")
{
    test::WorkflowFixture f;
    f.clock.set(QDateTime(day("2026-11-05"), QTime(9, 0)));
    const QString number = f.newCase("2026-11-02");
    f.act(f.clerk, number, "accept", "2026-11-02");
    f.act(f.chief, number, "assign", "2026-11-03",
        { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, number, "consult", "2026-11-04",
        { { u"party_kind"_s, u"third_party"_s }, { u"party"_s, u"某某建设有限公司"_s } });
    REQUIRE(stored(f, "clock", number) == u"running");
    const QString pausedUntil = stored(f, "paused_until", number);
    REQUIRE(pausedUntil == u"2026-11-25"); // the 15th working day after 4 November
    const QString due = stored(f, "due_date", number);
    REQUIRE_FALSE(due.isEmpty());

    // as of → 答复期限, 期限状态
    const QList<std::tuple<const char*, QString, QString>> table = {
        { "2026-11-05", QString(), u"暂停计时"_s },
        { "2026-11-25", QString(), u"暂停计时"_s }, // the consulted side's last day
        { "2026-11-26", due, u"计时中"_s }, // no answer: the clock runs again
    };
    for (const auto& [asOf, expectedDue, expectedState] : table) {
        INFO(asOf);
        const QList<QHash<QString, QString>> rows = exportedRows(f, day(asOf));
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0).value(u"答复期限"_s) == expectedDue);
        CHECK(rows.at(0).value(u"期限状态"_s) == expectedState);
        CHECK(rows.at(0).value(u"申请类别"_s) == u"政府信息公开申请");
    }
}

TEST_CASE("a correction request is exported as 更正申请 with its decision and no period, and an open one imports "
          "as a correction request again",
    "[export][import][correction]")
{
    test::WorkflowFixture from;
    test::setTestAgency(from);
    const QString application = from.newCase("2026-11-02");
    const QString open = test::newCorrectionCase(from, "2026-11-02");
    const QString answered = test::newCorrectionCase(from, "2026-11-03");
    from.act(from.clerk, answered, "verify", "2026-11-03", { { u"finding"_s, u"inaccurate"_s } });
    from.act(from.clerk, answered, "correct", "2026-11-05", { { u"correction"_s, u"出生日期更正为1990年3月7日"_s } });
    from.act(from.clerk, answered, "submit", "2026-11-05");
    from.act(from.chief, answered, "sign_off", "2026-11-06");
    NoticeStore(*from.database, from.clock)
        .issue(answered, u"correction_corrected"_s, {}, day("2026-11-06"), from.clerk);
    from.act(from.clerk, answered, "deliver", "2026-11-09",
        { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA123456789CN"_s } });

    const QList<QHash<QString, QString>> rows = exportedRows(from, from.clock.today());
    REQUIRE(rows.size() == 3);
    auto rowOf = [&](const QString& number) {
        for (const QHash<QString, QString>& r : rows)
            if (r.value(u"编号"_s) == number)
                return r;
        FAIL("no row for " << number.toStdString());
        return QHash<QString, QString>();
    };
    CHECK(rowOf(application).value(u"申请类别"_s) == u"政府信息公开申请");
    CHECK(rowOf(application).value(u"期限状态"_s) == u"计时中");
    CHECK(rowOf(open).value(u"申请类别"_s) == u"更正申请");
    CHECK(rowOf(open).value(u"期限状态"_s) == u"无法定期限"); // Art. 41 sets none
    CHECK(rowOf(open).value(u"答复期限"_s).isEmpty());
    CHECK(rowOf(answered).value(u"申请类别"_s) == u"更正申请");
    CHECK(rowOf(answered).value(u"答复日期"_s) == u"2026-11-09");
    CHECK(rowOf(answered).value(u"办理结果"_s) == u"予以更正"); // its decision, not an annual-report outcome

    // Into another register: the answered correction is named as the problem of its row and
    // nothing is written; set aside, the other two come in as what they were.
    const QString path = from.dir.filePath(u"export.csv"_s);
    test::WorkflowFixture to;
    const LedgerImportResult refused = importLedger(*to.database, path, {}, to.clerk, to.clock);
    CHECK(refused.imported == 0);
    for (const LedgerProblem& p : refused.reading.problems)
        UNSCOPED_INFO(p.text().toStdString());
    REQUIRE(refused.reading.problems.size() == 1);
    CHECK(refused.reading.problems.at(0).column == u"申请类别");
    CHECK(refused.reading.problems.at(0).message.contains(u"更正申请"));
    CHECK(sql::scalar(to.database->connection(), u"SELECT count(*) FROM cases"_s).toInt() == 0);

    LedgerImportOptions skip;
    skip.skipInvalid = true;
    const LedgerImportResult result = importLedger(*to.database, path, skip, to.clerk, to.clock);
    CHECK(result.imported == 2);
    QSqlQuery kinds = sql::run(to.database->connection(), u"SELECT kind FROM cases ORDER BY kind"_s);
    QStringList imported;
    while (sql::next(kinds))
        imported << kinds.value(0).toString();
    CHECK(imported.join(u',') == u"correction,disclosure");
    CHECK(verifyDatabase(*to.database).isEmpty());
}

TEST_CASE("申请类别 in a ledger: the two kinds are read, anything else or an extended correction is the row's problem",
    "[import][correction]")
{
    test::WorkflowFixture f;
    const QString header = u"收到日期,申请人,申请内容,延期,申请类别"_s;
    // 申请类别, 延期 → the problem's column, or empty for none
    const QList<std::tuple<QString, QString, QString>> table = {
        { QString(), u"否"_s, QString() },
        { u"政府信息公开申请"_s, u"否"_s, QString() },
        { u"更正申请"_s, u"否"_s, QString() },
        { u"更正"_s, u"否"_s, QString() },
        { u"投诉"_s, u"否"_s, u"申请类别"_s },
        { u"更正申请"_s, u"是"_s, u"延期"_s }, // no period to extend (Art. 41)
        { u"政府信息公开申请"_s, u"是"_s, QString() },
    };
    for (const auto& [kind, extended, problemColumn] : table) {
        INFO(kind.toStdString() << " / " << extended.toStdString());
        const QString path = f.dir.filePath(u"kind.csv"_s);
        test::writeBytes(path,
            (header + u"\r\n2026-11-02,张三,本人低保档案中出生日期记载有误,"_s + extended + u',' + kind + u"\r\n"_s)
                .toUtf8());
        const LedgerReading reading = readLedger(*f.database, path, {}, f.clock.today());
        if (problemColumn.isEmpty()) {
            CHECK(reading.problems.isEmpty());
            REQUIRE(reading.entries.size() == 1);
            CHECK((reading.entries.at(0).application.kind == CaseKind::Correction)
                == (kind == u"更正申请" || kind == u"更正"));
        } else {
            REQUIRE(reading.problems.size() == 1);
            CHECK(reading.problems.at(0).column == problemColumn);
        }
    }
}
