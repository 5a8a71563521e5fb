// A clerk's, a reviewer's and a chief's day, driven through the window as they drive it: keys
// and clicks on what is on screen, Chinese typed into the fields as an input method gives it.
// A letter comes by post, lacks a detail and is supplemented, is accepted, assigned, reviewed,
// drafted, signed off, its reply notice issued and sent by post. Every step must be offered,
// enabled and accepted where the person looks for it: a dead end fails the test. A screenshot
// of each step goes to screenshots/day/ in the build folder, for people to look at.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "cases/ActionDialog.h"
#include "cases/CaseDialog.h"
#include "cases/CaseView.h"
#include "i18n/Translations.h"
#include "lifecycle/ReplyType.h"
#include "notices/NoticeIssueDialog.h"
#include "notices/NoticeType.h"
#include "notices/NoticesPanel.h"
#include "register/CaseListModel.h"
#include "register/RegisterView.h"
#include "register/RegistrationDialog.h"
#include "session/LoginDialog.h"
#include "signoff/SignOffQueueView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const QString shotDir = QStringLiteral(OGI_BINARY_DIR "/screenshots/day");

void shot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    QDir().mkpath(shotDir);
    CHECK(widget->grab().save(shotDir + u'/' + name + u".png"_s));
}

// Runs `trigger`, which opens a modal dialog and waits for it; `drive` gets the dialog once it
// is up and closes it (or leaves it open for a problem, which `trigger`'s caller then sees as
// a dialog that never closed: the test fails on a step that cannot be finished).
// True when a dialog opened.
bool inDialog(const std::function<void()>& trigger, const std::function<void(QDialog*)>& drive)
{
    QWidget* before = QApplication::activeModalWidget();
    auto opened = std::make_shared<bool>(false);
    auto waiting = std::make_shared<bool>(true);
    auto poll = std::make_shared<std::function<void(int)>>();
    // The poll holds itself only weakly, so that it ends with this call.
    std::weak_ptr<std::function<void(int)>> self = poll;
    *poll = [=](int triesLeft) {
        if (!*waiting)
            return;
        auto* now = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (now && now != before) {
            *opened = true;
            *waiting = false;
            drive(now);
            // A step that cannot be finished leaves its dialog open: close it so the test goes on
            // to report it instead of waiting for ever.
            QTimer::singleShot(0, now, [now] {
                if (now->isVisible())
                    now->reject();
            });
        } else if (triesLeft > 0) {
            QTimer::singleShot(10, [self, triesLeft] {
                if (auto next = self.lock())
                    (*next)(triesLeft - 1);
            });
        }
    };
    QTimer::singleShot(0, [self] {
        if (auto first = self.lock())
            (*first)(300);
    });
    trigger();
    *waiting = false;
    return *opened;
}

// Presses the dialog's OK button (named after the step) with the mouse. True when the dialog
// closed accepted.
bool pressOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    if (!buttons || !buttons->button(QDialogButtonBox::Ok))
        return false;
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return dialog->result() == QDialog::Accepted;
}

// The helpers below run inside a dialog's event loop, where a thrown REQUIRE cannot pass
// through Qt: they CHECK and leave the field as it is, and the dialog then refuses the step.
void choose(QWidget* field, const QString& code)
{
    auto* box = qobject_cast<QComboBox*>(field);
    CHECK(box);
    if (!box)
        return;
    const int index = box->findData(code);
    CHECK(index >= 0);
    if (index >= 0)
        box->setCurrentIndex(index);
}

// Types `text` into a field: Latin keys as keys, Chinese as an input method commits it.
void typeInto(QWidget* field, const QString& text)
{
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x80;
    if (auto* box = qobject_cast<QComboBox*>(field); box && box->isEditable())
        field = box->lineEdit();
    if (auto* lines = qobject_cast<QPlainTextEdit*>(field)) {
        lines->setFocus();
        lines->selectAll();
        if (latin)
            QTest::keyClicks(lines, text);
        else
            lines->insertPlainText(text);
        return;
    }
    auto* line = qobject_cast<QLineEdit*>(field);
    CHECK(line);
    if (!line)
        return;
    line->setFocus();
    line->selectAll();
    if (latin)
        QTest::keyClicks(line, text);
    else
        line->insert(text);
}

