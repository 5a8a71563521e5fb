#include "MainWindow.h"

#include "register/CaseListModel.h"
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

MainWindow::MainWindow(const Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_model(new CaseListModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("OGI Desk — %1").arg(QFileInfo(database.path()).fileName()));
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

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    refresh();
    resize(1280, 720);
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
