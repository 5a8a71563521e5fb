#include "MainWindow.h"

#include "Error.h"
#include "Timestamps.h"
#include "cases/CaseDialog.h"
#include "deadline/DeadlineBoardView.h"
#include "exchange/RegisterFileActions.h"
#include "help/HelpMenu.h"
#include "register/CaseListModel.h"
#include "register/CaseRepository.h"
#include "register/RegisterView.h"
#include "register/RegistrationDialog.h"
#include "log/LogFile.h"
#include "session/LoginDialog.h"
#include "reports/AnnualReportDue.h"
#include "reports/ReportsView.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsView.h"
#include "signoff/SignOffQueueView.h"
#include "storage/Database.h"

#include <QAction>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    // The name the window shows for someone: the display name, or the login if none was given.
    QString shownName(const UserAccount& user) { return user.displayName.isEmpty() ? user.login : user.displayName; }
} // namespace

MainWindow::MainWindow(const Database& database, const UserAccount& user, QWidget* parent)
    : MainWindow(database, user, SystemClock::instance(), parent)
{
}

MainWindow::MainWindow(const Database& database, const UserAccount& user, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
{
    buildFor(user);
    QSettings settings;
    resize(1280, 720);
    restoreGeometry(settings.value(u"main/geometry"_s).toByteArray());
    const int last = settings.value(u"main/page"_s, static_cast<int>(Page::Register)).toInt();
    showPage(static_cast<Page>(last));
    if (m_navigation->currentRow() < 0)
        showPage(Page::Register);
    // Loaded whatever view was remembered: registerApplication() and selectCase() select
    // cases in it.
    if (currentPage() != Page::Register)
        m_register->refresh();
}

void MainWindow::buildFor(const UserAccount& user)
{
    m_user = user;
    const Database& database = m_database;
    m_navigation = new QListWidget(this);
    m_pages = new QStackedWidget(this);
    m_myWork = new RegisterView(database, u"mywork"_s, false, this);
    m_register = new RegisterView(database, u"register"_s, true, this);
    m_board = new DeadlineBoardView(database, this);
    m_settings = new SettingsView(database, user, this);
    m_reports = new ReportsView(database, user, m_clock, this);
    m_signOff = nullptr;
    setWindowTitle(tr("OGI Desk — %1 — %2 (%3)")
                       .arg(QFileInfo(database.path()).fileName(),
                           shownName(user), roleNames(user.roles)));
    CaseListFilter mine;
    mine.workOf = WorkOf { user.login, user.holds(Role::Clerk), user.holds(Role::Reviewer), user.holds(Role::Chief) };
    m_myWork->setFixedFilter(mine);
    m_myWork->setOrder({ CaseListColumn::ReplyDue, false });

    m_navigation->setObjectName(u"navigation"_s);
    const auto addPage = [this](Page page, const QString& label, QWidget* widget) {
        auto* item = new QListWidgetItem(label, m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(page));
        m_pages->addWidget(widget);
    };
    addPage(Page::MyWork, tr("My work"), m_myWork);
    addPage(Page::Register, tr("Register"), m_register);
    addPage(Page::DeadlineBoard, tr("Deadline board"), m_board);
    if (user.holds(Role::Chief)) {
        m_signOff = new SignOffQueueView(database, user, this);
        addPage(Page::SignOff, tr("Awaiting sign-off"), m_signOff);
        connect(m_signOff, &SignOffQueueView::caseChanged, this, [this] { m_register->refresh(); });
        connect(m_signOff, &SignOffQueueView::reported, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    }
    addPage(Page::Reports, tr("Reports"), m_reports);
    addPage(Page::Settings, tr("Settings"), m_settings);
    m_navigation->setSpacing(3);
    m_navigation->setFixedWidth(std::max(110, m_navigation->sizeHintForColumn(0) + 32));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        refresh();
    });
    for (RegisterView* list : { m_myWork, m_register })
        connect(list, &RegisterView::caseActivated, this, &MainWindow::openCase);
    connect(m_board, &DeadlineBoardView::caseActivated, this, &MainWindow::openCase);
    connect(m_reports, &ReportsView::caseActivated, this, &MainWindow::openCase);

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(4, 4, 4, 0);
    m_reminder = buildAnnualReportReminder(m_clock);
    if (m_reminder)
        column->addWidget(m_reminder);
    auto* row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    column->addLayout(row, 1);
    setCentralWidget(central); // deletes the previous user's views
    setMenuBar(new QMenuBar(this)); // and their menus

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newCase = fileMenu->addAction(tr("&Register an application…"), this, &MainWindow::registerApplication);
    newCase->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    m_fileActions = new RegisterFileActions(
        database, user,
        [this] { return (currentList() ? currentList() : m_register)->currentFilter(); },
        [this] {
            m_register->refresh();
            refresh();
        },
        this);
    m_fileActions->addTo(fileMenu);
    fileMenu->addSeparator();
    QAction* refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction* switchAction = fileMenu->addAction(tr("S&witch user…"), this, &MainWindow::switchUser);
    switchAction->setObjectName(u"switchUser"_s);
    switchAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    QAction* openAction = caseMenu->addAction(tr("&Open / act on the case"), this, &MainWindow::openCurrentCase);
    openAction->setShortcut(Qt::CTRL | Qt::Key_O);
    QAction* search = caseMenu->addAction(tr("&Search"), this, [this] {
        if (currentList() == nullptr)
            showPage(Page::Register);
        currentList()->focusSearch();
    });
    search->setShortcut(QKeySequence::Find);
    QAction* next = caseMenu->addAction(tr("&Next case"), this, &MainWindow::nextCase);
    next->setShortcut(Qt::ALT | Qt::Key_Down);
    QAction* previous = caseMenu->addAction(tr("&Previous case"), this, &MainWindow::previousCase);
    previous->setShortcut(Qt::ALT | Qt::Key_Up);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    // Each key is one view for every role (Ctrl+4 is always 待签发): a view a role lacks
    // leaves its key unused rather than shifting the others.
    for (int row = 0; row < m_navigation->count(); ++row) {
        const auto page = static_cast<Page>(m_navigation->item(row)->data(Qt::UserRole).toInt());
        QAction* go = viewMenu->addAction(m_navigation->item(row)->text(), this, [this, page] { showPage(page); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
    }

    m_help = new HelpMenu(*this, database);
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(u"main/geometry"_s, saveGeometry());
    settings.setValue(u"main/page"_s, static_cast<int>(currentPage()));
}

QWidget* MainWindow::buildAnnualReportReminder(const Clock& clock)
{
    if (!m_user.holds(Role::Chief) && !m_user.holds(Role::Administrator))
        return nullptr;
    const QDate today = clock.today();
    const AnnualReportDue due = previousYearReportDue(OfficeSettings(m_database).officeKind(), today);
    const QString hiddenKey = u"reminders/annual_report_hidden_on"_s;
    if (!due.remind() || QSettings().value(hiddenKey).toString() == isoDate(today))
        return nullptr;
    auto* bar = new QFrame(this);
    bar->setObjectName(u"annualReportReminder"_s);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setStyleSheet(u"#annualReportReminder { background: #fff4ce; }"_s);
    auto* text = new QLabel(due.text(), bar);
    text->setWordWrap(true);
    auto* open = new QPushButton(tr("Open the annual report"), bar);
    open->setObjectName(u"openAnnualReport"_s);
    auto* hide = new QPushButton(tr("Not again today"), bar);
    hide->setObjectName(u"hideAnnualReportReminder"_s);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text, 1);
    layout->addWidget(open);
    layout->addWidget(hide);
    const int year = due.year;
    connect(open, &QPushButton::clicked, this, [this, year] {
        showPage(Page::Reports);
        m_reports->setYear(year);
        m_reports->tabs()->setCurrentIndex(1);
    });
    connect(hide, &QPushButton::clicked, this, [bar, hiddenKey, today] {
        QSettings().setValue(hiddenKey, isoDate(today));
        bar->hide();
    });
    return bar;
}

QTableView* MainWindow::caseTable() const { return m_register->table(); }

CaseListModel* MainWindow::caseModel() const { return m_register->model(); }

void MainWindow::showPage(Page page)
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(page)) {
            if (m_navigation->currentRow() == row)
                refresh();
            m_navigation->setCurrentRow(row);
            return;
        }
}