// The step `action` of the case shown: its button must be there and enabled; `fill` fills the
// dialog, OK records it. A shot of the filled dialog is saved as `shotName`.
void takeStep(ui::CaseView* view, const QString& action, const QString& shotName,
    const std::function<void(ui::ActionDialog*)>& fill = {})
{
    INFO("step " << action.toStdString() << " of " << view->caseNumber().toStdString());
    QCoreApplication::processEvents(); // buttons rebuilt by the last step are shown
    // A step that moves the case is a button; a step on the side waits under 更多操作.
    std::function<void()> press;
    if (QPushButton* button = view->actionButton(action)) {
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        press = [button] { QTest::mouseClick(button, Qt::LeftButton); };
    } else {
        auto* more = view->findChild<QPushButton*>(u"moreActions"_s);
        REQUIRE(more);
        REQUIRE(more->isVisible());
        REQUIRE(more->menu());
        QAction* item = more->menu()->findChild<QAction*>(u"action_"_s + action);
        REQUIRE(item);
        REQUIRE(item->isEnabled());
        press = [item] { item->trigger(); };
    }
    bool accepted = false;
    QString problem;
    const bool opened = inDialog(press, [&](QDialog* modal) {
        auto* dialog = qobject_cast<ui::ActionDialog*>(modal);
        if (!dialog)
            return;
        if (fill)
            fill(dialog);
        shot(dialog, shotName);
        accepted = pressOk(dialog);
        if (!accepted)
            for (QLabel* label : dialog->findChildren<QLabel*>())
                if (label->isVisible() && !label->text().isEmpty())
                    problem += label->text() + u" | "_s;
    });
    REQUIRE(opened);
    INFO("what the dialog showed: " << problem.toStdString());
    REQUIRE(accepted);
}

// 切换用户 through the File menu's action (Ctrl+Shift+L), signing `login` in.
void switchUser(ui::MainWindow& window, const QString& login)
{
    QApplication::setActiveWindow(&window);
    bool signedIn = false;
    const bool opened = inDialog([&] { QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); },
        [&](QDialog* modal) {
            auto* dialog = qobject_cast<ui::LoginDialog*>(modal);
            if (!dialog)
                return;
            typeInto(dialog->loginEdit(), login);
            typeInto(dialog->passwordEdit(), u"password-"_s + login);
            QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
            signedIn = dialog->result() == QDialog::Accepted;
        });
    REQUIRE(opened);
    REQUIRE(signedIn);
    QCoreApplication::processEvents(); // the new user's menus are shown
    QApplication::setActiveWindow(&window);
    CHECK(window.focusWidget()); // the keyboard is somewhere in the window
    REQUIRE(window.windowTitle().contains(login) == false); // the display name is shown, not the login
}

// Opens `number` from the list shown with the keyboard (select, Enter) and returns the case
// window, which stays open until closed.
ui::CaseDialog* openFromList(ui::MainWindow& window, ui::RegisterView* list, const QString& number)
{
    ui::CaseDialog* opened = nullptr;
    auto connection = QObject::connect(
        &window, &ui::MainWindow::caseOpened, [&](QDialog* view) { opened = qobject_cast<ui::CaseDialog*>(view); });
    REQUIRE(list->selectCase(number));
    list->table()->setFocus();
    QTest::keyClick(list->table(), Qt::Key_Return);
    QObject::disconnect(connection);
    REQUIRE(opened);
    REQUIRE(opened->view()->caseNumber() == number);
    return opened;
}

// Closes the case window as its close button does; the window goes once events run.
void closeCase(QDialog* view)
{
    QPointer<QDialog> guard(view);
    view->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
}

bool listShows(ui::RegisterView* list, const QString& number)
{
    list->refresh();
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, 0).data().toString() == number)
            return true;
    return false;
}

} // namespace

