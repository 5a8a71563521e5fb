// Issue 17 (items 10, 11, 12, 15): the lists at 1366x768, the keyboard in the register, search
// by ID number and phone, menu texts and view keys.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "MainWindow.h"
#include "WorkflowFixture.h"
#include "cases/ActionDialog.h"
#include "cases/CaseDialog.h"
#include "i18n/Translations.h"
#include "lifecycle/CaseState.h"
#include "register/CaseListModel.h"
#include "register/CaseRepository.h"
#include "register/OptionalDateEdit.h"
#include "register/RegisterView.h"
#include "register/RegistrationDialog.h"
#include "storage/Database.h"
#include "workflow/ActionSpec.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QTabWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
void installChinese()
{
    static const bool installed = [] {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
        return true;
    }();
    (void)installed;
}

UserAccount account(const QString& login, QList<Role> roles)
{
    UserAccount user;
    user.login = login;
    user.roles = roles;
    return user;
}

// A first start: no widths, order or window size remembered.
void forgetSettings()
{
    QSettings settings;
    settings.remove(u"views"_s);
    settings.remove(u"main"_s);
}

struct SmallRegister
{
    QTemporaryDir dir;
    Database db = Database::open(test::newTestRegister(dir, u"k.ogi"_s), OpenMode::CreateIfMissing);
    QStringList numbers;
    SmallRegister()
    {
        CaseRepository repository(db);
        for (int i = 0; i < 3; ++i) {
            Application a = test::samplePersonApplication(QDate(2026, 3, 2).addDays(i));
            a.description = u"申请公开第%1号地块的征收补偿方案"_s.arg(i + 1);
            if (i == 1) {
                a.applicants.front().idNumber = u"110101199003078515"_s;
                a.applicants.front().phone = u"010-66012345"_s;
            }
            numbers << repository.add(a, u"c"_s);
        }
    }
};

// Every button, label and group title shown in `window` shows its whole text (a push button
// is never narrower than it asks, a label neither narrower nor, wrapped, lower), in the
// application font's size.
void checkTextsFit(QWidget* window)
{
    window->show();
    QApplication::processEvents();
    const qreal size = QApplication::font().pointSizeF();
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        else if (auto* l = qobject_cast<QLabel*>(w))
            text = l->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            text = g->title();
        if (text.isEmpty())
            continue;
        INFO(w->metaObject()->className() << " \"" << text.toStdString() << "\" in "
                                          << window->metaObject()->className());
        CHECK(w->font().pointSizeF() == size);
        if (auto* l = qobject_cast<QLabel*>(w); l && l->wordWrap()) {
            CHECK(l->height() >= l->heightForWidth(l->width()) - 1);
            continue;
        }
        INFO(w->width() << " < " << w->minimumSizeHint().width() << "/" << w->sizeHint().width());
        if (qobject_cast<QAbstractButton*>(w))
            CHECK(w->width() >= w->sizeHint().width());
        else
            CHECK(w->width() >= w->minimumSizeHint().width());
    }
}

// The width a cell needs to show `text` unelided, as the table's delegate draws it.
int neededWidth(const QTableView* table, const QString& text)
{
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    return table->fontMetrics().horizontalAdvance(text) + 2 * margin;
}
} // namespace

TEST_CASE("at first start the register shows whole case numbers and states at 1366x768", "[ui][keyboard]")
{
    test::ensureGuiApp();
    installChinese();
    forgetSettings();
    SmallRegister r;
    ui::MainWindow window(r.db, account(u"wangfang"_s, { Role::Clerk }));
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    QTableView* table = window.caseTable();
    const QHeaderView* header = table->horizontalHeader();
    const int number = static_cast<int>(CaseListColumn::CaseNumber);
    const int state = static_cast<int>(CaseListColumn::State);
    REQUIRE(table->model()->rowCount() == 3);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text = table->model()->index(row, number).data().toString();
        INFO(text.toStdString());
        CHECK(header->sectionSize(number) >= neededWidth(table, text));
    }
    // Any state a later row may hold, e.g. 保密审查中, 征求意见中.
    for (CaseState s : allCaseStates()) {
        INFO(caseStateName(s).toStdString());
        CHECK(header->sectionSize(state) >= neededWidth(table, caseStateName(s)));
    }
    // All columns fit the window: the spare width is the last column's, none is scrolled off.
    CHECK(header->length() <= table->viewport()->width());
}

