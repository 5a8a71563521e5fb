// The desktop's sign-in and case view, driven like a user would (offscreen): the buttons
// follow the role and the state, action dialogs are built from the action's parameters and
// keep bad input on screen.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "register/CaseListModel.h"
#include "cases/ActionDialog.h"
#include "cases/CaseDialog.h"
#include "session/FirstRunDialog.h"
#include "session/LoginDialog.h"
#include "users/UserRepository.h"
#include "workflow/ActionSpec.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
        if (auto* box = qobject_cast<QComboBox*>(field))
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

TEST_CASE("first run: the administrator chooses the password", "[ui][session]")
{
    test::ensureGuiApp();
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(u"first.ogi"_s), OpenMode::CreateIfMissing);
    ui::FirstRunDialog dialog(db);
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
}

TEST_CASE("case view: buttons by role and state; a chief signs off what a clerk drafted", "[ui][workflow]")
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
    REQUIRE(actThroughDialog(f, f.clerk, number, "assign", { { "department", u"政策法规科"_s }, { "clerk", u"wangfang"_s } }));
    REQUIRE(actThroughDialog(f, f.clerk, number, "draft", { { "reply_type", u"petition"_s } }));
    REQUIRE(actThroughDialog(f, f.clerk, number, "submit", {}));

    view->reload();
    CHECK_FALSE(view->actionButton(u"sign_off"_s)); // the clerk still cannot sign off
    CHECK(view->timeline()->topLevelItemCount() == 5);
    CHECK_FALSE(view->deadlineText()->toPlainText().isEmpty());

    ui::CaseDialog chiefView(*f.database, f.chief, number);
    REQUIRE(chiefView.actionButton(u"sign_off"_s));
    CHECK(chiefView.actionButton(u"return"_s));
    CHECK_FALSE(chiefView.actionButton(u"deliver"_s));
    REQUIRE(actThroughDialog(f, f.chief, number, "sign_off", {}));
    chiefView.reload();
    CHECK_FALSE(chiefView.actionButton(u"sign_off"_s));
    CHECK(f.stateOf(number) == CaseState::SignedOff);
    view->close();
}
