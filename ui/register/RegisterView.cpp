#include "RegisterView.h"

#include "Clock.h"
#include "Error.h"
#include "deadline/DeadlineStatus.h"
#include "lifecycle/CaseState.h"
#include "lifecycle/Outcome.h"
#include "register/CaseListModel.h"
#include "register/OptionalDateEdit.h"
#include "register/Vocabulary.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    int col(CaseListColumn column)
    {
        return static_cast<int>(column);
    }

    // Rows fetched at most when looking for a case to select again (about 40 blocks).
    constexpr int kSelectFetchLimit = 10000;

} // namespace

RegisterView::RegisterView(const Database& database, const QString& settingsKey, bool withFilters, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_settingsKey(settingsKey)
    , m_model(new CaseListModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_nothingFound(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QWidget(this);
    layout->addWidget(bar);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search case no., applicant, request, ID no. or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    if (withFilters) {
        buildFilters(bar);
    } else {
        auto* row = new QHBoxLayout(bar);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_search, 1);
        setTabOrder(m_search, m_table);
    }
    m_message->setObjectName(u"listMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #9b1c1c"_s);
    m_message->hide();
    layout->addWidget(m_message);
    m_nothingFound->setObjectName(u"nothingFound"_s);
    m_nothingFound->setText(tr("Nothing found"));
    m_nothingFound->hide();
    layout->addWidget(m_nothingFound);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Compact rows: a clerk should see a screenful of cases, not a dozen.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(col(CaseListColumn::ReceiptDate), Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    connect(m_table, &QTableView::activated, this, [this] {
        const QString number = currentCaseNumber();
        if (!number.isEmpty())
            Q_EMIT caseActivated(number);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterView::noteCurrentCase);
    // A reload (search, filter, sort) resets the model and with it the selection, silently:
    // the case stays selected only if it is still among the rows fetched (a keystroke never
    // fetches the whole register), otherwise none is, and a detail pane hears of it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_beforeReset = currentCaseNumber(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_beforeReset.isEmpty() && selectFetched(m_beforeReset))
            m_beforeReset.clear();
        noteCurrentCase();
    });
    // The first block may arrive as inserted rows after the reset.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_beforeReset.isEmpty())
            selectFetched(std::exchange(m_beforeReset, QString()));
    });
    // Every keystroke searches: core answers within the keystroke budget (docs/benchmarks.md).
    connect(m_search, &QLineEdit::textChanged, this, &RegisterView::applyFilters);
    // Down goes to the results, Enter opens the one found or goes to the first of several.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        if (!m_table->currentIndex().isValid())
            moveSelection(0);
        if (m_model->rowCount() == 1 && !m_model->canFetchMore())
            Q_EMIT caseActivated(currentCaseNumber());
        else
            m_table->setFocus(Qt::OtherFocusReason);
    });
}

bool RegisterView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        if (!m_table->currentIndex().isValid())
            moveSelection(0);
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

RegisterView::~RegisterView()
{
    if (m_columnsRestored)
        QSettings().setValue(u"views/%1/header"_s.arg(m_settingsKey), m_table->horizontalHeader()->saveState());
}