TEST_CASE("a list empty at first start still fits case numbers and dates when cases come", "[ui][keyboard]")
{
    test::ensureGuiApp();
    installChinese();
    forgetSettings();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"e.ogi"_s), OpenMode::CreateIfMissing);
    ui::RegisterView view(db, u"mywork"_s, false);
    view.resize(1240, 600);
    view.show();
    view.refresh();
    REQUIRE(view.model()->rowCount() == 0);
    CaseRepository(db).add(test::samplePersonApplication(QDate(2026, 3, 2)), u"c"_s);
    view.refresh();
    REQUIRE(view.model()->rowCount() == 1);
    const QHeaderView* header = view.table()->horizontalHeader();
    for (CaseListColumn column : { CaseListColumn::CaseNumber, CaseListColumn::ReceiptDate, CaseListColumn::ReplyDue,
             CaseListColumn::State, CaseListColumn::ApplicantKind }) {
        const QString text = view.model()->index(0, static_cast<int>(column)).data().toString();
        INFO(text.toStdString());
        CHECK(header->sectionSize(static_cast<int>(column)) >= neededWidth(view.table(), text));
    }
}

TEST_CASE("the user's column widths are kept after the first start", "[ui][keyboard]")
{
    test::ensureGuiApp();
    forgetSettings();
    SmallRegister r;
    const int number = static_cast<int>(CaseListColumn::CaseNumber);
    {
        ui::MainWindow window(r.db, account(u"wangfang"_s, { Role::Clerk }));
        window.show();
        QApplication::processEvents();
        window.caseTable()->horizontalHeader()->resizeSection(number, 211);
    }
    ui::MainWindow window(r.db, account(u"wangfang"_s, { Role::Clerk }));
    window.show();
    QApplication::processEvents();
    CHECK(window.caseTable()->horizontalHeader()->sectionSize(number) == 211);
}

TEST_CASE(
    "the register's keyboard: Tab leaves the search and each date, Down and Enter reach the results", "[ui][keyboard]")
{
    test::ensureGuiApp();
    forgetSettings();
    SmallRegister r;
    ui::RegisterView view(r.db, u"keys"_s, true);
    view.resize(1300, 600);
    view.show();
    QApplication::setActiveWindow(&view);
    view.refresh();
    QApplication::processEvents();

    SECTION("Tab from the search passes each date field in one step")
    {
        view.searchBox()->setFocus();
        QWidget* previous = view.searchBox();
        QList<QWidget*> visited;
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            REQUIRE(now != nullptr);
            CHECK(now != previous); // never stuck
            visited << now;
            previous = now;
        }
        CHECK(visited.at(0) == view.receivedFrom());
        CHECK(visited.at(1) == view.receivedTo());
        // Shift+Tab goes back the same way.
        view.receivedTo()->setFocus();
        QTest::keyClick(view.receivedTo(), Qt::Key_Backtab);
        CHECK(QApplication::focusWidget() == view.receivedFrom());
        QTest::keyClick(view.receivedFrom(), Qt::Key_Backtab);
        CHECK(QApplication::focusWidget() == view.searchBox());
    }
    SECTION("a date set leaves its field in one Tab, whichever section is selected")
    {
        view.receivedFrom()->setDate(QDate(2026, 3, 3));
        CHECK(view.model()->rowCount() == 2);
        view.receivedFrom()->setFocus();
        view.receivedFrom()->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClick(view.receivedFrom(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == view.receivedTo());
    }
    SECTION("Down from the search moves to the list, on the first row")
    {
        view.searchBox()->setFocus();
        QTest::keyClick(view.searchBox(), Qt::Key_Down);
        CHECK(QApplication::focusWidget() == view.table());
        CHECK(view.currentCaseNumber() == view.model()->caseNumberAt(0));
    }
    SECTION("Enter on a single result selects it and opens it")
    {
        QSignalSpy opened(&view, &ui::RegisterView::caseActivated);
        view.searchBox()->setFocus();
        QTest::keyClicks(view.searchBox(), r.numbers.at(1));
        REQUIRE(view.model()->rowCount() == 1);
        QTest::keyClick(view.searchBox(), Qt::Key_Return);
        CHECK(view.currentCaseNumber() == r.numbers.at(1)); // so Ctrl+O opens it too
        REQUIRE(opened.size() == 1);
        CHECK(opened.at(0).at(0).toString() == r.numbers.at(1));
    }
    SECTION("Enter on several results goes to the first of them")
    {
        QSignalSpy opened(&view, &ui::RegisterView::caseActivated);
        view.searchBox()->setFocus();
        view.searchBox()->setText(u"征收补偿"_s);
        REQUIRE(view.model()->rowCount() == 3);
        QTest::keyClick(view.searchBox(), Qt::Key_Return);
        CHECK(opened.isEmpty());
        CHECK(QApplication::focusWidget() == view.table());
        CHECK(view.currentCaseNumber() == view.model()->caseNumberAt(0));
    }
}

