// 统计报表: the month's tally with a figure opened to its cases, section 三 checked before it
// is shown, exported as CSV, and refused when it does not add up.
#include "ModalDialogs.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Clock.h"
#include "MainWindow.h"
#include "audit/AuditLog.h"
#include "reports/ProactiveDialog.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportChartsPanel.h"
#include "reports/ReportsView.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsView.h"
#include "storage/Sql.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
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
    "reports view: the month's figures open to their cases, section 三 checked, exported, refused", "[ui][reports]")
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

    // Every output ends with the register's 校验码 (English here: no translator in the tests).
    const QString code = AuditLog::anchorCode(f.database->connection());
    const QString codeLine = u"Check code: %1 (ogi verify --anchor checks it)"_s.arg(code);
    CHECK(QString::fromUtf8(test::readBytes(csv)).endsWith(codeLine + u",,,,,,,\r\n"_s));
    CHECK(view->annualHtml().endsWith(u"<p>"_s + codeLine.toHtmlEscaped() + u"</p>"_s));
    CHECK(view->monthHtml().endsWith(u"<p>"_s + codeLine.toHtmlEscaped() + u"</p>"_s));
    QProcess openpyxl;
    openpyxl.start(u"/usr/bin/python3"_s,
        { u"-c"_s, uR"(import sys, openpyxl
for ws in openpyxl.load_workbook(sys.argv[1]).worksheets:
    print(ws.title + ": " + "|".join(c.value for row in ws.iter_rows() for c in row
                                     if isinstance(c.value, str) and "--anchor" in c.value)))"_s,
            xlsx });
    REQUIRE(openpyxl.waitForFinished(30000));
    REQUIRE(openpyxl.exitCode() == 0);
    CHECK(QString::fromUtf8(openpyxl.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)
        == QStringList { u"二、主动公开: "_s + codeLine, u"三、收到和处理: "_s + codeLine,
            u"四、复议诉讼: "_s + codeLine, u"六、收费: "_s + codeLine });

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
    // The check-code line is printed (the PDF is annualHtml(), checked for the whole code
    // above); its digits, as all digits in a Latin run, do not come out of the text layer.
    CHECK(text.contains(u"Checkcode:"_s));
    CHECK(text.contains(u"(ogiverify--anchorchecksit)"_s));
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

namespace {
FixedClock clockOn(const char* iso) { return FixedClock(QDateTime(test::day(iso), QTime(9, 0), Qt::UTC)); }

QPushButton* reminderButton(ui::MainWindow& window, const char* name)
{
    return window.annualReportReminder() ? window.annualReportReminder()->findChild<QPushButton*>(QLatin1String(name))
                                         : nullptr;
}
} // namespace

TEST_CASE("the annual report's date: a line in 统计报表, and a reminder above the views until it passes",
    "[ui][reports][due]")
{
    test::ensureGuiApp();
    QSettings().remove(u"reminders"_s);
    test::WorkflowFixture f;

    // 5 January 2027, a department: 2026's report is due by 31 January, 26 days left.
    const FixedClock january = clockOn("2027-01-05");
    {
        ui::MainWindow window(*f.database, f.chief, january);
        QWidget* reminder = window.annualReportReminder();
        REQUIRE(reminder);
        CHECK_FALSE(reminder->isHidden());
        const QLabel* text = reminder->findChild<QLabel*>();
        REQUIRE(text);
        CHECK(text->text().contains(u"2027-01-31"_s));
        CHECK(text->text().contains(u"26 day(s) left"_s));
        // No dialog: nothing modal is up.
        CHECK(QApplication::activeModalWidget() == nullptr);
        // The button opens the report being prepared: last year's.
        reminderButton(window, "openAnnualReport")->click();
        CHECK(window.currentPage() == ui::MainWindow::Page::Reports);
        ui::ReportsView* view = window.reportsView();
        CHECK(view->year() == 2026);
        CHECK(view->tabs()->currentIndex() == 1);
        CHECK(view->dueLine()->text().contains(u"26 day(s) left"_s));
        // Hidden for the rest of the day.
        reminderButton(window, "hideAnnualReportReminder")->click();
        CHECK(reminder->isHidden());
    }
    {
        ui::MainWindow again(*f.database, f.chief, january); // the twentieth start of the day
        CHECK(again.annualReportReminder() == nullptr);
    }
    const FixedClock nextDay = clockOn("2027-01-06");
    {
        ui::MainWindow tomorrow(*f.database, f.chief, nextDay);
        REQUIRE(tomorrow.annualReportReminder());
        CHECK(tomorrow.annualReportReminder()->findChild<QLabel*>()->text().contains(u"25 day(s) left"_s));
        // Not for a clerk: the report is the chief's to send.
        ui::MainWindow clerks(*f.database, f.clerk, nextDay);
        CHECK(clerks.annualReportReminder() == nullptr);
        clerks.reportsView()->refresh();
        CHECK(clerks.reportsView()->dueLine()->text().contains(u"25 day(s) left"_s)); // the line is for everyone
    }

    // 1 February: the date has passed; no reminder, the line says so for 2026, and this
    // year's report is shown first again.
    const FixedClock february = clockOn("2027-02-01");
    {
        ui::MainWindow window(*f.database, f.chief, february);
        CHECK(window.annualReportReminder() == nullptr);
        ui::ReportsView* view = window.reportsView();
        CHECK(view->year() == 2027);
        view->refresh();
        CHECK(view->dueLine()->text().contains(u"not over yet"_s));
        view->setYear(2026);
        CHECK(view->dueLine()->text().contains(u"passed 1 day(s) ago"_s));
    }

    // A local government's competent office publishes by 31 March: still 58 days.
    OfficeSettings(*f.database).setOfficeKind(OfficeKind::Government, f.admin);
    {
        ui::MainWindow window(*f.database, f.admin, february);
        REQUIRE(window.annualReportReminder());
        CHECK(window.annualReportReminder()->findChild<QLabel*>()->text().contains(u"2027-03-31"_s));
        CHECK(window.annualReportReminder()->findChild<QLabel*>()->text().contains(u"58 day(s) left"_s));
    }
    const FixedClock april = clockOn("2027-04-01");
    {
        ui::MainWindow window(*f.database, f.admin, april);
        CHECK(window.annualReportReminder() == nullptr);
        window.reportsView()->setYear(2026);
        CHECK(window.reportsView()->dueLine()->text().contains(u"passed 1 day(s) ago"_s));
    }
}

TEST_CASE("the kind of office is chosen in the agency settings and stored, audited", "[ui][settings][due]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    OfficeSettings(*f.database).setAgencyProfile(
        { u"某某区发展和改革局"_s, QString(), u"某某区人民政府"_s, u"某某区人民法院"_s, QString(), QString(), false },
        f.admin);
    ui::SettingsView settings(*f.database, f.admin);
    settings.refresh();
    auto* kind = settings.findChild<QComboBox*>(u"officeKind"_s);
    REQUIRE(kind);
    CHECK(kind->currentData().toString() == u"department");
    kind->setCurrentIndex(kind->findData(u"government"_s));
    REQUIRE(settings.saveAgency());
    CHECK(OfficeSettings(*f.database).officeKind() == OfficeKind::Government);
    CHECK(sql::scalar(f.database->connection(),
              u"SELECT count(*) FROM audit_log WHERE action = 'settings.office_kind' AND actor = 'admin'"_s)
              .toInt()
        == 1);
}
