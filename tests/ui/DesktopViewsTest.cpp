// The main window's views, driven offscreen: the register's filters and search, refresh
// keeping the selection, my work, the deadline board, the chief's sign-off queue and the
// administrator's settings.
#include "ModalDialogs.h"
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "MainWindow.h"
#include "cases/CaseDialog.h"
#include "cases/CaseView.h"
#include "deadline/CalendarRepository.h"
#include "deadline/DeadlineBoardView.h"
#include "help/HelpMenu.h"
#include "lifecycle/ReplyType.h"
#include "notices/NoticeStore.h"
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
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::acceptNextDialog;

namespace {

// Brings a new case to the chief's desk: accepted, assigned to wangfang, drafted, submitted.
QString caseAwaitingSignOff(
    test::WorkflowFixture& f, const char* receipt, const char* draftText, const char* replyType = "petition")
{
    const QString number = f.newCase(receipt);
    f.act(f.clerk, number, "accept", "2026-11-02");
    f.act(f.clerk, number, "assign", "2026-11-02",
        { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, number, "draft", "2026-11-03",
        { { u"reply_type"_s, QString::fromLatin1(replyType) }, { u"text"_s, QString::fromUtf8(draftText) } });
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

// caseAwaitingSignOff() of an applicant named `applicant`.
QString caseOfApplicant(test::WorkflowFixture& f, const char* receipt, const QString& applicant, const char* draftText)
{
    f.adjustApplication = [applicant](Application& app) { app.applicants.first().name = applicant; };
    const QString number = caseAwaitingSignOff(f, receipt, draftText);
    f.adjustApplication = nullptr;
    return number;
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

TEST_CASE("register: a search keeps the selected case while it is shown and drops it when hidden", "[ui][register]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    f.adjustApplication = [](Application& app) { app.applicants.first().name = u"欧阳明"_s; };
    const QString a = f.newCase("2026-11-02");
    f.adjustApplication = [](Application& app) { app.applicants.first().name = u"司马青"_s; };
    const QString b = f.newCase("2026-11-03");
    f.adjustApplication = nullptr;
    ui::MainWindow window(*f.database, f.clerk);
    window.showPage(ui::MainWindow::Page::Register);
    ui::RegisterView* view = window.registerView();
    QStringList announced;
    QObject::connect(view, &ui::RegisterView::currentCaseChanged, [&](const QString& n) { announced << n; });
    REQUIRE(view->selectCase(a));
    CHECK(announced == QStringList { a });
    view->searchBox()->setText(u"欧阳"_s);
    CHECK(view->currentCaseNumber() == a);
    CHECK(announced == QStringList { a }); // still the same case: no change announced
    view->searchBox()->setText(u"司马"_s);
    CHECK(numbersIn(view) == QStringList { b });
    CHECK(view->currentCaseNumber().isEmpty());
    CHECK(announced == (QStringList { a, QString() }));
    // Ctrl+O opens nothing rather than a case the list no longer shows.
    bool opened = false;
    QObject::connect(&window, &ui::MainWindow::caseOpened, [&] { opened = true; });
    window.openCurrentCase();
    CHECK_FALSE(opened);
}

TEST_CASE("sign-off queue: a search that hides the selected case empties the panes and the actions", "[ui][workflow]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString urgent = caseOfApplicant(f, "2026-10-09", u"欧阳明"_s, "欧阳明的答复草稿");
    const QString hidden = caseOfApplicant(f, "2026-10-20", u"司马青"_s, "司马青的答复草稿");
    const QString later = caseOfApplicant(f, "2026-10-30", u"欧阳华"_s, "欧阳华的答复草稿");
    ui::MainWindow window(*f.database, f.chief);
    window.showPage(ui::MainWindow::Page::SignOff);
    ui::SignOffQueueView* queue = window.signOffQueue();
    REQUIRE(numbersIn(queue->queue()) == QStringList { urgent, hidden, later });
    REQUIRE(queue->caseView()->caseNumber() == urgent);

    // The search hides the case shown: no pane, no button stays on it.
    queue->queue()->searchBox()->setText(u"司马"_s);
    REQUIRE(numbersIn(queue->queue()) == QStringList { hidden });
    CHECK(queue->queue()->currentCaseNumber().isEmpty());
    CHECK(queue->caseView()->caseNumber().isEmpty());
    CHECK(queue->caseView()->actionButton(u"sign_off"_s) == nullptr);
    CHECK(queue->caseView()->actionButton(u"return"_s) == nullptr);
    CHECK_FALSE(queue->draftText()->toPlainText().contains(u"欧阳明"));
    CHECK(queue->draftTitle()->text() == ui::SignOffQueueView::tr("Select a case in the list to see its draft reply."));

    // Choosing the one shown: the panes and the dialog are that case's.
    queue->queue()->table()->selectRow(0);
    CHECK(queue->caseView()->caseNumber() == hidden);
    CHECK(queue->draftText()->toPlainText().contains(u"司马青的答复草稿"));
    QPushButton* back = queue->caseView()->actionButton(u"return"_s);
    REQUIRE(back);
    QString title;
    QString subject;
    test::acceptNextDialog([&] { back->click(); },
        [&](QWidget* dialog) {
            title = dialog->windowTitle();
            if (auto* label = dialog->findChild<QLabel*>(u"subject"_s))
                subject = label->text();
            if (auto* text = dialog->findChild<QPlainTextEdit*>(u"comment"_s))
                text->setPlainText(u"请补充理由"_s);
            else if (auto* line = dialog->findChild<QLineEdit*>(u"comment"_s))
                line->setText(u"请补充理由"_s);
        });
    CHECK(title.contains(hidden));
    CHECK(subject.contains(hidden));
    CHECK(subject.contains(u"司马青"));
    CHECK(subject.contains(displayName(replyTypes(), ReplyType::Petition)));
    CHECK(f.stateOf(hidden) == CaseState::InReview);
    CHECK(f.stateOf(urgent) == CaseState::AwaitingSignOff);
    CHECK(window.statusBar()->currentMessage().contains(hidden));
    CHECK(window.statusBar()->currentMessage().contains(u"司马青"));

    // Nothing matches the search any more, while two cases still wait: the pane says so.
    CHECK(numbersIn(queue->queue()).isEmpty());
    CHECK(queue->caseView()->caseNumber().isEmpty());
    CHECK(queue->draftTitle()->text().contains(u"司马"));
    CHECK(queue->draftTitle()->text() != ui::SignOffQueueView::tr("Nothing is waiting for sign-off."));

    // The search cleared: the queue is back and the pane no longer says it is empty.
    queue->queue()->searchBox()->clear();
    REQUIRE(numbersIn(queue->queue()) == QStringList { urgent, later });
    CHECK(queue->draftTitle()->text() != ui::SignOffQueueView::tr("Nothing is waiting for sign-off."));
    CHECK_FALSE(queue->draftTitle()->text().contains(u"司马"));

    // A search that keeps the selected case keeps it shown.
    queue->queue()->table()->selectRow(1);
    REQUIRE(queue->caseView()->caseNumber() == later);
    queue->queue()->searchBox()->setText(u"欧阳"_s);
    CHECK(queue->queue()->currentCaseNumber() == later);
    CHECK(queue->caseView()->caseNumber() == later);
    CHECK(queue->draftText()->toPlainText().contains(u"欧阳华的答复草稿"));
    // Signing it: the next shown (and only that) is offered, and the status bar says what was done.
    QPushButton* sign = queue->caseView()->actionButton(u"sign_off"_s);
    REQUIRE(sign);
    test::acceptNextDialog([&] { sign->click(); });
    CHECK(f.stateOf(later) == CaseState::SignedOff);
    CHECK(window.statusBar()->currentMessage().contains(later));
    CHECK(queue->caseView()->caseNumber() == urgent);
}

TEST_CASE("sign-off queue: the chief reads the reply notice as it will print before signing", "[ui][workflow][notices]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    f.setAgency();
    // Not this office's information: searched, reviewed, drafted with the reasons, submitted.
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "submit_review", "2026-07-10");
    f.act(f.reviewer, number, "review", "2026-07-10", test::params({ { "result", u"pass"_s } }));
    f.act(f.clerk, number, "draft", "2026-07-13",
        test::params({ { "reply_type", u"not_responsible"_s }, { "text", u"该信息由市自然资源局负责公开"_s } }));
    f.act(f.clerk, number, "submit", "2026-07-13");
    const qint64 written = f.writtenRows();
    ui::MainWindow window(*f.database, f.chief);
    window.showPage(ui::MainWindow::Page::SignOff);
    ui::SignOffQueueView* queue = window.signOffQueue();
    REQUIRE(queue->caseView()->caseNumber() == number);
    const QString notice = queue->noticePreview()->toPlainText();
    CHECK(notice.contains(u"政府信息公开申请告知书"));
    CHECK(notice.contains(u"第三十六条第（五）项"));
    CHECK(notice.contains(u"该信息由市自然资源局负责公开")); // the draft, where it will stand
    CHECK(notice.contains(u"张三"));
    CHECK(queue->draftTabs()->currentWidget() == queue->noticePreview());
    CHECK(f.writtenRows() == written); // shown, not issued
    CHECK(NoticeStore(*f.database).list(f.repository->find(number)->id).isEmpty());
}

TEST_CASE("deadline board: a group that hides the selected case leaves none selected", "[ui][deadline]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString overdue = f.assignedCase("2026-06-01");
    const QString paused = f.newCase("2026-11-18");
    f.act(f.clerk, paused, "request_supplement", "2026-11-19",
        test::params({ { "items", u"身份证明"_s }, { "days", 10 } }));
    ui::MainWindow window(*f.database, f.clerk);
    window.showPage(ui::MainWindow::Page::DeadlineBoard);
    ui::DeadlineBoardView* board = window.deadlineBoard();
    REQUIRE(board->entries().size() == 2);
    REQUIRE(board->entries().at(0).caseNumber == overdue); // most urgent first
    board->table()->selectRow(0);
    // Only the paused: the overdue case is hidden; row 0 is now another case, not the one chosen.
    board->findChild<QPushButton*>(u"group_4"_s)->click();
    REQUIRE(board->entries().size() == 1);
    REQUIRE(board->entries().first().caseNumber == paused);
    CHECK(board->table()->currentRow() < 0);
    // Choosing it and showing all again: it stays the selected case, in its new row.
    board->table()->selectRow(0);
    board->findChild<QPushButton*>(u"group_0"_s)->click();
    REQUIRE(board->entries().size() == 2);
    REQUIRE(board->table()->currentRow() >= 0);
    CHECK(board->entries().at(board->table()->currentRow()).caseNumber == paused);
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
    CHECK(table->item(feeRow, ui::DeadlineBoardView::DueColumn)->text().isEmpty()); // no end known to show
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
    CHECK(places.filter(f.database->engine() == StorageEngine::Postgresql ? u"attachment_chunks"_s : u".files"_s).size()
        == 1);
    CHECK(ui::HelpMenu::aboutText().contains(QStringLiteral(OGI_VERSION)));
}
