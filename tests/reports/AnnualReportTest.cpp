// Section 三 of the annual report: labels verbatim, counts from a hand-built register with
// known answers (received in one year and concluded in the next, withdrawn, partly
// disclosed, organisations of every kind), and the reconciliation of typed-in figures.
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "remedies/RemedyStore.h"
#include "reports/AnnualApplications.h"
#include "reports/AnnualRemediesAndFees.h"
#include "reports/ApplicationTable.h"
#include "reports/ApplicationTableCsv.h"
#include "reports/ApplicationTableText.h"
#include "reports/MonthlyTally.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportCheckCode.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

enum Column
{
    Person = 0,
    Commercial,
    Research,
    PublicInterest,
    LegalService,
    OtherOrg,
    Total
};

QString addCase(test::WorkflowFixture& f, const char* receipt, std::optional<OrganisationType> organisation = {})
{
    Application app = test::samplePersonApplication(day(receipt));
    if (organisation) {
        Applicant& a = app.applicants.front();
        a = Applicant {};
        a.kind = ApplicantKind::Organisation;
        a.organisationType = *organisation;
        a.name = u"某某科技有限公司"_s;
        a.creditCode = u"91330100716105852F"_s;
        a.legalRepresentative = u"王五"_s;
        a.phone = u"0571-85022088"_s;
        a.address = u"浙江省杭州市西湖区文三路1号"_s;
    }
    return f.repository->add(app, f.clerk.login);
}

