#include "DeadlineBoardView.h"

#include "Clock.h"
#include "Error.h"
#include "Timestamps.h"
#include "deadline/DeadlineDisplay.h"

#include <QBrush>
#include <QButtonGroup>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    enum Group { All, Overdue, DueToday, DueSoon, Paused };

    bool inGroup(const DueEntry& e, int group)
    {
        if (group == All)
            return true;
        if (!e.problem.isEmpty())
            return false;
        switch (group) {
        case Overdue:
            return e.period.status == DeadlineStatus::Overdue;
        case DueToday:
            return e.period.status == DeadlineStatus::DueToday;
        case DueSoon:
            return e.period.status == DeadlineStatus::DueSoon;
        case Paused:
            return e.period.status == DeadlineStatus::Paused;
        default:
            return true;
        }
    }
} // namespace

DeadlineBoardView::DeadlineBoardView(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_groups(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto* buttons = new QHBoxLayout;
    const QList<std::pair<int, QString>> groups = { { All, tr("All open") }, { Overdue, tr("Overdue") },
        { DueToday, tr("Due today") }, { DueSoon, tr("Due soon") }, { Paused, tr("Paused") } };
    for (const auto& [id, label] : groups) {
        auto* button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setObjectName(u"group_%1"_s.arg(id));
        m_groups->addButton(button, id);
        buttons->addWidget(button);
    }
    m_groups->button(All)->setChecked(true);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    connect(m_groups, &QButtonGroup::idClicked, this, &DeadlineBoardView::showGroup);

    m_table->setColumnCount(AttentionColumn + 1);
    m_table->setHorizontalHeaderLabels({ tr("Case no."), tr("Applicant"), tr("State"), tr("Next step"), tr("Clerk"),
        tr("Period"), tr("Due"), tr("Working days left"), tr("Where it stands"), tr("Attention") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() >= 0 && index.row() < m_shown.size())
            Q_EMIT caseActivated(m_shown.at(index.row()).caseNumber);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void DeadlineBoardView::refresh()
{
    try {
        m_all = dueList(m_database, SystemClock::instance().today());
    } catch (const Error& error) {
        m_all.clear();
        m_summary->setText(error.message());
        showGroup();
        return;
    }
    int counts[5] = { int(m_all.size()), 0, 0, 0, 0 };
    for (const DueEntry& e : m_all)
        for (int g = Overdue; g <= Paused; ++g)
            counts[g] += inGroup(e, g) ? 1 : 0;
    m_summary->setText(tr("%1 overdue · %2 due today · %3 due soon · %4 paused · %5 open")
                           .arg(counts[Overdue])
                           .arg(counts[DueToday])
                           .arg(counts[DueSoon])
                           .arg(counts[Paused])
                           .arg(counts[All]));
    showGroup();
}

void DeadlineBoardView::showGroup()
{
    const int group = m_groups->checkedId();
    // The selected case stays selected if it is still shown, otherwise none is: a row
    // number alone would point at another case (Ctrl+O opens the current row).
    const int before = m_table->currentRow();
    const QString selected = before >= 0 && before < m_shown.size() ? m_shown.at(before).caseNumber : QString();
    m_shown.clear();
    for (const DueEntry& e : m_all)
        if (inGroup(e, group))
            m_shown << e;
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const DueEntry& e = m_shown.at(row);
        const PeriodStatus& p = e.period;
        // What the clerk must do now: an extension not told yet (Art. 33(2)), a fee notice
        // whose receipt is not recorded, a consultation that ran out.
        const QString attention = e.problem.isEmpty() ? describeWarnings(p).join(u' ') : QString();
        const QStringList cells = { e.caseNumber, e.applicantName, caseStateName(e.state), e.next.text,
            e.clerk.isEmpty() ? tr("Unassigned") : e.clerkName,
            e.problem.isEmpty() ? periodKindName(p.kind) : QString(),
            e.problem.isEmpty() ? isoDate(p.status == DeadlineStatus::Paused ? p.pausedUntil : p.due) : QString(),
            e.problem.isEmpty() ? workingDaysLeftText(p) : QString(),
            e.problem.isEmpty() ? describePeriod(p) : e.problem, attention };
        const QVariant background = e.problem.isEmpty() ? deadlineBackground(p.status) : QVariant();
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (background.isValid())
                item->setBackground(background.value<QBrush>());
            if (column == AttentionColumn && !attention.isEmpty()) {
                item->setForeground(QBrush(QColor(0x9b, 0x1c, 0x1c)));
                item->setToolTip(attention);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    int row = -1;
    for (int r = 0; r < m_shown.size() && !selected.isEmpty(); ++r)
        if (m_shown.at(r).caseNumber == selected)
            row = r;
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
}

} // namespace ogi::ui
