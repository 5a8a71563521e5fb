// The desktop's sign-in and case view, driven like a user would (offscreen): the buttons
// follow the role and the state, action dialogs are built from the action's parameters and
// keep bad input on screen.
#include "TestApp.h"
#include "TestRegister.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "cases/ActionDialog.h"
#include "cases/CaseDialog.h"
#include "cases/CaseView.h"
#include "register/CaseListModel.h"
#include "register/RegistrationDialog.h"
#include "session/FirstRunDialog.h"
#include "session/LoginDialog.h"
#include "i18n/Translations.h"
#include "settings/AgencyForm.h"
#include "settings/OfficeSettings.h"
#include "users/UserRepository.h"
#include "workflow/ActionSpec.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// Performs `action` through its dialog with `values` typed into its fields.
bool actThroughDialog(test::WorkflowFixture& f, const UserAccount& user, const QString& number, const char* action,
    const QList<std::pair<const char*, QString>>& values, ui::ActionDialog** keep = nullptr)
{
    auto* dialog = new ui::ActionDialog(*f.database, user, number, *findActionSpec(QLatin1String(action)));
    dialog->dateEdit()->setDate(QDate(2026, 7, 2));
    for (const auto& [name, value] : values) {
        QWidget* field = dialog->field(QLatin1String(name));
        REQUIRE(field);
        if (auto* box = qobject_cast<QComboBox*>(field); box && box->isEditable() && box->findData(value) < 0)
            box->setEditText(value); // a name typed (分办's department, a clerk not listed)
        else if (box)
            box->setCurrentIndex(box->findData(value));
        else if (auto* line = qobject_cast<QLineEdit*>(field))
            line->insert(value); // QTest::keyClicks takes Latin-1 keys only; Chinese comes from an input method
    }
    dialog->accept();
    const bool accepted = dialog->result() == QDialog::Accepted;
    if (keep)
        *keep = dialog;
    else
        delete dialog;
    return accepted;
}

} // namespace

TEST_CASE("sign-in dialog: a wrong password stays on screen, the right one signs in", "[ui][session]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::LoginDialog dialog(*f.database, u"wangfang"_s);
    QTest::keyClicks(dialog.passwordEdit(), u"not-my-password"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.messageLabel()->isHidden());
    CHECK(dialog.passwordEdit()->text().isEmpty());
    QTest::keyClicks(dialog.passwordEdit(), u"password-wangfang"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().login == u"wangfang");
}

TEST_CASE("first run: the agency is named and the administrator chooses the password", "[ui][session]")
{
    test::ensureGuiApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"first.ogi"_s), OpenMode::CreateIfMissing);
    ui::FirstRunDialog dialog(db);
    // Without the agency's name nothing is created; the problem is beside the field.
    QTest::keyClicks(dialog.passwordEdit(), u"chosen-pass-1"_s);
    QTest::keyClicks(dialog.repeatEdit(), u"chosen-pass-1"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(UserRepository(db).isEmpty());
    CHECK_FALSE(dialog.findChild<QLabel*>(u"agencyNameProblem"_s)->isHidden());
    ui::AgencyForm* agency = dialog.agencyForm();
    // Chinese comes from the input method as committed text, not as key presses.
    agency->field(u"name"_s)->setText(u"某某区人民政府办公室"_s);
    agency->field(u"document_number_pattern"_s)->setText(u"某政公开〔{year}〕第{n}号"_s);
    agency->field(u"reconsideration_body"_s)->setText(u"某某区人民政府"_s);
    agency->field(u"court"_s)->setText(u"某某区人民法院"_s);
    dialog.passwordEdit()->clear();
    dialog.repeatEdit()->clear();
    QTest::keyClicks(dialog.passwordEdit(), u"chosen-pass-1"_s);
    QTest::keyClicks(dialog.repeatEdit(), u"chosen-pass-2"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(UserRepository(db).isEmpty());
    QTest::keyClicks(dialog.repeatEdit(), u"chosen-pass-1"_s);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.administrator().holds(Role::Administrator));
    CHECK_FALSE(UserRepository(db).isEmpty());
    const OfficeSettings::AgencyProfile stored = OfficeSettings(db).agencyProfile();
    CHECK(stored.name == u"某某区人民政府办公室");
    CHECK(stored.documentNumberPattern == u"某政公开〔{year}〕第{n}号");
    CHECK(stored.reconsiderationBody == u"某某区人民政府");
    CHECK(stored.court == u"某某区人民法院");
}