// Accept, review, draft `reply`, sign off on `date` and deliver the day after.
void reply(test::WorkflowFixture& f, const QString& number, const char* date, const char* deliver,
    const char* replyType, const char* review = "pass", const char* outcome = nullptr)
{
    f.act(f.clerk, number, "accept", date);
    f.act(f.chief, number, "assign", date, { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, number, "submit_review", date);
    QJsonObject reviewParams { { u"result"_s, QLatin1String(review) } };
    if (QLatin1String(review) != u"pass") {
        reviewParams.insert(u"article"_s, u"art15_third_party"_s);
        reviewParams.insert(u"basis"_s, u"《条例》第十五条"_s);
    }
    f.act(f.reviewer, number, "review", date, reviewParams);
    QJsonObject draft { { u"reply_type"_s, QLatin1String(replyType) } };
    if (outcome)
        draft.insert(u"outcome"_s, QLatin1String(outcome));
    f.act(f.clerk, number, "draft", date, draft);
    f.act(f.clerk, number, "submit", date);
    f.act(f.chief, number, "sign_off", date);
    f.issueReply(number, deliver); // the reply in writing first
    f.act(f.clerk, number, "deliver", deliver, { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA100000001CN"_s } });
}

QString csvWith(const QMap<QString, QList<qint64>>& rows)
{
    QString csv = u"申请人情况,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\n"_s;
    for (const ApplicationTableRow& row : applicationTableRows()) {
        csv += row.label;
        if (!row.heading) {
            const QList<qint64> values = rows.value(row.code, QList<qint64>(kApplicantColumns, 0));
            for (qint64 v : values)
                csv += u',' + QString::number(v);
        }
        csv += u'\n';
    }
    return csv;
}

} // namespace

TEST_CASE("section 三: every label character for character as the national format prints it", "[reports]")
{
    const QStringList expected = {
        u"一、本年新收政府信息公开申请数量"_s,
        u"二、上年结转政府信息公开申请数量"_s,
        u"三、本年度办理结果"_s,
        u"（一）予以公开"_s,
        u"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"_s,
        u"（三）不予公开"_s,
        u"1.属于国家秘密"_s,
        u"2.其他法律行政法规禁止公开"_s,
        u"3.危及“三安全一稳定”"_s,
        u"4.保护第三方合法权益"_s,
        u"5.属于三类内部事务信息"_s,
        u"6.属于四类过程性信息"_s,
        u"7.属于行政执法案卷"_s,
        u"8.属于行政查询事项"_s,
        u"（四）无法提供"_s,
        u"1.本机关不掌握相关政府信息"_s,
        u"2.没有现成信息需要另行制作"_s,
        u"3.补正后申请内容仍不明确"_s,
        u"（五）不予处理"_s,
        u"1.信访举报投诉类申请"_s,
        u"2.重复申请"_s,
        u"3.要求提供公开出版物"_s,
        u"4.无正当理由大量反复申请"_s,
        u"5.要求行政机关确认或重新出具已获取信息"_s,
        u"（六）其他处理"_s,
        u"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s,
        u"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s,
        u"3.其他"_s,
        u"（七）总计"_s,
        u"四、结转下年度继续办理"_s,
    };
    QStringList labels;
    for (const ApplicationTableRow& row : applicationTableRows())
        labels << row.label;
    CHECK(labels == expected);
    CHECK(applicantColumnLabels()
        == QStringList {
            u"自然人"_s, u"商业企业"_s, u"科研机构"_s, u"社会公益组织"_s, u"法律服务机构"_s, u"其他"_s, u"总计"_s });
    CHECK(applicationTableCorner() == u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    CHECK(findApplicationTableRow(u"withheld"_s)->parts.size() == 8);
    CHECK(findApplicationTableRow(u"total"_s)->parts.size() == 6);
}

TEST_CASE(
    "section 三 from a hand-built register: carried in and out, withdrawn, partial once, organisations", "[reports]")
{
    test::WorkflowFixture f;
    // Received in 2025, concluded in 2026: carried into 2026.
    const QString lastYear = addCase(f, "2025-12-15");
    reply(f, lastYear, "2026-01-05", "2026-01-06", "disclose");
    // Received and concluded in 2025: 2025 only.
    const QString old = addCase(f, "2025-06-02");
    reply(f, old, "2025-06-10", "2025-06-11", "not_exist");
    // 2026: a company partly disclosed (counted once, under 部分公开), a person who withdrew,
    // a research institute withheld (第三方), a law firm still open at the year's end, a
    // public-interest body and an "other" organisation refused as petitions.
    const QString partly = addCase(f, "2026-03-02", OrganisationType::Commercial);
    reply(f, partly, "2026-03-10", "2026-03-11", "partly_disclose", "partial");
    const QString withdrawn = addCase(f, "2026-05-04");
    f.act(f.clerk, withdrawn, "withdraw", "2026-05-10");
    const QString withheld = addCase(f, "2026-06-01", OrganisationType::Research);
    reply(f, withheld, "2026-06-08", "2026-06-09", "withhold", "withhold", "withheld_4");
    const QString open = addCase(f, "2026-11-02", OrganisationType::LegalService);
    f.act(f.clerk, open, "accept", "2026-11-03");
    for (const auto type : { OrganisationType::PublicInterest, OrganisationType::Other }) {
        const QString number = addCase(f, "2026-07-01", type);
        f.act(f.clerk, number, "accept", "2026-07-02");
        f.act(f.clerk, number, "draft", "2026-07-02", { { u"reply_type"_s, u"petition"_s } });
        f.act(f.clerk, number, "submit", "2026-07-02");
        f.act(f.chief, number, "sign_off", "2026-07-03");
        f.issueReply(number, "2026-07-03");
        f.act(f.clerk, number, "deliver", "2026-07-03",
            { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA100000002CN"_s } });
    }
    // Archiving later does not move the day of conclusion.
    f.act(f.clerk, partly, "delivery_received", "2026-03-13", { { u"proof"_s, u"postal_tracking"_s } });
    f.act(f.clerk, partly, "archive", "2026-04-01", { { u"archive_number"_s, u"WS-1"_s } });
    CHECK(sql::scalar(f.database->connection(), u"SELECT concluded_on FROM cases WHERE case_number = ?"_s, { partly })
              .toString()
        == u"2026-03-11");
    CHECK(sql::scalar(f.database->connection(), u"SELECT concluded_on FROM cases WHERE case_number = ?"_s, { open })
              .isNull());

    const ApplicationTable t = annualApplications(*f.database, 2026);
    CHECK(reconcile(t).isEmpty());
    // 一: C, partly, withheld, open, two petitions; 二: lastYear.
    CHECK(t.value(u"received"_s, Person) == 1);
    CHECK(t.value(u"received"_s, Commercial) == 1);
    CHECK(t.value(u"received"_s, Research) == 1);
    CHECK(t.value(u"received"_s, LegalService) == 1);
    CHECK(t.value(u"received"_s, PublicInterest) == 1);
    CHECK(t.value(u"received"_s, OtherOrg) == 1);
    CHECK(t.value(u"received"_s, Total) == 6);
    CHECK(t.value(u"carried_in"_s, Person) == 1);
    CHECK(t.value(u"carried_in"_s, Total) == 1);
    CHECK(t.value(u"disclosed"_s, Person) == 1);
    CHECK(t.value(u"partly_disclosed"_s, Commercial) == 1);
    CHECK(t.value(u"withheld"_s, Commercial) == 0); // partial counted once only
    CHECK(t.value(u"withheld_4"_s, Research) == 1);
    CHECK(t.value(u"withheld"_s, Research) == 1);
    CHECK(t.value(u"not_processed_1"_s, PublicInterest) == 1);
    CHECK(t.value(u"not_processed_1"_s, OtherOrg) == 1);
    CHECK(t.value(u"not_processed"_s, Total) == 2);
    CHECK(t.value(u"other_3"_s, Person) == 1); // withdrawn
    CHECK(t.value(u"unavailable"_s, Total) == 0); // "old" belongs to 2025
    CHECK(t.value(u"total"_s, Total) == 6);
    CHECK(t.value(u"carried_out"_s, LegalService) == 1);
    CHECK(t.value(u"carried_out"_s, Total) == 1);

    const ApplicationTable y2025 = annualApplications(*f.database, 2025);
    CHECK(reconcile(y2025).isEmpty());
    CHECK(y2025.value(u"received"_s, Total) == 2);
    CHECK(y2025.value(u"unavailable_1"_s, Person) == 1);
    CHECK(y2025.value(u"total"_s, Total) == 1);
    CHECK(y2025.value(u"carried_out"_s, Person) == 1); // lastYear
    CHECK(annualApplications(*f.database, 2027).value(u"carried_in"_s, Total) == 1); // the open one

    // A concluded case whose outcome is lost cannot hide: the total no longer matches.
    sql::run(f.database->connection(), u"UPDATE cases SET outcome = NULL WHERE case_number = ?"_s, { withdrawn });
    const QList<ReconciliationFailure> failures = reconcile(annualApplications(*f.database, 2026));
    REQUIRE_FALSE(failures.isEmpty());
    CHECK(failures.front().row == u"（七）总计");
}

TEST_CASE("typed-in figures: the published report whose outcome rows add to 6095, not 6111, is flagged", "[reports]")
{
    // 长沙市's figures in the 总计 column; the other columns left at 0 except 自然人 = 总计.
    const auto both = [](qint64 v) { return QList<qint64> { v, 0, 0, 0, 0, 0, v }; };
    QMap<QString, QList<qint64>> rows {
        { u"received"_s, both(6000) },
        { u"carried_in"_s, both(200) },
        { u"disclosed"_s, both(3056) },
        { u"partly_disclosed"_s, both(424) },
        { u"withheld"_s, both(451) },
        { u"withheld_4"_s, both(451) },
        { u"unavailable"_s, both(1712) },
        { u"unavailable_1"_s, both(1712) },
        { u"not_processed"_s, both(235) },
        { u"not_processed_1"_s, both(235) },
        { u"other"_s, both(217) },
        { u"other_3"_s, both(217) },
        { u"total"_s, both(6111) },
        { u"carried_out"_s, both(89) },
    };
    const ApplicationTable table = parseApplicationTableCsv(csvWith(rows).toUtf8());
    const QList<ReconciliationFailure> failures = reconcile(table);
    REQUIRE(failures.size() == 2); // 自然人 and 总计 columns of （七）总计
    CHECK(failures.at(0).row == u"（七）总计");
    CHECK(failures.at(0).column == u"自然人");
    CHECK(failures.at(0).stated == 6111);
    CHECK(failures.at(0).expected == 6095);
    CHECK(failures.at(1).column == u"总计");
    CHECK(failures.at(1).message().contains(u"6111"_s));
    CHECK(failures.at(1).message().contains(u"6095"_s));

    // Corrected, it reconciles (6000 + 200 = 6111 + 89).
    rows[u"other"_s] = both(233);
    rows[u"other_3"_s] = both(233);
    CHECK(reconcile(parseApplicationTableCsv(csvWith(rows).toUtf8())).isEmpty());
    // A column that does not add across, and 一 + 二 ≠ （七） + 四.
    rows[u"received"_s] = QList<qint64> { 5999, 0, 0, 0, 0, 0, 6000 };
    const QList<ReconciliationFailure> more = reconcile(parseApplicationTableCsv(csvWith(rows).toUtf8()));
    REQUIRE(more.size() == 2);
    CHECK(more.at(0).row == u"一、本年新收政府信息公开申请数量");
    CHECK(more.at(0).column == u"总计");
    CHECK(more.at(1).row == u"四、结转下年度继续办理");
    CHECK(more.at(1).column == u"自然人");
}

TEST_CASE("section 三 CSV: written with a BOM and the format's head, read back the same, bad lines are named",
    "[reports]")
{
    test::WorkflowFixture f;
    reply(f, addCase(f, "2026-03-02", OrganisationType::Commercial), "2026-03-10", "2026-03-11", "disclose");
    const ApplicationTable table = annualApplications(*f.database, 2026);
    const QByteArray csv = applicationTableCsv(table, reportCheckCode(*f.database));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    // The head of the .xlsx, line for line: the corner cell (three lines high) and 申请人情况
    // over the seven columns; 自然人, 法人或其他组织 over its five kinds, 总计; the five kinds.
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    REQUIRE(lines.size() > 4);
    CHECK(lines.at(0) == u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）,申请人情况,,,,,,");
    CHECK(lines.at(1) == u",自然人,法人或其他组织,,,,,总计");
    CHECK(lines.at(2) == u",,商业企业,科研机构,社会公益组织,法律服务机构,其他,");
    CHECK(lines.at(3) == u"一、本年新收政府信息公开申请数量,0,1,0,0,0,0,1");
    // Under the 30 rows, the 校验码 in a row of eight cells; then the CSV's last line end.
    REQUIRE(lines.size() == 3 + 30 + 1 + 1);
    CHECK(lines.at(33) == checkCodeLine(reportCheckCode(*f.database)) + u",,,,,,,"_s);
    CHECK(lines.at(34).isEmpty());
    const ApplicationTable back = parseApplicationTableCsv(csv);
    for (const ApplicationTableRow& row : applicationTableRows())
        for (int column = 0; column < kApplicantColumns; ++column)
            CHECK(back.value(row.code, column) == table.value(row.code, column));

    QString bad = QString::fromUtf8(csv.mid(3));
    bad.replace(u"（一）予以公开,0,1,0,0,0,0,1"_s, u"（一）予以公开,0,one,0,0,0,0,1"_s);
    bad.replace(u"1.属于国家秘密,0,0,0,0,0,0,0"_s, u"1.属于国家机密,0,0,0,0,0,0,0"_s);
    bad.replace(u"2.重复申请,0,0,0,0,0,0,0"_s, u"2.重复申请,0,0,0"_s);
    try {
        parseApplicationTableCsv(bad.toUtf8());
        FAIL("read");
    } catch (const Error& e) {
        QStringList where;
        for (const FieldIssue& issue : e.issues())
            where << issue.field;
        CHECK(where == QStringList { u"line 7"_s, u"line 10"_s, u"line 24"_s, u"withheld_1"_s });
    }
}

TEST_CASE("section 三 CSV: the older one-line head, a title line and tabs are read, a stray line is not", "[reports]")
{
    QString rows;
    for (const ApplicationTableRow& row : applicationTableRows())
        rows += row.label + (row.heading ? QString() : u",0,0,0,0,0,0,0"_s) + u'\n';
    // The head OGI Desk wrote before the corner cell and 法人或其他组织 were added.
    const QString oldHead = u"申请人情况,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\n"_s;
    CHECK(reconcile(parseApplicationTableCsv((oldHead + rows).toUtf8())).isEmpty());
    CHECK(reconcile(parseApplicationTableCsv((u"某区2026年度报告\n"_s + rows).toUtf8())).isEmpty());
    QString tabbed = QString::fromUtf8(applicationTableCsv(ApplicationTable {}, u"ABCD-1234-EF56"_s).mid(3));
    tabbed.replace(u',', u'\t');
    CHECK(reconcile(parseApplicationTableCsv(tabbed.toUtf8())).isEmpty());
    // A line that is neither the head nor a row is named, even with head words in it.
    try {
        parseApplicationTableCsv((oldHead + u",自然人,合计\n"_s + rows).toUtf8());
        FAIL("read");
    } catch (const Error& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues().front().field == u"line 2");
    }
}

TEST_CASE("section 三 as text: the format's head with the corner cell, verbatim, over aligned columns", "[reports]")
{
    test::WorkflowFixture f;
    reply(f, addCase(f, "2026-03-02", OrganisationType::Commercial), "2026-03-10", "2026-03-11", "disclose");
    const ApplicationTable table = annualApplications(*f.database, 2026);
    const QStringList lines = applicationTableText(table).split(u'\n');
    REQUIRE(lines.size() == 3 + 30 + 1);
    const auto words = [](const QString& line) { return line.simplified().split(u' '); };
    CHECK(words(lines.at(0))
        == QStringList { u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"_s, u"申请人情况"_s });
    CHECK(words(lines.at(1)) == QStringList { u"自然人"_s, u"法人或其他组织"_s, u"总计"_s });
    CHECK(words(lines.at(2))
        == QStringList { u"商业企业"_s, u"科研机构"_s, u"社会公益组织"_s, u"法律服务机构"_s, u"其他"_s });
    CHECK(words(lines.at(3)) == QStringList { u"一、本年新收政府信息公开申请数量"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s,
        u"0"_s, u"0"_s, u"1"_s });
    CHECK(lines.at(5) == u"三、本年度办理结果"); // a heading: no figures
    // Where a label ends on the screen (a Chinese character two places), its figures end.
    const auto endOf = [](const QString& line, const QString& word, qsizetype from = 0) {
        const qsizetype at = line.indexOf(word, from);
        REQUIRE(at >= 0);
        return displayWidth(line.left(at + word.size()));
    };
    const QString& kinds = lines.at(2);
    const QString& received = lines.at(3);
    const qsizetype figures = received.indexOf(u' ');
    QList<int> figureEnds;
    for (qsizetype i = figures; i < received.size(); ++i)
        if (received.at(i) != u' ' && (i + 1 == received.size() || received.at(i + 1) == u' '))
            figureEnds << displayWidth(received.left(i + 1));
    REQUIRE(figureEnds.size() == kApplicantColumns);
    CHECK(figureEnds.at(0) == endOf(lines.at(1), u"自然人"_s));
    for (int c = 1; c <= 5; ++c)
        CHECK(figureEnds.at(c) == endOf(kinds, applicantColumnLabels().at(c)));
    CHECK(figureEnds.at(6) == endOf(lines.at(1), u"总计"_s));
    // 法人或其他组织 starts over the first kind, 申请人情况 over 自然人.
    CHECK(displayWidth(lines.at(1).left(lines.at(1).indexOf(u"法人或其他组织"_s)))
        == displayWidth(kinds.left(kinds.indexOf(u"商业企业"_s))));
    CHECK(displayWidth(lines.at(0).left(lines.at(0).indexOf(u"申请人情况"_s)))
        == displayWidth(lines.at(1).left(lines.at(1).indexOf(u"自然人"_s))));
    CHECK(displayWidth(u"（一）予以公开 3"_s) == 16);
}

TEST_CASE("monthly tally from a hand-built register, and the cases behind each figure", "[reports][tally]")
{
    test::WorkflowFixture f;
    const QString a = addCase(f, "2026-07-01"); // replied on time in July
    reply(f, a, "2026-07-02", "2026-07-13", "disclose");
    const QString b = addCase(f, "2026-07-06", OrganisationType::Commercial); // waiting for a supplement
    f.act(f.clerk, b, "request_supplement", "2026-07-08", { { u"items"_s, u"文号"_s }, { u"days"_s, 10 } });
    const QString c = addCase(f, "2026-06-29"); // June's, accepted and withdrawn in July
    f.act(f.clerk, c, "accept", "2026-07-01");
    f.act(f.clerk, c, "withdraw", "2026-07-20");
    const QString d = addCase(f, "2026-07-15", OrganisationType::Research); // consulting a third party
    f.act(f.clerk, d, "accept", "2026-07-16");
    f.act(f.clerk, d, "assign", "2026-07-16", { { u"department"_s, u"信息科"_s }, { u"clerk"_s, u"liqiang"_s } });
    f.act(f.clerk, d, "consult", "2026-07-20", { { u"party_kind"_s, u"third_party"_s }, { u"party"_s, u"某公司"_s } });
    const QString late = addCase(f, "2026-09-01"); // accepted, then forgotten: overdue by November
    f.act(f.clerk, late, "accept", "2026-09-02");

    const MonthlyTally t = monthlyTally(*f.database, day("2026-07-01"), day("2026-07-31"), day("2026-11-20"));
    CHECK(t.all.value(u"received"_s) == 3);
    CHECK(t.all.value(u"received.person"_s) == 1);
    CHECK(t.all.value(u"received.commercial"_s) == 1);
    CHECK(t.all.value(u"received.research"_s) == 1);
    CHECK(t.all.value(u"received.channel.post"_s) == 3);
    CHECK(t.all.value(u"accepted"_s) == 3); // a, c, d
    CHECK(t.all.value(u"supplement_asked"_s) == 1);
    CHECK(t.all.value(u"consulted"_s) == 1);
    CHECK(t.all.value(u"extended"_s) == 0);
    CHECK(t.all.value(u"concluded"_s) == 2);
    CHECK(t.all.value(u"concluded.disclosed"_s) == 1);
    CHECK(t.all.value(u"concluded.other"_s) == 1);
    CHECK(t.all.value(u"concluded.withheld"_s) == 0);
    CHECK(t.all.value(u"replied_on_time"_s) == 1);
    CHECK(t.all.value(u"replied_late"_s) == 0);
    CHECK(t.all.value(u"pending_at_end"_s) == 2); // b and d
    // late, and d: its consultation of Jul 20 stopped the clock for the third party's 15
    // working days only, and without an answer it has run again since (Art. 32, 34).
    CHECK(t.all.value(u"overdue_today"_s) == 2);
    CHECK(t.all.replied == 1);
    CHECK(t.all.medianWorkingDays == 8); // Jul 2–3, 6–10, 13
    CHECK(t.all.maxWorkingDays == 8);
    const auto department = std::find_if(t.byDepartment.begin(), t.byDepartment.end(),
        [](const TallyFigures& g) { return g.scopeLabel == u"政策法规科"; });
    REQUIRE(department != t.byDepartment.end());
    CHECK(department->value(u"received"_s) == 1);
    CHECK(department->medianWorkingDays == 8);

    const auto cases = [&](const char* code, const TallyScope& scope = {}) {
        return tallyCases(
            *f.database, QLatin1String(code), day("2026-07-01"), day("2026-07-31"), day("2026-11-20"), scope);
    };
    CHECK(cases("received") == QStringList { d, b, a }); // newest receipt first
    CHECK(cases("accepted") == QStringList { d, a, c });
    CHECK(cases("concluded.other") == QStringList { c });
    CHECK(cases("pending_at_end") == QStringList { d, b });
    CHECK(cases("overdue_today") == QStringList { late, d });
    CHECK(cases("received", { u"政策法规科"_s, {} }) == QStringList { a });
    CHECK(cases("received", { {}, u"wangfang"_s }) == QStringList { a });
    CHECK_THROWS_AS(cases("no_such_figure"), Error);
    // Every figure's count is the number of its cases.
    const QList<TallyFigureSpec> specs = tallyFigureSpecs();
    for (int i = 0; i < specs.size(); ++i)
        CHECK(cases(specs.at(i).code.toLatin1().constData()).size() == t.all.values.at(i));
    // And so is each department's and each clerk's (the tally counts them by other queries
    // than the figures' own conditions).
    int scopes = 0;
    for (const auto& [groups, byDepartment] :
        { std::pair { &t.byDepartment, true }, std::pair { &t.byClerk, false } })
        for (const TallyFigures& g : *groups) {
            if (g.scopeLabel == u"(not assigned)" || g.scopeLabel == u"（未分配）")
                continue;
            ++scopes;
            const TallyScope scope = byDepartment ? TallyScope { g.scopeLabel, {} } : TallyScope { {}, g.scopeLabel };
            for (int i = 0; i < specs.size(); ++i) {
                INFO(g.scopeLabel.toStdString() << " " << specs.at(i).code.toStdString());
                CHECK(cases(specs.at(i).code.toLatin1().constData(), scope).size() == g.values.at(i));
            }
        }
    CHECK(scopes >= 3);
    CHECK_THROWS_AS(monthlyTally(*f.database, day("2026-07-31"), day("2026-07-01"), day("2026-11-20")), Error);
}

TEST_CASE("sections 四 and 六: remedies filed in the year by result, fees asked and collected", "[reports]")
{
    test::WorkflowFixture f;
    const auto replied = [&](const char* receipt) {
        const QString number = addCase(f, receipt);
        reply(f, number, "2026-03-02", "2026-03-03", "disclose");
        return number;
    };
    const QString a = replied("2026-02-02");
    const QString b = replied("2026-02-03");
    f.act(f.clerk, a, "remedy", "2026-04-01",
        { { u"kind"_s, u"reconsideration"_s }, { u"filed"_s, u"2026-03-20"_s }, { u"body"_s, u"某某区人民政府"_s } });
    f.act(f.clerk, b, "remedy", "2026-04-01",
        { { u"kind"_s, u"litigation_direct"_s }, { u"filed"_s, u"2026-03-25"_s }, { u"body"_s, u"某区人民法院"_s } });
    const QList<Remedy> remediesA = remediesOf(f.database->connection(), f.repository->find(a)->id);
    f.act(f.chief, a, "remedy", "2026-06-01",
        { { u"remedy_id"_s, int(remediesA.front().id) }, { u"result"_s, u"corrected"_s },
            { u"concluded"_s, u"2026-05-30"_s } });

    const RemedyTable t = annualRemedies(*f.database, 2026);
    CHECK(t.counts[0] == std::array<qint64, 5> { 0, 1, 0, 0, 1 }); // 复议: 纠正
    CHECK(t.counts[1] == std::array<qint64, 5> { 0, 0, 0, 1, 1 }); // 直接起诉: 尚未审结
    CHECK(t.counts[2] == std::array<qint64, 5> { 0, 0, 0, 0, 0 });
    CHECK(annualRemedies(*f.database, 2025).counts[0][4] == 0);
    CHECK(remedyCountLabels() == QStringList { u"结果维持"_s, u"结果纠正"_s, u"其他结果"_s, u"尚未审结"_s, u"总计"_s });

    // Fees: a notice of 1,700 yuan (150 pages) paid, one of 10 yuan (31 pages) not.
    for (const int pages : { 150, 31 }) {
        const QString number = addCase(f, "2026-07-01");
        f.act(f.clerk, number, "accept", "2026-07-02");
        f.act(f.chief, number, "assign", "2026-07-02", { { u"department"_s, u"科"_s }, { u"clerk"_s, u"wangfang"_s } });
        f.act(f.clerk, number, "fee_notice", "2026-07-06", { { u"method"_s, u"by_volume"_s }, { u"pages"_s, pages } });
        if (pages == 150)
            f.act(f.clerk, number, "fee_paid", "2026-07-10", { { u"amount"_s, 1700 } });
    }
    const FeeFigures fees = annualFees(*f.database, 2026);
    CHECK(fees.notices == 2);
    CHECK(fees.amountYuan == 1710);
    CHECK(fees.collectedYuan == 1700);
    CHECK(annualFees(*f.database, 2025).notices == 0);
}

TEST_CASE("section 二: figures the office enters, checked, stored per year, audited, chiefs and administrators only",
    "[reports]")
{
    test::WorkflowFixture f;
    ProactiveFigures figures(*f.database, f.clock);
    CHECK(proactiveCells().size() == 10);
    CHECK(proactiveCells().front().provision == u"第二十条第（一）项");
    CHECK(proactiveCells().back().measure == u"本年收费金额（单位：万元）");
    const auto audited = [&] {
        return sql::scalar(
            f.database->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'report.proactive'"_s)
            .toInt();
    };
    CHECK_THROWS_AS(figures.set(2026, { { u"规章/本年制发件数"_s, u"3"_s } }, f.clerk), Error);
    try {
        figures.set(2026,
            { { u"规章/本年制发件数"_s, u"三"_s }, { u"行政事业性收费/本年收费金额（单位：万元）"_s, u"-1"_s },
                { u"规章/本月件数"_s, u"1"_s }, { u"行政许可/本年处理决定数量"_s, u"12"_s } },
            f.chief);
        FAIL("stored");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.issues().size() == 3);
    }
    CHECK(figures.values(2026).isEmpty()); // nothing of a refused entry is kept
    figures.set(2026,
        { { u"规章/本年制发件数"_s, u"3"_s }, { u"行政事业性收费/本年收费金额（单位：万元）"_s, u" 12.35 "_s } },
        f.chief);
    CHECK(figures.values(2026).value(u"规章/本年制发件数"_s) == u"3");
    CHECK(figures.values(2026).value(u"行政事业性收费/本年收费金额（单位：万元）"_s) == u"12.35");
    CHECK(figures.values(2025).isEmpty());
    CHECK(audited() == 2);
    figures.set(2026, { { u"规章/本年制发件数"_s, u"3"_s }, { u"行政许可/本年处理决定数量"_s, u"40"_s } }, f.admin);
    CHECK(audited() == 3); // the unchanged cell is not audited again
    figures.set(2026, { { u"规章/本年制发件数"_s, QString() } }, f.chief);
    CHECK_FALSE(figures.values(2026).contains(u"规章/本年制发件数"_s));
    CHECK(audited() == 4);
}
