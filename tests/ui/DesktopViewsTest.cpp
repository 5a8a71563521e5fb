// The main window's views, driven offscreen: the register's filters and search, refresh
// keeping the selection, my work, the deadline board, the chief's sign-off queue and the
// administrator's settings.
#include "ModalDialogs.h"
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "MainWindow.h"
#include "calendar/CalendarRepository.h"
#include "cases/CaseDialog.h"
#include "cases/CaseView.h"
#include "deadline/DeadlineBoardView.h"
#include "help/HelpMenu.h"
#include "progress/WorkProgressDialog.h"
#include "register/CaseListModel.h"
#include "register/RegisterView.h"
#include "settings/AgencyForm.h"
#include "settings/CalendarPanel.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsView.h"
#include "settings/UserDialog.h"
#include "settings/UsersPanel.h"
#include "signoff/SignOffQueueView.h"
#include "storage/Sql.h"
#include "users/UserRepository.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::acceptNextDialog;

namespace {

// Brings a new case to the chief's desk: accepted, assigned to wangfang, drafted, submitted.
QString caseAwaitingSignOff(test::WorkflowFixture& f, const char* receipt, const char* draftText)
{
    const QString number = f.newCase(receipt);
    f.act(f.clerk, number, "accept", "2026-11-02");
    f.act(f.clerk, number, "assign", "2026-11-02",
        { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, number, "draft", "2026-11-03",
        { { u"reply_type"_s, u"petition"_s }, { u"text"_s, QString::fromUtf8(draftText) } });
    f.act(f.clerk, number, "submit", "2026-11-04");
    return number;
}

QStringList numbersIn(const ui::RegisterView* view)
{
    QStringList numbers;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        numbers << view->model()->caseNumberAt(row);
    return numbers;
}

} // namespace

TEST_CASE("register: search, filters and a refresh that keeps the selected case", "[ui][register]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString a = f.newCase("2026-11-02");
    const QString b = f.newCase("2026-11-03");
    const QString c = caseAwaitingSignOff(f, "2026-10-09", "拟同意公开");
    ui::MainWindow window(*f.database, f.clerk);
    window.showPage(ui::MainWindow::Page::Register);
    ui::RegisterView* view = window.registerView();
    REQUIRE(numbersIn(view) == QStringList { b, a, c }); // newest receipt first

    // Sorting asks core again: oldest first.
    view->table()->sortByColumn(static_cast<int>(CaseListColumn::ReceiptDate), Qt::AscendingOrder);
    CHECK(numbersIn(view) == QStringList { c, a, b });
    view->table()->sortByColumn(static_cast<int>(CaseListColumn::ReceiptDate), Qt::DescendingOrder);

    // One keystroke at a time, down to a single character.
    view->searchBox()->setText(c.right(4));
    CHECK(numbersIn(view) == QStringList { c });
    view->searchBox()->clear();
    CHECK(numbersIn(view).size() == 3);

    // The state filter.
    QComboBox* state = view->stateFilter();
    state->setCurrentIndex(state->findData(u"awaiting_signoff"_s));
    CHECK(numbersIn(view) == QStringList { c });
    state->setCurrentIndex(0);

    // The deadline filter: c was received on 2026-10-09, its reply is overdue by now.
    QComboBox* deadline = view->deadlineFilter();
    deadline->setCurrentIndex(deadline->findData(static_cast<int>(DeadlineStatus::Overdue)));
    REQUIRE(numbersIn(view).contains(c));
    const int row = int(numbersIn(view).indexOf(c));
    CHECK(view->model()->replyStatusAt(row).status == DeadlineStatus::Overdue);
    CHECK(view->model()->index(row, 0).data(Qt::BackgroundRole).isValid()); // coloured
    CHECK_FALSE(view->model()->index(row, static_cast<int>(CaseListColumn::ReplyDue)).data().toString().isEmpty());
    deadline->setCurrentIndex(0);

    // Refresh keeps the selected case even when a new case moves it down a row.
    REQUIRE(view->selectCase(a));
    f.newCase("2026-11-19");
    window.refresh();
    CHECK(view->currentCaseNumber() == a);
    CHECK(view->model()->rowCount() == 4);
}

TEST_CASE("my work, the deadline board and the chief's sign-off queue", "[ui][workflow]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString first = caseAwaitingSignOff(f, "2026-10-09", "第一件答复草稿");
    const QString second = caseAwaitingSignOff(f, "2026-10-30", "第二件答复草稿");
    const QString unassigned = f.newCase("2026-11-18");

    // The clerk: no queue; their work is the cases assigned to them and the untaken ones.
    {
        ui::MainWindow clerkWindow(*f.database, f.clerk);
        CHECK(clerkWindow.signOffQueue() == nullptr);
        for (int row = 0; row < clerkWindow.navigation()->count(); ++row)
            CHECK(clerkWindow.navigation()->item(row)->text() != u"待签发");
        clerkWindow.showPage(ui::MainWindow::Page::MyWork);
        const QStringList mine = numbersIn(clerkWindow.myWorkView());
        CHECK(mine.contains(first));
        CHECK(mine.contains(second));
        CHECK(mine.contains(unassigned));
        CHECK(mine.first() == first); // most urgent first
        clerkWindow.showPage(ui::MainWindow::Page::DeadlineBoard);
        CHECK(clerkWindow.deadlineBoard()->entries().size() == 3);
        CHECK(clerkWindow.deadlineBoard()->entries().first().caseNumber == first);
    }

    // The chief signs the first, returns the second, without leaving the queue.
    ui::MainWindow window(*f.database, f.chief);
    REQUIRE(window.signOffQueue());
    // The chief's own work is the sign-offs, not the clerk's untaken registrations.
    window.showPage(ui::MainWindow::Page::MyWork);
    CHECK(numbersIn(window.myWorkView()) == QStringList { first, second });
    window.showPage(ui::MainWindow::Page::SignOff);
    ui::SignOffQueueView* queue = window.signOffQueue();
    REQUIRE(numbersIn(queue->queue()) == QStringList { first, second }); // most urgent first
    CHECK(queue->caseView()->caseNumber() == first);
    CHECK(queue->draftText()->toPlainText().contains(u"第一件答复草稿"));
    QPushButton* sign = queue->caseView()->actionButton(u"sign_off"_s);
    REQUIRE(sign);
    acceptNextDialog([&] { sign->click(); });
    CHECK(f.stateOf(first) == CaseState::SignedOff);
    // The next case is shown at once.
    CHECK(queue->caseView()->caseNumber() == second);
    CHECK(queue->draftText()->toPlainText().contains(u"第二件答复草稿"));
    QPushButton* back = queue->caseView()->actionButton(u"return"_s);
    REQUIRE(back);
    acceptNextDialog([&] { back->click(); },
        [](QWidget* dialog) {
            if (auto* text = dialog->findChild<QPlainTextEdit*>(u"comment"_s))
                text->setPlainText(u"请补充法律依据"_s);
            else if (auto* line = dialog->findChild<QLineEdit*>(u"comment"_s))
                line->setText(u"请补充法律依据"_s);
        });
    CHECK(f.stateOf(second) == CaseState::InReview);
    CHECK(numbersIn(queue->queue()).isEmpty());
    CHECK(queue->caseView()->caseNumber().isEmpty());
}

TEST_CASE("settings: the administrator adds a user, marks a day off and names the agency", "[ui][settings]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    {
        ui::MainWindow clerkWindow(*f.database, f.clerk);
        CHECK(clerkWindow.settingsView()->usersPanel() == nullptr); // not for clerks
    }
    ui::MainWindow window(*f.database, f.admin);
    window.showPage(ui::MainWindow::Page::Settings);
    ui::SettingsView* settings = window.settingsView();
    REQUIRE(settings->usersPanel());