TEST_CASE(
    "first run: a short or empty password, a bad login and a missing agency name are all said at once", "[ui][session]")
{
    test::ensureGuiApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"first.ogi"_s), OpenMode::CreateIfMissing);
    // password, repeat, login → the fields whose problem shows (besides the agency's name)
    const QList<std::tuple<QString, QString, QString, QStringList>> table = {
        { QString(), QString(), u"admin"_s, { u"password"_s } },
        { u"short"_s, u"short"_s, u"admin"_s, { u"password"_s } },
        { u"long-enough-1"_s, u"long-enough-2"_s, u"admin"_s, { u"repeat"_s } },
        { u"short"_s, u"other"_s, u"9admin"_s, { u"login"_s, u"password"_s, u"repeat"_s } },
    };
    for (const auto& [password, repeat, login, problems] : table) {
        INFO(password.toStdString() << " / " << repeat.toStdString() << " / " << login.toStdString());
        ui::FirstRunDialog dialog(db);
        dialog.loginEdit()->setText(login);
        QTest::keyClicks(dialog.passwordEdit(), password);
        QTest::keyClicks(dialog.repeatEdit(), repeat);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(UserRepository(db).isEmpty());
        CHECK_FALSE(dialog.findChild<QLabel*>(u"agencyNameProblem"_s)->isHidden()); // the agency's, in the same go
        for (const QString& field : { u"login"_s, u"password"_s, u"repeat"_s }) {
            INFO(field.toStdString());
            CHECK(dialog.issueLabel(field)->isHidden() == !problems.contains(field));
        }
        if (problems.contains(u"password"_s))
            CHECK(dialog.issueLabel(u"password"_s)->text().contains(u"at least 8 characters"));
        CHECK_FALSE(dialog.messageLabel()->isHidden());
        CHECK(dialog.messageLabel()->text().contains(QString::number(1 + problems.size())));
    }
}

TEST_CASE("the agency form explains beside the field which body reviews the agency's acts", "[ui][settings]")
{
    test::ensureGuiApp();
    ui::AgencyForm form;
    form.show();
    // A district office's example is its own district government (行政复议法 Art. 24), not the city's.
    CHECK(form.field(u"reconsideration_body"_s)->placeholderText().contains(u"某某区人民政府"_s));
    const auto* hint = form.findChild<QLabel*>(u"reconsiderationBodyHint"_s);
    REQUIRE(hint);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(u"same level"_s));
    CHECK(hint->text().contains(u"vertically managed"_s));
    CHECK(hint->text().contains(u"one level up"_s));
    // As the office reads it.
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    ui::AgencyForm chinese;
    const QString zh = chinese.findChild<QLabel*>(u"reconsiderationBodyHint"_s)->text();
    CHECK(zh.contains(u"县级以上人民政府工作部门：填本级人民政府"_s));
    CHECK(zh.contains(u"垂直管理部门：上一级主管部门"_s));
    CHECK(zh.contains(u"人民政府：填上一级人民政府"_s));
}

TEST_CASE("case view: buttons by role and state, and a chief signs off what a clerk drafted", "[ui][workflow]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");

    // The clerk opens the case from the register.
    ui::MainWindow window(*f.database, f.clerk);
    window.show();
    QDialog* opened = nullptr;
    QObject::connect(&window, &ui::MainWindow::caseOpened, [&](QDialog* view) { opened = view; });
    window.caseTable()->setCurrentIndex(window.caseModel()->index(0, 0));
    window.openCurrentCase();
    auto* view = qobject_cast<ui::CaseDialog*>(opened);
    REQUIRE(view);
    CHECK(view->actionButton(u"accept"_s));
    CHECK(view->actionButton(u"request_supplement"_s));
    CHECK_FALSE(view->actionButton(u"sign_off"_s));
    CHECK_FALSE(view->actionButton(u"review"_s));

    REQUIRE(actThroughDialog(f, f.clerk, number, "accept", {}));
    // A bad field stays in the dialog, beside the field, and nothing is written.
    const qint64 before = f.writtenRows();
    ui::ActionDialog* assign = nullptr;
    CHECK_FALSE(actThroughDialog(
        f, f.clerk, number, "assign", { { "department", u"政策法规科"_s }, { "clerk", u"zhaomin"_s } }, &assign));
    REQUIRE(assign);
    CHECK_FALSE(assign->issueLabel(u"clerk"_s)->isHidden());
    CHECK(assign->issueLabel(u"clerk"_s)->text().contains(u"zhaomin"));
    delete assign;
    CHECK(f.writtenRows() == before);
    REQUIRE(actThroughDialog(
        f, f.clerk, number, "assign", { { "department", u"政策法规科"_s }, { "clerk", u"wangfang"_s } }));
    REQUIRE(actThroughDialog(f, f.clerk, number, "draft", { { "reply_type", u"petition"_s } }));
    REQUIRE(actThroughDialog(f, f.clerk, number, "submit", {}));

    view->view()->reload();
    CHECK_FALSE(view->actionButton(u"sign_off"_s)); // the clerk still cannot sign off
    CHECK(view->view()->timeline()->topLevelItemCount() == 5);
    CHECK_FALSE(view->view()->deadlineText()->toPlainText().isEmpty());

    ui::CaseDialog chiefView(*f.database, f.chief, number);
    REQUIRE(chiefView.actionButton(u"sign_off"_s));
    CHECK(chiefView.actionButton(u"return"_s));
    CHECK_FALSE(chiefView.actionButton(u"deliver"_s));
    REQUIRE(actThroughDialog(f, f.chief, number, "sign_off", {}));
    chiefView.view()->reload();
    CHECK_FALSE(chiefView.actionButton(u"sign_off"_s));
    CHECK(f.stateOf(number) == CaseState::SignedOff);
    view->close();
}

