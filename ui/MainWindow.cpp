#include "MainWindow.h"

#include "cases/CaseDialog.h"
#include "register/CaseListModel.h"
#include "register/RegistrationDialog.h"
#include "register/CaseListQuery.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace ogi::ui {

MainWindow::MainWindow(const Database& database, const UserAccount& user, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_user(user)
    , m_model(new CaseListModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("OGI Desk — %1 — %2 (%3)")
                       .arg(QFileInfo(database.path()).fileName(),
                           user.displayName.isEmpty() ? user.login : user.displayName, roleNames(user.roles)));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Compact rows: a clerk should see a screenful of cases, not a dozen.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setCentralWidget(m_table);
    connect(m_table, &QTableView::activated, this, &MainWindow::openCurrentCase);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newCase = fileMenu->addAction(tr("&Register an application…"), this, &MainWindow::registerApplication);
    newCase->setShortcut(QKeySequence::New);
    QAction* openCase = fileMenu->addAction(tr("&Open case"), this, &MainWindow::openCurrentCase);
    openCase->setShortcut(Qt::CTRL | Qt::Key_O);
    QAction* refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    refresh();
    resize(1280, 720);
}

void MainWindow::openCurrentCase()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString caseNumber
        = m_model->index(current.row(), static_cast<int>(CaseListColumn::CaseNumber)).data().toString();
    auto* view = new CaseDialog(m_database, m_user, caseNumber, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &CaseDialog::caseChanged, this, &MainWindow::refresh);
    Q_EMIT caseOpened(view);
    view->open();
}

void MainWindow::registerApplication()
{
    RegistrationDialog dialog(m_database, m_user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCase(dialog.caseNumber());
    statusBar()->showMessage(tr("Registered %1.").arg(dialog.caseNumber()), 10000);
}

bool MainWindow::selectCase(const QString& caseNumber)
{
    const int column = static_cast<int>(CaseListColumn::CaseNumber);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        if (index.data().toString() == caseNumber) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void MainWindow::refresh()
{
    m_model->load(m_database);
    // Sized from the rows fetched so far (one block), never from the whole register.
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(static_cast<int>(CaseListColumn::Description), QHeaderView::Stretch);
    header->resizeSection(static_cast<int>(CaseListColumn::ApplicantName),
        qMax(header->sectionSize(static_cast<int>(CaseListColumn::ApplicantName)), 120));
    header->resizeSection(static_cast<int>(CaseListColumn::Outcome),
        qMax(header->sectionSize(static_cast<int>(CaseListColumn::Outcome)), 160));
    const int total = static_cast<int>(CaseRepository(m_database).count());
    statusBar()->showMessage(tr("%1 — %n case(s) in the register", nullptr, total).arg(m_database.path()));
}

} // namespace ogi::ui