    // A bad agency code and pattern are refused, each beside its field, and nothing is stored.
    ui::AgencyForm* agency = settings->agencyForm();
    agency->field(u"name"_s)->setText(u"某某县人民政府办公室"_s);
    QLineEdit* code = settings->findChild<QLineEdit*>(u"agencyCode"_s);
    REQUIRE(code);
    code->setText(u"县 办!"_s);
    QLineEdit* pattern = settings->findChild<QLineEdit*>(u"documentNumberPattern"_s);
    REQUIRE(pattern);
    pattern->setText(u"某政公开〔{year}〕第号"_s);
    CHECK(agency->preview()->text().contains(u"{n}"));
    CHECK_FALSE(settings->saveAgency());
    auto* codeProblem = settings->findChild<QLabel*>(u"agencyCodeProblem"_s);
    REQUIRE(codeProblem);
    CHECK(codeProblem->text().contains(u"县 办!"));
    CHECK_FALSE(codeProblem->isHidden());
    CHECK_FALSE(settings->findChild<QLabel*>(u"documentNumberPatternProblem"_s)->isHidden());
    CHECK(settings->findChild<QLabel*>(u"agencyNameProblem"_s)->isHidden());
    CHECK(OfficeSettings(*f.database).agencyProfile().name.isEmpty());
    code->setText(u"XB-01"_s);
    pattern->setText(u"某政公开〔{year}〕第{n}号"_s);
    CHECK(agency->preview()->text().contains(u"某政公开〔%1〕第1号"_s.arg(QDate::currentDate().year())));
    ui::UsersPanel* users = settings->usersPanel();
    const int before = users->table()->rowCount();
    acceptNextDialog([&] { users->addUser(); },
        [](QWidget* w) {
            auto* dialog = qobject_cast<ui::UserDialog*>(w);
            if (!dialog)
                return;
            dialog->loginEdit()->setText(u"zhouli"_s);
            dialog->passwordEdit()->setText(u"zhouli-password-1"_s);
            dialog->repeatEdit()->setText(u"zhouli-password-1"_s);
            dialog->roleBox(Role::Clerk)->setChecked(true);
        });
    CHECK(users->table()->rowCount() == before + 1);
    const std::optional<UserAccount> added = UserRepository(*f.database).find(u"zhouli"_s);
    REQUIRE(added);
    CHECK(added->roles == QList<Role> { Role::Clerk });