TEST_CASE("registering through the dialog: a bad ID number is shown beside it, then the case is in the list",
    "[ui][register]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::MainWindow window(*f.database, f.clerk);
    const int before = window.caseModel()->rowCount();

    ui::RegistrationDialog dialog(*f.database, f.clerk);
    auto line = [&](const char* name) { return qobject_cast<QLineEdit*>(dialog.field(QLatin1String(name))); };
    line("applicants[0].name")->insert(u"张三"_s);
    QTest::keyClicks(line("applicants[0].id_number"), u"110105194912310021"_s); // check digit should be X
    QTest::keyClick(line("applicants[0].id_number"), Qt::Key_Tab); // leaving the field checks it
    Q_EMIT line("applicants[0].id_number")->editingFinished();
    CHECK_FALSE(dialog.issueLabel(u"applicants[0].id_number"_s)->isHidden());
    CHECK(dialog.issueLabel(u"applicants[0].phone"_s)->isHidden()); // not touched yet: no nagging
    QTest::keyClicks(line("applicants[0].phone"), u"13812345678"_s);
    line("applicants[0].address")->insert(u"长沙市岳麓区麓山南路1号"_s);
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))->setPlainText(u"申请公开2025年岳麓街道低保名单"_s);

    dialog.accept(); // refused: the ID number
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.caseNumber().isEmpty());
    CHECK(f.repository->count() == 0);

    line("applicants[0].id_number")->clear();
    QTest::keyClicks(line("applicants[0].id_number"), u"11010519491231002X"_s);
    Q_EMIT line("applicants[0].id_number")->editingFinished();
    CHECK(dialog.issueLabel(u"applicants[0].id_number"_s)->isHidden());
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.caseNumber().startsWith(QString::number(QDate::currentDate().year())));

    window.refresh();
    CHECK(window.caseModel()->rowCount() == before + 1);
    CHECK(window.selectCase(dialog.caseNumber()));

    // A reviewer may not register: the dialog says so and stays open.
    ui::RegistrationDialog reviewerDialog(*f.database, f.reviewer);
    qobject_cast<QLineEdit*>(reviewerDialog.field(u"applicants[0].name"_s))->insert(u"李四"_s);
    reviewerDialog.accept();
    CHECK(reviewerDialog.result() != QDialog::Accepted);
    CHECK_FALSE(reviewerDialog.messageLabel()->isHidden());
}

