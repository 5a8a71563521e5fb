#include "TestApp.h"
#include "TestFiles.h"

#include "MainWindow.h"
#include "i18n/Translations.h"
#include "register/CaseRepository.h"
#include "register/CaseListModel.h"
#include "storage/Database.h"

#include <QApplication>
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
    const Database db = Database::open(dir.filePath(u"ui.db"_s), OpenMode::CreateIfMissing);
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
    const Database db = Database::open(dir.filePath(u"big.db"_s), OpenMode::CreateIfMissing);
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