    ui::CalendarPanel* calendar = settings->calendarPanel();
    REQUIRE(calendar);
    calendar->calendarWidget()->setSelectedDate(QDate(2026, 12, 1));
    REQUIRE(calendar->markSelected(false));
    CHECK_FALSE(loadOfficeCalendar(f.database->connection()).isWorkingDay(QDate(2026, 12, 1)));
    CHECK(calendar->dayLabel()->text().contains(u"admin"));
    REQUIRE(calendar->restoreSelected());
    CHECK(loadOfficeCalendar(f.database->connection()).isWorkingDay(QDate(2026, 12, 1)));

    CHECK(settings->saveAgency());
    CHECK(OfficeSettings(*f.database).agencyProfile().name == u"某某县人民政府办公室");
    CHECK(OfficeSettings(*f.database).agencyProfile().code == u"XB-01");
    CHECK(OfficeSettings(*f.database).agencyProfile().documentNumberPattern == u"某政公开〔{year}〕第{n}号");
    CHECK(codeProblem->isHidden());
}

TEST_CASE("progress dialog: hidden for quick work, shown for long work, Stop makes core stop", "[ui][progress]")
{
    test::ensureGuiApp();
    ui::WorkProgressDialog dialog(u"正在重新计算答复期限…"_s);
    QApplication::processEvents();
    CHECK_FALSE(dialog.isVisible()); // nothing reported: never shown
    CHECK(dialog.report(0, 2000));
    QTest::qWait(650); // past the half second a dialog waits before it appears
    CHECK(dialog.report(1000, 2000));
    CHECK(dialog.isVisible());
    CHECK(dialog.value() == 500);
    auto* stop = dialog.findChild<QPushButton*>();
    REQUIRE(stop);
    stop->click();
    CHECK_FALSE(dialog.report(1512, 2000));
    CHECK_THROWS_AS(reportProgress(&dialog, 1512, 2000), Error);
}

TEST_CASE("the deadline board and the case view say what the clerk must do: the fee notice's receipt, a "
          "consultation that ran out",
    "[ui][deadline]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const auto assigned = [&](const char* receipt) {
        const QString n = f.newCase(receipt);
        f.act(f.clerk, n, "accept", receipt);
        f.act(f.clerk, n, "assign", receipt, { { u"department"_s, u"办公室"_s }, { u"clerk"_s, u"wangfang"_s } });
        return n;
    };
    // 信息处理费管理办法第七条: the period to pay cannot be counted until the receipt is recorded.
    const QString fee = assigned("2026-11-02");
    f.act(f.clerk, fee, "fee_notice", "2026-11-05", { { u"method"_s, u"by_volume"_s }, { u"pages"_s, 40 } });
    // Art. 32, 34: a consultation of July with no answer has long stopped stopping the clock.
    const QString consulted = assigned("2026-07-01");
    f.act(f.clerk, consulted, "consult", "2026-07-06",
        { { u"party_kind"_s, u"third_party"_s }, { u"party"_s, u"某公司"_s } });

    ui::DeadlineBoardView board(*f.database);
    board.refresh();
    QTableWidget* table = board.table();
    const int attention = table->columnCount() - 1;
    const auto rowOf = [&](const QString& number) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == number)
                return row;
        FAIL("not on the board: " << number.toStdString());
        return -1;
    };
    const int feeRow = rowOf(fee);
    const DueEntry& feeEntry = board.entries().at(feeRow);
    CHECK(feeEntry.period.status == DeadlineStatus::Paused);
    CHECK(table->item(feeRow, 4)->text().isEmpty()); // no end known to show
    CHECK(table->item(feeRow, attention)->text() == describeWarnings(feeEntry.period).join(u' '));
    CHECK_FALSE(table->item(feeRow, attention)->text().isEmpty());
    const int consultedRow = rowOf(consulted);
    const DueEntry& consultedEntry = board.entries().at(consultedRow);
    CHECK(consultedEntry.period.status == DeadlineStatus::Overdue); // running again, not paused
    CHECK(table->item(consultedRow, attention)->text() == describeWarnings(consultedEntry.period).join(u' '));
    CHECK_FALSE(table->item(consultedRow, attention)->text().isEmpty());

    // The case view's deadline tab carries the same warning.
    ui::CaseDialog view(*f.database, f.clerk, fee);
    const QString text = view.view()->deadlineText()->toPlainText();
    CHECK(text.contains(describeWarnings(feeEntry.period).front()));
}