MainWindow::Page MainWindow::currentPage() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? static_cast<Page>(item->data(Qt::UserRole).toInt()) : Page::Register;
}

RegisterView* MainWindow::currentList() const
{
    if (currentPage() == Page::MyWork)
        return m_myWork;
    if (currentPage() == Page::Register)
        return m_register;
    if (currentPage() == Page::SignOff && m_signOff)
        return m_signOff->queue();
    return nullptr;
}

void MainWindow::refresh()
{
    try {
        switch (currentPage()) {
        case Page::MyWork:
            m_myWork->refresh();
            break;
        case Page::Register:
            m_register->refresh();
            break;
        case Page::DeadlineBoard:
            m_board->refresh();
            break;
        case Page::SignOff:
            if (m_signOff)
                m_signOff->refresh();
            break;
        case Page::Reports:
            m_reports->refresh();
            break;
        case Page::Settings:
            m_settings->refresh();
            break;
        }
        showTotal();
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("OGI Desk"), error.message());
    }
}

void MainWindow::showTotal()
{
    const int total = static_cast<int>(CaseRepository(m_database).count());
    statusBar()->showMessage(tr("%1 — %n case(s) in the register", nullptr, total).arg(m_database.path()));
}

void MainWindow::openCurrentCase()
{
    RegisterView* list = currentList();
    if (list) {
        openCase(list->currentCaseNumber());
    } else if (currentPage() == Page::DeadlineBoard) {
        const int row = m_board->table()->currentRow();
        if (row >= 0 && row < m_board->entries().size())
            openCase(m_board->entries().at(row).caseNumber);
    }
}