TEST_CASE("the register finds a case by ID number or phone and says when nothing matches", "[ui][keyboard]")
{
    test::ensureGuiApp();
    installChinese();
    forgetSettings();
    SmallRegister r;
    ui::RegisterView view(r.db, u"search"_s, true);
    view.show();
    view.refresh();
    const QList<std::pair<QString, QStringList>> cases = {
        { u"110101199003078515"_s, { r.numbers.at(1) } },
        { u"8515"_s, { r.numbers.at(1) } },
        { u"66012345"_s, { r.numbers.at(1) } },
        { u"13812345678"_s, { r.numbers.at(2), r.numbers.at(0) } },
        { u"没有这样的申请"_s, {} },
    };
    for (const auto& [text, expected] : cases) {
        INFO(text.toStdString());
        view.searchBox()->setText(text);
        QStringList found;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            found << view.model()->caseNumberAt(row);
        CHECK(found == expected);
        CHECK(view.nothingFound()->isVisible() == expected.isEmpty());
        if (expected.isEmpty())
            CHECK(view.nothingFound()->text() == u"没有找到");
    }
    // The list shows no ID number (the masked display is the case view's).
    view.searchBox()->setText(u"8515"_s);
    for (int column = 0; column < view.model()->columnCount(); ++column)
        CHECK_FALSE(view.model()->index(0, column).data().toString().contains(u"199003078515"_s));
    view.searchBox()->clear();
    CHECK_FALSE(view.nothingFound()->isVisible());
}

TEST_CASE("menu texts use one ellipsis and each view key means one view for every role", "[ui][keyboard]")
{
    test::ensureGuiApp();
    installChinese();
    forgetSettings();
    SmallRegister r;
    const auto viewKeys = [&](const UserAccount& user) {
        ui::MainWindow window(r.db, user);
        QMap<QString, QString> keys; // shortcut -> view
        for (QAction* menuAction : window.menuBar()->actions()) {
            QMenu* menu = menuAction->menu();
            REQUIRE(menu != nullptr);
            for (QAction* action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                const QString text = action->text();
                INFO(text.toStdString());
                CHECK_FALSE(text.contains(u"..."_s));
                CHECK_FALSE(text.contains(u"……"_s));
            }
        }
        QMenu* view = window.menuBar()->actions().at(2)->menu();
        for (QAction* action : view->actions())
            keys.insert(action->shortcut().toString(), action->text());
        return keys;
    };
    const QMap<QString, QString> clerk = viewKeys(account(u"wangfang"_s, { Role::Clerk }));
    const QMap<QString, QString> chief = viewKeys(account(u"chenjun"_s, { Role::Chief, Role::Administrator }));
    CHECK(chief.value(u"Ctrl+4"_s) == u"待签发");
    CHECK_FALSE(clerk.contains(u"Ctrl+4"_s)); // no queue for a clerk: the key stays unused
    for (auto it = clerk.cbegin(); it != clerk.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(chief.value(it.key()) == it.value());
    }
    CHECK(clerk.size() == 5);
    CHECK(chief.size() == 6);
}

TEST_CASE("the case view, its notices and the main dialogs show whole texts in one font size at 1366x768",
    "[ui][keyboard][fit]")
{
    test::ensureGuiApp();
    installChinese();
    forgetSettings();
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    // A clerk who also signs off sees the most buttons.
    ui::CaseDialog dialog(*f.database, f.solo, number);
    checkTextsFit(&dialog);
    CHECK(dialog.width() <= 1366);
    auto* tabs = dialog.findChild<QTabWidget*>();
    REQUIRE(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        checkTextsFit(&dialog);
    }

    ui::RegistrationDialog registration(*f.database, f.clerk);
    checkTextsFit(&registration);
    for (const char* action : { "accept", "submit_review", "extend" }) {
        const ActionSpec* spec = findActionSpec(QString::fromLatin1(action));
        REQUIRE(spec);
        ui::ActionDialog step(*f.database, f.solo, number, *spec);
        checkTextsFit(&step);
    }
}