TEST_CASE("the calendar: weeks from Monday, a legend, an unpublished year marked provisional on the month, and a "
          "change says how many running deadlines moved",
    "[ui][calendar]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString running = f.newCase("2026-11-16"); // due 20 working days on, in December
    const QString due = sql::scalar(f.database->connection(),
        u"SELECT d.due_date FROM reply_deadlines d JOIN cases c ON c.id = d.case_id WHERE c.case_number = ?"_s,
        { running })
                            .toString();
    ui::CalendarPanel panel(*f.database, f.admin);
    panel.show();
    CHECK(panel.calendarWidget()->firstDayOfWeek() == Qt::Monday);
    CHECK(panel.legendLabel()->isVisible());
    CHECK(panel.legendLabel()->text().contains(u"make-up working day"));
    CHECK(panel.legendLabel()->text().contains(u"provisional"));

    // year shown → the banner over the month
    for (const auto& [year, provisional] : { std::pair { 2026, false }, std::pair { 2027, true } }) {
        INFO(year);
        panel.calendarWidget()->setCurrentPage(year, 3);
        QApplication::processEvents();
        CHECK(panel.provisionalLabel()->isVisible() == provisional);
        CHECK(panel.calendarWidget()->dateTextFormat(QDate(year, 3, 2)).fontItalic() == provisional);
        if (provisional)
            CHECK(panel.provisionalLabel()->text().contains(QString::number(year)));
    }

    // A day off inside the period moves its deadline by a working day; one after it moves none.
    panel.calendarWidget()->setSelectedDate(QDate(2026, 11, 27));
    REQUIRE(panel.markSelected(false));
    CHECK(panel.messageLabel()->text().contains(u"1 running reply deadline(s) moved"));
    CHECK(sql::scalar(f.database->connection(),
              u"SELECT d.due_date FROM reply_deadlines d JOIN cases c ON c.id = d.case_id WHERE c.case_number = ?"_s,
              { running })
              .toString()
        != due);
    REQUIRE(panel.restoreSelected());
    CHECK(panel.messageLabel()->text().contains(u"1 running reply deadline(s) moved"));
    const CalendarChange later
        = CalendarRepository(*f.database).setDay({ QDate(2027, 3, 1), false, u"测试"_s }, u"admin"_s);
    CHECK(later.deadlinesMoved == 0);
    CHECK(deadlinesMovedText(later).contains(u"No running reply deadline moved"));
}

TEST_CASE("the Help menu: the guide, every shortcut of the menus, where the data lives, the version", "[ui][help]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::MainWindow window(*f.database, f.chief);
    ui::HelpMenu* help = window.helpMenu();
    REQUIRE(help);
    CHECK(ui::HelpMenu::guideMarkdown().contains(u"packaging/run.sh"));
    const QStringList shortcuts = help->shortcutLines();
    CHECK(shortcuts.filter(u"Ctrl+N"_s).size() == 1); // registering, read from the File menu
    CHECK(shortcuts.filter(u"Ctrl+O"_s).size() == 1);
    CHECK(shortcuts.filter(u"F1"_s).size() == 1); // the guide itself
    for (const QString& line : shortcuts)
        CHECK(line.contains(u'\t'));
    const QStringList places = help->dataPlaceLines();
    CHECK(places.filter(f.database->path().section(u'/', -1)).size() >= 1);
    CHECK(places.filter(u".files"_s).size() == 1);
    CHECK(ui::HelpMenu::aboutText().contains(QStringLiteral(OGI_VERSION)));
}