TEST_CASE("the case view greys out a step that must wait and says what comes first", "[ui][workflow][delivery]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    f.act(f.clerk, number, "accept", "2026-07-02");
    f.act(f.clerk, number, "draft", "2026-07-02", { { u"reply_type"_s, u"petition"_s } });
    f.act(f.clerk, number, "submit", "2026-07-02");
    f.act(f.chief, number, "sign_off", "2026-07-03");

    ui::CaseView view(*f.database, f.clerk);
    view.setCase(number);
    // Signed off is not issued: delivery waits for the reply notice, and says so.
    QPushButton* deliver = view.actionButton(u"deliver"_s);
    REQUIRE(deliver);
    CHECK_FALSE(deliver->isEnabled());
    CHECK(deliver->toolTip().contains(u"Issue the reply notice first"));
    f.issueReply(number, "2026-07-03");
    view.reload();
    deliver = view.actionButton(u"deliver"_s);
    REQUIRE(deliver);
    CHECK(deliver->isEnabled());
    CHECK(deliver->toolTip().isEmpty());

    // By post the tracking number is asked for, beside its field.
    ui::ActionDialog* dialog = nullptr;
    const auto act = [&](const char* action, const QList<std::pair<const char*, QString>>& values) {
        delete dialog;
        dialog = new ui::ActionDialog(*f.database, f.clerk, number, *findActionSpec(QLatin1String(action)));
        dialog->dateEdit()->setDate(QDate(2026, 7, 6));
        for (const auto& [name, value] : values) {
            QWidget* field = dialog->field(QLatin1String(name));
            REQUIRE(field);
            if (auto* box = qobject_cast<QComboBox*>(field))
                box->setCurrentIndex(box->findData(value));
            else if (auto* line = qobject_cast<QLineEdit*>(field))
                line->insert(value);
        }
        dialog->accept();
        return dialog->result() == QDialog::Accepted;
    };
    CHECK_FALSE(act("deliver", { { "method", u"post"_s } }));
    CHECK_FALSE(dialog->issueLabel(u"tracking_number"_s)->isHidden());
    REQUIRE(act("deliver", { { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } }));

    // Archiving without a proof of receipt: the dialog warns first, and asks why.
    const qint64 before = f.writtenRows();
    CHECK_FALSE(act("archive", { { "archive_number", u"WS2026-001"_s } }));
    CHECK_FALSE(dialog->cautionLabel()->isHidden());
    CHECK(dialog->cautionLabel()->text().contains(u"No proof that the applicant received the reply"));
    CHECK_FALSE(dialog->issueLabel(u"without_proof"_s)->isHidden());
    CHECK(f.writtenRows() == before);
    REQUIRE(act("archive", { { "archive_number", u"WS2026-001"_s }, { "without_proof", u"回执未退回"_s } }));
    CHECK(f.stateOf(number) == CaseState::Archived);
    delete dialog;
}

TEST_CASE("the Art. 35 steps are offered while the reply is prepared, each once it can be taken", "[ui][workflow][art35]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    ui::CaseView view(*f.database, f.clerk);
    view.setCase(number);
    CHECK_FALSE(view.findChild<QAction*>(u"action_request_reasons"_s)); // registered: not yet
    f.act(f.clerk, number, "accept", "2026-07-02");
    view.reload();
    QAction* request = view.findChild<QAction*>(u"action_request_reasons"_s);
    REQUIRE(request);
    CHECK(request->isEnabled());
    QAction* received = view.findChild<QAction*>(u"action_reasons_received"_s);
    REQUIRE(received);
    CHECK_FALSE(received->isEnabled());
    CHECK(received->toolTip().contains(u"record the request for reasons first"));
    f.act(f.clerk, number, "request_reasons", "2026-07-03", { { u"reply_by"_s, u"2026-07-13"_s } });
    view.reload();
    CHECK(view.findChild<QAction*>(u"action_reasons_received"_s)->isEnabled());
    // Not given needs the 说明理由通知书 issued first.
    QAction* notGiven = view.findChild<QAction*>(u"action_reasons_not_given"_s);
    REQUIRE(notGiven);
    CHECK_FALSE(notGiven->isEnabled());
    CHECK(notGiven->toolTip().contains(u"说明理由通知书"));
}
TEST_CASE("first run: no field of the dialog is squeezed below its height, before or after problems are shown",
    "[ui][session]")
{
    test::ensureGuiApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"first.ogi"_s), OpenMode::CreateIfMissing);
    ui::FirstRunDialog dialog(db);
    dialog.show();
    auto fieldsFit = [&] {
        QCoreApplication::processEvents();
        // The window asks for all it holds, and that fits a 1366×768 screen.
        CHECK(dialog.minimumHeight() >= dialog.sizeHint().height());
        CHECK(dialog.sizeHint().height() <= 768 - 40);
        if (dialog.screen()->availableGeometry().height() < dialog.sizeHint().height())
            return; // the offscreen platform's 800×600 screen: the window is cut to it
        for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
            INFO(edit->objectName().toStdString() << " " << edit->height() << " < " << edit->sizeHint().height());
            CHECK(edit->height() >= edit->sizeHint().height() - 1); // a pixel of rounding; squeezed was 3 to 4 less
        }
        const auto* hint = dialog.findChild<QLabel*>(u"reconsiderationBodyHint"_s);
        CHECK(hint->height() >= hint->sizeHint().height() - 1); // both lines of the rule
    };
    fieldsFit();
    dialog.accept(); // every problem at once: more rows
    REQUIRE(dialog.result() != QDialog::Accepted);
    fieldsFit();
}