void RegisterView::buildFilters(QWidget* bar)
{
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto combo = [this](const QString& name, const QString& any) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->addItem(any);
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterView::applyFilters);
        return box;
    };
    m_state = combo(u"stateFilter"_s, tr("All states"));
    for (CaseState state : allCaseStates())
        m_state->addItem(caseStateName(state), caseStateCode(state));
    m_deadline = combo(u"deadlineFilter"_s, tr("Any deadline status"));
    for (DeadlineStatus status : { DeadlineStatus::Overdue, DeadlineStatus::DueToday, DeadlineStatus::DueSoon,
             DeadlineStatus::OnTrack, DeadlineStatus::Paused, DeadlineStatus::MetOnTime, DeadlineStatus::MetLate,
             DeadlineStatus::Closed })
        m_deadline->addItem(deadlineStatusName(status), static_cast<int>(status));
    m_kind = combo(u"kindFilter"_s, tr("All applicants"));
    for (const auto& term : applicantKinds())
        m_kind->addItem(displayName(applicantKinds(), term.value), static_cast<int>(term.value));
    m_outcome = combo(u"outcomeFilter"_s, tr("All outcomes"));
    for (const Outcome& outcome : allOutcomes())
        m_outcome->addItem(outcomeDisplayText(outcome), outcome.code);
    m_outcome->setMaximumWidth(260);
    m_department = combo(u"departmentFilter"_s, tr("All departments"));
    try {
        for (const QString& department : caseDepartments(m_database))
            m_department->addItem(department, department);
    } catch (const Error& error) {
        showError(error.message());
    }
    m_from = new OptionalDateEdit(this);
    m_from->setObjectName(u"receivedFrom"_s);
    m_to = new OptionalDateEdit(this);
    m_to->setObjectName(u"receivedTo"_s);
    connect(m_from, &QDateEdit::dateChanged, this, &RegisterView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &RegisterView::applyFilters);
    auto* clear = new QToolButton(this);
    clear->setObjectName(u"clearFilters"_s);
    clear->setText(tr("Clear filters"));
    connect(clear, &QToolButton::clicked, this, [this] {
        for (QComboBox* box : { m_state, m_deadline, m_kind, m_outcome, m_department }) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(0);
        }
        for (OptionalDateEdit* edit : { m_from, m_to }) {
            const QSignalBlocker block(edit);
            edit->clearDate();
        }
        const QSignalBlocker block(m_search);
        m_search->clear();
        applyFilters();
    });

    auto* dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("Received"), this));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    grid->addWidget(m_search, 0, 0, 1, 3);
    grid->addLayout(dates, 0, 3, 1, 2);
    grid->addWidget(clear, 0, 5);
    grid->addWidget(m_state, 1, 0);
    grid->addWidget(m_deadline, 1, 1);
    grid->addWidget(m_kind, 1, 2);
    grid->addWidget(m_outcome, 1, 3);
    grid->addWidget(m_department, 1, 4, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(3, 1);
    // Tab follows the bar as it is read: the first row, the second, then the list.
    QWidget* previous = m_search;
    for (QWidget* next : std::initializer_list<QWidget*> {
             m_from, m_to, clear, m_state, m_deadline, m_kind, m_outcome, m_department, m_table }) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void RegisterView::setFixedFilter(const CaseListFilter& filter)
{
    m_fixed = filter;
}

void RegisterView::setOrder(const CaseListOrder& order)
{
    m_model->setOrder(order);
    const QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(
        col(order.column), order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

CaseListFilter RegisterView::currentFilter() const
{
    CaseListFilter filter = m_fixed;
    filter.text = m_search->text();
    if (!m_state)
        return filter;
    if (const QVariant code = m_state->currentData(); code.isValid())
        if (const auto state = parseCaseState(code.toString()))
            filter.states = { *state };
    if (const QVariant status = m_deadline->currentData(); status.isValid())
        filter.deadline = static_cast<DeadlineStatus>(status.toInt());
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.applicantKind = static_cast<ApplicantKind>(kind.toInt());
    filter.outcome = m_outcome->currentData().toString();
    filter.department = m_department->currentData().toString();
    filter.receivedFrom = m_from->chosenDate();
    filter.receivedTo = m_to->chosenDate();
    return filter;
}

bool RegisterView::userFiltered() const
{
    if (!m_search->text().trimmed().isEmpty())
        return true;
    if (!m_state)
        return false;
    for (const QComboBox* box : { m_state, m_deadline, m_kind, m_outcome, m_department })
        if (box->currentIndex() > 0)
            return true;
    return m_from->chosenDate().isValid() || m_to->chosenDate().isValid();
}

QString RegisterView::currentCaseNumber() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->caseNumberAt(current.row()) : QString();
}

void RegisterView::applyFilters()
{
    try {
        m_model->load(m_database, currentFilter(), SystemClock::instance().today());
        m_message->hide();
        // An empty list says why only when the user asked for something.
        m_nothingFound->setVisible(m_model->rowCount() == 0 && userFiltered());
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    if (!m_columnsRestored) {
        m_columnsRestored = true;
        QHeaderView* header = m_table->horizontalHeader();
        const QByteArray saved = QSettings().value(u"views/%1/header"_s.arg(m_settingsKey)).toByteArray();
        if (saved.isEmpty() || !header->restoreState(saved)) {
            sizeColumnsToContent();
        } else {
            const CaseListOrder order { static_cast<CaseListColumn>(header->sortIndicatorSection()),
                header->sortIndicatorOrder() == Qt::DescendingOrder };
            if (order.column != m_model->order().column || order.descending != m_model->order().descending)
                m_model->sort(col(order.column), header->sortIndicatorOrder());
        }
        header->setStretchLastSection(true);
    }
    Q_EMIT reloaded();
}

void RegisterView::sizeColumnsToContent()
{
    QHeaderView* header = m_table->horizontalHeader();
    // Sized from the rows fetched so far (one block), never from the whole register.
    m_table->resizeColumnsToContents();
    // What the first rows may not show must fit too: a list empty at first (my work, the
    // sign-off queue) would otherwise keep its header's width for a case number or a date
    // ever after, and a state the first rows do not hold (保密审查中, 征求意见中) would be
    // cut. An incomplete application's longer state text is elided; its tooltip says it all.
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
    const auto fit = [&](CaseListColumn column, const QStringList& texts) {
        int width = header->sectionSize(col(column));
        for (const QString& text : texts)
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(text) + margin);
        header->resizeSection(col(column), std::min(width, 220));
    };
    const QString year = QString::number(SystemClock::instance().today().year());
    fit(CaseListColumn::CaseNumber, { year + u"-0000"_s });
    fit(CaseListColumn::ReceiptDate, { year + u"-00-00"_s });
    fit(CaseListColumn::ReplyDue, { year + u"-00-00"_s });
    QStringList states;
    for (CaseState state : allCaseStates())
        states << caseStateName(state);
    fit(CaseListColumn::State, states);
    QStringList kinds;
    for (const auto& term : applicantKinds())
        kinds << displayName(applicantKinds(), term.value);
    fit(CaseListColumn::ApplicantKind, kinds);
    header->resizeSection(col(CaseListColumn::ApplicantName),
        std::clamp(header->sectionSize(col(CaseListColumn::ApplicantName)), 110, 220));
    header->resizeSection(
        col(CaseListColumn::Outcome), std::clamp(header->sectionSize(col(CaseListColumn::Outcome)), 120, 220));
    // The request's width is the user's to change; 办理结果, the last, stretches to the edge.
    header->resizeSection(col(CaseListColumn::Description), 320);
}

void RegisterView::refresh()
{
    const QString current = currentCaseNumber();
    const int currentRow = m_table->currentIndex().row();
    const int top = m_table->verticalScrollBar()->value();
    applyFilters();
    while (m_model->rowCount() <= std::max(top, currentRow) + 1 && m_model->canFetchMore())
        m_model->fetchMore();
    if (!current.isEmpty())
        selectCase(current);
    m_table->verticalScrollBar()->setValue(top);
}

bool RegisterView::selectCase(const QString& caseNumber)
{
    for (int row = 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (row >= kSelectFetchLimit || !m_model->canFetchMore())
                return false;
            m_model->fetchMore();
            if (row >= m_model->rowCount())
                return false;
        }
        if (m_model->caseNumberAt(row) == caseNumber) {
            const QModelIndex index = m_model->index(row, col(CaseListColumn::CaseNumber));
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
}

bool RegisterView::selectFetched(const QString& caseNumber)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->caseNumberAt(row) == caseNumber) {
            m_table->setCurrentIndex(m_model->index(row, col(CaseListColumn::CaseNumber)));
            return true;
        }
    return false;
}

void RegisterView::noteCurrentCase()
{
    const QString current = currentCaseNumber();
    if (current == m_noted)
        return;
    m_noted = current;
    Q_EMIT currentCaseChanged(current);
}

bool RegisterView::moveSelection(int delta)
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore())
        m_model->fetchMore();
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row, col(CaseListColumn::CaseNumber));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RegisterView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegisterView::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace ogi::ui