void MainWindow::openCase(const QString& caseNumber)
{
    if (caseNumber.isEmpty())
        return;
    if (m_openCase) {
        m_openCase->showCase(caseNumber);
        m_openCase->raise();
        m_openCase->activateWindow();
        return;
    }
    auto* view = new CaseDialog(m_database, m_user, caseNumber, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    m_openCase = view;
    connect(view, &QObject::destroyed, this, [this] { m_openCase = nullptr; });
    connect(view, &CaseDialog::caseChanged, this, &MainWindow::refresh);
    // Alt+Down / Alt+Up work from the case window too.
    auto* next = new QAction(view);
    next->setShortcut(Qt::ALT | Qt::Key_Down);
    connect(next, &QAction::triggered, this, &MainWindow::nextCase);
    auto* previous = new QAction(view);
    previous->setShortcut(Qt::ALT | Qt::Key_Up);
    connect(previous, &QAction::triggered, this, &MainWindow::previousCase);
    view->addActions({ next, previous });
    Q_EMIT caseOpened(view);
    view->open();
}

void MainWindow::nextCase() { moveCase(1); }

void MainWindow::previousCase() { moveCase(-1); }

void MainWindow::moveCase(int delta)
{
    RegisterView* list = currentList();
    if (!list || !list->moveSelection(delta))
        return;
    if (m_openCase)
        m_openCase->showCase(list->currentCaseNumber());
}

void MainWindow::registerApplication()
{
    RegistrationDialog dialog(m_database, m_user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showPage(Page::Register);
    m_register->refresh();
    selectCase(dialog.caseNumber());
    statusBar()->showMessage(tr("Registered %1.").arg(dialog.caseNumber()), 10000);
}

bool MainWindow::selectCase(const QString& caseNumber) { return m_register->selectCase(caseNumber); }

} // namespace ogi::ui

namespace ogi::ui {

void MainWindow::switchUser()
{
    if (m_openCase)
        m_openCase->close();
    const Page page = currentPage();
    // The cases of the one signing out stay hidden while the next one signs in; cancelling
    // gives them back their window as it was.
    centralWidget()->hide();
    menuBar()->setEnabled(false);
    LoginDialog dialog(m_database, {}, this);
    dialog.setWindowTitle(tr("Switch user — signed in: %1").arg(shownName(m_user)));
    if (dialog.exec() != QDialog::Accepted) {
        centralWidget()->show();
        menuBar()->setEnabled(true);
        return;
    }
    log::info(u"ogi-desk: %1 signed out, %2 signed in"_s.arg(m_user.login, dialog.user().login));
    delete m_fileActions;
    delete m_help;
    buildFor(dialog.user());
    showPage(page);
    if (m_navigation->currentRow() < 0)
        showPage(Page::Register);
    // The widgets that had the keyboard went with the last user's window: give it to the
    // page's first field once the new widgets are on screen.
    QTimer::singleShot(0, this, [this] {
        QWidget* shown = m_pages->currentWidget();
        for (QWidget* w = shown ? shown->nextInFocusChain() : nullptr; w && w != shown; w = w->nextInFocusChain())
            if (shown->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                w->setFocus(Qt::OtherFocusReason);
                return;
            }
        m_navigation->setFocus(Qt::OtherFocusReason);
    });
    statusBar()->showMessage(tr("Signed in as %1 (%2).").arg(shownName(m_user), roleNames(m_user.roles)), 15000);
}

} // namespace ogi::ui
