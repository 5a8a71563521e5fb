// 统计报表: the month's tally with a figure opened to its cases, section 三 checked before it
// is shown, exported as CSV, and refused when it does not add up.
#include "ModalDialogs.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "reports/ProactiveDialog.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportChartsPanel.h"
#include "reports/ReportsView.h"
#include "storage/Sql.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QTreeWidgetItem* figureItem(QTreeWidget* tree, const QString& code)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole).toString() == code)
                return tree->topLevelItem(g)->child(i);
    return nullptr;
}
} // namespace

TEST_CASE(
    "reports view: the month's figures open to their cases; section 三 checked, exported, refused", "[ui][reports]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString withdrawn = f.newCase("2026-07-01");
    f.act(f.clerk, withdrawn, "withdraw", "2026-07-03");
    const QString open = f.newCase("2026-07-06");
    f.act(f.clerk, open, "accept", "2026-07-07");

    ui::MainWindow window(*f.database, f.clerk);
    window.showPage(ui::MainWindow::Page::Reports);
    ui::ReportsView* view = window.reportsView();
    REQUIRE(view);
    view->setMonth(test::day("2026-07-01"));
    view->setYear(2026);
    view->refresh();

    QTreeWidgetItem* received = figureItem(view->tally(), u"received"_s);
    REQUIRE(received);
    CHECK(received->text(1) == u"2");
    CHECK(figureItem(view->tally(), u"concluded.other"_s)->text(1) == u"1");
    CHECK(figureItem(view->tally(), u"pending_at_end"_s)->text(1) == u"1");
    view->showCasesOf(u"received"_s, 0);
    REQUIRE(view->cases()->count() == 2);
    CHECK(view->cases()->item(0)->text() == open); // newest receipt first

    // Section 三 for 2026: two received, one concluded (其他处理 3), one carried out.
    QTableWidget* table = view->annual();
    REQUIRE(table->rowCount() == 30);
    CHECK(table->verticalHeaderItem(0)->text() == u"一、本年新收政府信息公开申请数量");
    CHECK(table->item(0, 0)->text() == u"2");
    CHECK(table->item(0, 6)->text() == u"2");
    CHECK(table->item(27, 0)->text() == u"1"); // 3.其他
    CHECK(table->item(29, 6)->text() == u"1"); // 四、结转下年度继续办理
    CHECK(view->reconciliation()->text().contains(u"勾稽关系为"_s)); // the corner text: checked, in either language
    CHECK(view->remediesAndFees()->text().contains(u"四、政府信息公开行政复议、行政诉讼情况"_s));
    // The charts of the year: July's two received, one concluded; one outcome slice (其他处理).
    const QList<QAbstractSeries*> monthSeries = view->charts()->monthsChart()->chart()->series();
    REQUIRE(monthSeries.size() == 1);
    const QList<QBarSet*> sets = qobject_cast<QBarSeries*>(monthSeries.front())->barSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets.at(0)->at(6) == 2.0);
    CHECK(sets.at(1)->at(6) == 1.0);
    const auto* pie = qobject_cast<QPieSeries*>(view->charts()->outcomesChart()->chart()->series().value(0));
    REQUIRE(pie);
    REQUIRE(pie->count() == 1);
    CHECK(pie->slices().front()->label().startsWith(u"其他处理"_s));
    const QString csv = f.dir.filePath(u"2026.csv"_s);
    REQUIRE(view->exportAnnualCsv(csv));
    CHECK(test::readBytes(csv).startsWith(
        "\xEF\xBB\xBF（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）,申请人情况,,,,,,\r\n"
        ",自然人,法人或其他组织,,,,,总计\r\n,,商业企业,科研机构,社会公益组织,法律服务机构,其他,\r\n"));
    const QString xlsx = f.dir.filePath(u"2026.xlsx"_s);
    REQUIRE(view->exportAnnualXlsx(xlsx));
    CHECK(test::readBytes(xlsx).startsWith("PK")); // a zip: the workbook

    // The tables as PDF: the labels come back out of its text layer as the format prints them.
    QDir().mkpath(u"reports"_s); // kept as a test artefact, to be looked at
    const QString pdf = u"reports/annual-2026.pdf"_s;
    REQUIRE(view->saveAnnualPdf(pdf));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
    for (const char* label : { "一、本年新收政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理",
             "四、政府信息公开行政复议、行政诉讼情况", "二、主动公开政府信息情况", "未经复议直接起诉" })
        CHECK(text.contains(QString::fromUtf8(label)));
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
    CHECK(view->monthHtml().contains(u"<td align=\"right\">2</td>"_s)); // July's two received

    // Figures typed in elsewhere: the exported CSV checks clean; a changed total is named.
    CHECK(view->checkTypedFigures(csv).contains(csv)); // only the clean verdict names the file
    QString typed = QString::fromUtf8(test::readBytes(csv));
    typed.replace(u"（七）总计,1,0,0,0,0,0,1"_s, u"（七）总计,1,0,0,0,0,0,9"_s);
    const QString changed = f.dir.filePath(u"typed.csv"_s);
    test::writeBytes(changed, typed.toUtf8());
    const QString verdict = view->checkTypedFigures(changed);
    CHECK(verdict.contains(u"（七）总计"_s));
    CHECK(verdict.contains(u"9"_s));

    // An outcome lost in the file: the table is not shown, and says where; no export.
    sql::run(f.database->connection(), u"UPDATE cases SET outcome = NULL WHERE case_number = ?"_s, { withdrawn });
    view->refresh();
    CHECK(view->reconciliation()->text().contains(u"（七）总计"_s));
    CHECK(view->annual()->item(0, 0) == nullptr);
    const QString refusal = test::messageFrom([&] { CHECK_FALSE(view->exportAnnualCsv(f.dir.filePath(u"no.csv"_s))); });
    CHECK_FALSE(refusal.isEmpty());
    CHECK_FALSE(QFile::exists(f.dir.filePath(u"no.csv"_s)));
    test::messageFrom([&] { CHECK_FALSE(view->exportAnnualXlsx(f.dir.filePath(u"no.xlsx"_s))); });
    CHECK_FALSE(QFile::exists(f.dir.filePath(u"no.xlsx"_s)));
}

TEST_CASE("section 二 entered through its dialog: a bad value beside its field, then stored and shown", "[ui][reports]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::ProactiveDialog dialog(*f.database, f.chief, 2026);
    dialog.field(u"规章/本年制发件数"_s)->setText(u"三"_s);
    dialog.field(u"行政许可/本年处理决定数量"_s)->setText(u"120"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.issueLabel(u"规章/本年制发件数"_s)->isVisibleTo(&dialog));
    CHECK(ProactiveFigures(*f.database).values(2026).isEmpty());
    dialog.field(u"规章/本年制发件数"_s)->setText(u"3"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ProactiveFigures(*f.database).values(2026).value(u"行政许可/本年处理决定数量"_s) == u"120");

    ui::ReportsView view(*f.database, f.chief);
    view.setYear(2026);
    view.refresh();
    CHECK(view.remediesAndFees()->text().contains(u"行政许可 本年处理决定数量 120"_s));
    CHECK_FALSE(view.findChild<QPushButton*>(u"enterProactive"_s)->isHidden());
    ui::ReportsView clerkView(*f.database, f.clerk);
    CHECK(clerkView.findChild<QPushButton*>(u"enterProactive"_s)->isHidden());
}
