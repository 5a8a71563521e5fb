#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "MainWindow.h"
#include "i18n/Translations.h"
#include "register/CaseRepository.h"
#include "register/CaseListModel.h"
#include "storage/Database.h"
#include "session/LoginDialog.h"
#include "signoff/SignOffQueueView.h"
#include "users/UserRepository.h"
#include "ModalDialogs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
// The window only shows who is signed in; the case view checks roles in core.
ogi::UserAccount clerkAccount()
{
    ogi::UserAccount user;
    user.login = QStringLiteral("wangfang");
    user.displayName = QStringLiteral("王芳");
    user.roles = { ogi::Role::Clerk };
    return user;
}
} // namespace

namespace {
void installChineseOnce()
{
    static const bool installed = [] {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
        return true;
    }();
    (void)installed;
}
} // namespace

TEST_CASE("the main window lists the register with Chinese headers and picks up new cases on refresh", "[ui]")
{
    test::ensureGuiApp();
    installChineseOnce();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"ui.db"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db);
    repository.add(test::samplePersonApplication(QDate(2026, 3, 4)), u"c"_s);
    repository.add(test::samplePersonApplication(QDate(2026, 3, 5)), u"c"_s);

    ui::MainWindow window(db, clerkAccount());
    window.show();
    QTableView* table = window.caseTable();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->headerData(0, Qt::Horizontal).toString() == u"编号");
    CHECK(table->model()->headerData(1, Qt::Horizontal).toString() == u"申请人");
    CHECK(table->model()->headerData(5, Qt::Horizontal).toString() == u"状态");
    // Newest receipt first; codes shown as Chinese names.
    CHECK(table->model()->index(0, 0).data().toString() == u"2026-0002");
    CHECK(table->model()->index(0, 1).data().toString() == u"张三");
    CHECK(table->model()->index(0, 2).data().toString() == u"自然人");
    CHECK(table->model()->index(0, 5).data().toString() == u"已登记");
    CHECK(window.statusBar()->currentMessage().contains(u"2"_s));

    repository.add(test::samplePersonApplication(QDate(2026, 3, 6)), u"c"_s);
    window.refresh();
    CHECK(table->model()->rowCount() == 3);
    CHECK(table->model()->index(0, 0).data().toString() == u"2026-0003");
    // The deadline columns; the columns after them are for lookups only.
    CHECK(table->model()->columnCount() == 9);
    CHECK(table->model()->headerData(6, Qt::Horizontal).toString() == u"答复期限");
    CHECK(table->model()->headerData(7, Qt::Horizontal).toString() == u"剩余工作日");
}

TEST_CASE("the main window fits a 1366x768 screen and fetches a large register lazily", "[ui]")
{
    test::ensureGuiApp();
    installChineseOnce();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"big.db"_s), OpenMode::CreateIfMissing);
    {
        CaseRepository repository(db);
        for (int i = 0; i < 600; ++i)
            repository.add(test::samplePersonApplication(QDate(2025, 1, 2).addDays(i % 300)), u"c"_s);
    }
    ui::MainWindow window(db, clerkAccount());
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    CHECK(window.width() <= 1366);
    CHECK(window.height() <= 768);
    // QSqlQueryModel fetches in blocks: not all 600 rows are read before they are needed.
    CHECK(window.caseModel()->rowCount() < 600);
    CHECK(window.caseModel()->canFetchMore());
    CHECK(window.statusBar()->currentMessage().contains(u"600"_s));

    // For looking at by hand: OGI_SCREENSHOT_DIR=/tmp ctest -R test_ui
    const QString shots = qEnvironmentVariable("OGI_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        window.grab().save(shots + u"/ogi-mainwindow.png"_s);
}

TEST_CASE("switch user (Ctrl+Shift+L) signs the next person in within the same window", "[ui]")
{
    test::ensureGuiApp();
    installChineseOnce();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"switch.db"_s), OpenMode::CreateIfMissing);
    UserRepository users(db);
    const UserAccount admin = users.createFirstAdministrator(u"admin"_s, u"管理员"_s, u"admin-pass-2026"_s);
    const UserAccount clerk = users.create(admin, u"wangfang"_s, u"王芳"_s, { Role::Clerk }, u"clerk-pass-2026"_s);
    users.create(admin, u"chenjun"_s, u"陈军"_s, { Role::Chief }, u"chief-pass-2026"_s);
    CaseRepository(db).add(test::samplePersonApplication(QDate(2026, 3, 4)), u"wangfang"_s);

    ui::MainWindow window(db, clerk);
    window.show();
    QAction* switchAction = window.findChild<QAction*>(u"switchUser"_s);
    REQUIRE(switchAction);
    CHECK(switchAction->shortcut() == QKeySequence(u"Ctrl+Shift+L"_s));
    CHECK(switchAction->text().startsWith(u"切换用户"_s));
    CHECK(window.signOffQueue() == nullptr);
    CHECK(window.windowTitle().contains(u"王芳"_s));

    SECTION("the chief signs in: the same window now holds the chief's views")
    {
        bool casesHidden = false;
        test::acceptNextDialog([&] { switchAction->trigger(); },
            [&](QWidget* modal) {
                auto* login = qobject_cast<ui::LoginDialog*>(modal);
                REQUIRE(login);
                // While the next person signs in, the previous one's cases are not on show.
                casesHidden = !window.centralWidget()->isVisible();
                login->loginEdit()->setText(u"chenjun"_s);
                login->passwordEdit()->setText(u"chief-pass-2026"_s);
            });
        CHECK(casesHidden);
        QApplication::processEvents(); // the new user's widgets are shown
        CHECK(window.isVisible());
        CHECK(window.centralWidget()->isVisible());
        CHECK(window.windowTitle().contains(u"陈军"_s));
        CHECK_FALSE(window.windowTitle().contains(u"王芳"_s));
        REQUIRE(window.signOffQueue() != nullptr);
        CHECK(window.statusBar()->currentMessage().contains(u"陈军"_s));
        // One menu bar, rebuilt: one 切换用户 action, and the register is there and filled.
        CHECK(window.findChildren<QMenuBar*>().size() == 1);
        CHECK(window.findChildren<QAction*>(u"switchUser"_s).size() == 1);
        window.showPage(ui::MainWindow::Page::Register);
        CHECK(window.caseTable()->model()->rowCount() == 1);
    }
    SECTION("a wrong password keeps the dialog open; cancelling gives the clerk back the window")
    {
        QString refusal;
        QTimer::singleShot(0, [&] {
            auto* login = qobject_cast<ui::LoginDialog*>(QApplication::activeModalWidget());
            REQUIRE(login);
            login->loginEdit()->setText(u"chenjun"_s);
            login->passwordEdit()->setText(u"wrong-password"_s);
            login->accept();
            refusal = login->messageLabel()->text();
            CHECK(login->isVisible());
            login->reject();
        });
        switchAction->trigger();
        CHECK_FALSE(refusal.isEmpty());
        CHECK(window.centralWidget()->isVisible());
        CHECK(window.menuBar()->isEnabled());
        CHECK(window.windowTitle().contains(u"王芳"_s));
        CHECK(window.signOffQueue() == nullptr);
    }
}