TEST_CASE("a working day through the window: a letter from registration to delivery, no dead end", "[ui][walkthrough]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance()); // zh_CN, as users see it
    test::WorkflowFixture f;
    f.setAgency();
    QDir(shotDir).removeRecursively();

    ui::MainWindow window(*f.database, f.clerk);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    shot(&window, u"00-clerk-signed-in"_s);

    // 1. 登记: a letter, opened today (Art. 31(2): received the day the letter is signed for).
    QString number;
    REQUIRE(inDialog([&] { QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); },
        [&](QDialog* modal) {
            auto* dialog = qobject_cast<ui::RegistrationDialog*>(modal);
            if (!dialog)
                return;
            choose(dialog->channelBox(), u"post"_s);
            typeInto(dialog->field(u"applicants[0].name"_s), u"刘晓梅"_s);
            typeInto(dialog->field(u"applicants[0].id_number"_s), u"11010519491231002X"_s);
            typeInto(dialog->field(u"applicants[0].phone"_s), u"13812345678"_s);
            typeInto(dialog->field(u"applicants[0].address"_s), u"示范区和平路8号"_s);
            auto* request = qobject_cast<QPlainTextEdit*>(dialog->field(u"description"_s));
            REQUIRE(request);
            request->setFocus();
            request->insertPlainText(u"申请公开和平路拓宽工程的征收补偿方案"_s);
            shot(dialog, u"01-registration-by-post"_s);
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            number = dialog->caseNumber();
        }));
    REQUIRE_FALSE(number.isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(number));
    CHECK(window.registerView()->currentCaseNumber() == number);
    CHECK(listShows(window.myWorkView(), number)); // the registering clerk's until it is assigned

    // 2. 告知补正 and the applicant's answer, which accepts the application.
    ui::CaseDialog* view = openFromList(window, window.registerView(), number);
    shot(view, u"02-case-registered"_s);
    takeStep(view->view(), u"request_supplement"_s, u"03-ask-for-supplement"_s, [](ui::ActionDialog* d) {
        typeInto(d->field(u"items"_s), u"请写明所需征收补偿方案的具体地块"_s);
    });
    // The notice reached the applicant (Art. 30: the period runs from then); the answer comes.
    takeStep(view->view(), u"notice_received"_s, u"04-notice-received"_s, [](ui::ActionDialog* d) {
        typeInto(d->field(u"received"_s), QDate::currentDate().toString(Qt::ISODate));
        choose(d->field(u"evidence"_s), u"postal_tracking"_s);
    });
    takeStep(view->view(), u"supplement_received"_s, u"05-supplement-received"_s);
    CHECK(f.stateOf(number) == CaseState::Accepted);

    // 3. 分办 to the clerk herself, picked from the office's clerks.
    takeStep(view->view(), u"assign"_s, u"06-assign"_s, [&](ui::ActionDialog* d) {
        typeInto(d->field(u"department"_s), u"政策法规科"_s);
        QWidget* clerk = d->field(u"clerk"_s);
        if (auto* box = qobject_cast<QComboBox*>(clerk); box && box->findData(f.clerk.login) >= 0)
            box->setCurrentIndex(box->findData(f.clerk.login));
        else
            typeInto(clerk, f.clerk.login);
    });
    takeStep(view->view(), u"submit_review"_s, u"07-submit-for-review"_s);
    shot(view, u"08-case-awaiting-review"_s);
    closeCase(view);

    // 4. The reviewer signs in at the same window: the case is in their work.
    switchUser(window, f.reviewer.login);
    window.showPage(ui::MainWindow::Page::MyWork);
    REQUIRE(listShows(window.myWorkView(), number));
    shot(&window, u"09-reviewer-my-work"_s);
    view = openFromList(window, window.myWorkView(), number);
    takeStep(view->view(), u"review"_s, u"10-confidentiality-review"_s, [](ui::ActionDialog* d) {
        choose(d->field(u"result"_s), u"partial"_s);
        choose(d->field(u"article"_s), u"art15_third_party"_s);
        typeInto(d->field(u"basis"_s), u"《中华人民共和国政府信息公开条例》第十五条"_s);
    });
    closeCase(view);

    // 5. The clerk drafts the reply the review allows, and submits it.
    switchUser(window, f.clerk.login);
    window.showPage(ui::MainWindow::Page::MyWork);
    REQUIRE(listShows(window.myWorkView(), number));
    view = openFromList(window, window.myWorkView(), number);
    takeStep(view->view(), u"draft"_s, u"11-draft"_s, [](ui::ActionDialog* d) {
        auto* type = qobject_cast<QComboBox*>(d->field(u"reply_type"_s));
        REQUIRE(type);
        CHECK(type->currentData().toString() == u"partly_disclose"); // from the review
        typeInto(d->field(u"text"_s), u"经审查，所申请信息中涉及个人隐私的部分不予公开，其余部分予以公开。"_s);
    });
    takeStep(view->view(), u"submit"_s, u"12-submit-for-sign-off"_s);
    closeCase(view);

    // 6. The chief finds it in 待签发 (Ctrl+4), reads the reply as it will print, signs it off.
    switchUser(window, f.chief.login);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    REQUIRE(window.currentPage() == ui::MainWindow::Page::SignOff);
    ui::SignOffQueueView* queue = window.signOffQueue();
    REQUIRE(queue);
    REQUIRE(queue->queue()->selectCase(number));
    QApplication::processEvents();
    REQUIRE(queue->caseView()->caseNumber() == number);
    queue->draftTabs()->setCurrentWidget(queue->noticePreview());
    CHECK(queue->noticePreview()->toPlainText().contains(u"刘晓梅"_s));
    shot(&window, u"13-chief-reads-the-reply"_s);
    takeStep(queue->caseView(), u"sign_off"_s, u"14-sign-off"_s);
    CHECK(window.statusBar()->currentMessage().contains(number));
    CHECK(f.stateOf(number) == CaseState::SignedOff);
    shot(&window, u"15-queue-after-sign-off"_s);

    // 7. The clerk issues the reply notice from the case's 文书 tab and sends it by post.
    switchUser(window, f.clerk.login);
    window.showPage(ui::MainWindow::Page::Register);
    view = openFromList(window, window.registerView(), number);
    QPushButton* deliver = view->view()->actionButton(u"deliver"_s);
    REQUIRE(deliver);
    CHECK_FALSE(deliver->isEnabled()); // the reply notice comes first, and the button says so
    CHECK_FALSE(deliver->toolTip().isEmpty());
    ui::NoticesPanel* notices = view->view()->notices();
    view->findChild<QTabWidget*>()->setCurrentWidget(notices);
    const QString replyCode = QLatin1String(replyNoticeType(ReplyType::PartlyDisclose).code);
    QAction* issueReply = notices->issueMenu()->findChild<QAction*>(u"issue_"_s + replyCode);
    if (!issueReply)
        for (QAction* a : notices->issueMenu()->actions())
            if (a->objectName() == u"issue_"_s + replyCode)
                issueReply = a;
    REQUIRE(issueReply);
    REQUIRE(issueReply->isEnabled());
    bool issued = false;
    REQUIRE(inDialog([&] { issueReply->trigger(); },
        [&](QDialog* modal) {
            auto* dialog = qobject_cast<ui::NoticeIssueDialog*>(modal);
            if (!dialog)
                return;
            // The parts the draft did not fill, typed by the clerk.
            for (QPlainTextEdit* part : dialog->findChildren<QPlainTextEdit*>())
                if (part->isVisible() && part->toPlainText().trimmed().isEmpty())
                    part->insertPlainText(u"（经办人填写）"_s);
            dialog->updatePreview();
            shot(dialog, u"16-issue-reply-notice"_s);
            issued = pressOk(dialog);
        }));
    REQUIRE(issued);
    shot(view, u"17-notice-issued"_s);
    deliver = view->view()->actionButton(u"deliver"_s);
    REQUIRE(deliver);
    CHECK(deliver->isEnabled());
    takeStep(view->view(), u"deliver"_s, u"18-deliver-by-post"_s, [](ui::ActionDialog* d) {
        choose(d->field(u"method"_s), u"post"_s);
        typeInto(d->field(u"tracking_number"_s), u"XA123456789CN"_s);
    });
    CHECK(f.stateOf(number) == CaseState::Replied);
    shot(view, u"19-delivered"_s);
    closeCase(view);
    WARN("screenshots of the day: " << shotDir.toStdString());
}
