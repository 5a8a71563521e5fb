#include "SignOffQueueView.h"

#include "Error.h"
#include "Timestamps.h"
#include "cases/CaseView.h"
#include "register/CaseListModel.h"
#include "register/CaseRepository.h"
#include "register/RegisterView.h"
#include "workflow/CaseTransitions.h"
#include "workflow/EventDetailsText.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

SignOffQueueView::SignOffQueueView(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_queue(new RegisterView(database, u"signoff"_s, false, this))
    , m_draftTitle(new QLabel(this))
    , m_draft(new QPlainTextEdit(this))
    , m_case(new CaseView(database, user, this))
{
    CaseListFilter filter;
    filter.states = { CaseState::AwaitingSignOff };
    m_queue->setFixedFilter(filter);
    m_queue->setOrder({ CaseListColumn::ReplyDue, false });
    m_draft->setReadOnly(true);
    m_draft->setObjectName(u"draftText"_s);

    auto* draftPane = new QWidget(this);
    auto* draftLayout = new QVBoxLayout(draftPane);
    draftLayout->setContentsMargins(0, 0, 0, 0);
    draftLayout->addWidget(m_draftTitle);
    draftLayout->addWidget(m_draft, 1);

    auto* sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(draftPane);
    sideBySide->addWidget(m_case);
    sideBySide->setStretchFactor(0, 2);
    sideBySide->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_queue);
    split->addWidget(sideBySide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_queue, &RegisterView::reloaded, this, [this] {
        connect(m_queue->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SignOffQueueView::showCurrent, Qt::UniqueConnection);
    });
    connect(m_case, &CaseView::caseChanged, this, [this](const QString& number) {
        // The case left the queue: the one below it moves up into the same row.
        const int row = m_queue->table()->currentIndex().row();
        m_queue->refresh();
        const int rows = m_queue->model()->rowCount();
        if (rows > 0)
            m_queue->table()->selectRow(std::min(std::max(row, 0), rows - 1));
        showCurrent();
        Q_EMIT caseChanged(number);
    });
}

void SignOffQueueView::refresh()
{
    m_queue->refresh();
    if (m_queue->currentCaseNumber().isEmpty() && m_queue->model()->rowCount() > 0)
        m_queue->table()->selectRow(0);
    showCurrent();
}

void SignOffQueueView::showCurrent()
{
    const QString number = m_queue->currentCaseNumber();
    m_case->setCase(number);
    m_draft->clear();
    if (number.isEmpty()) {
        m_draftTitle->setText(tr("Nothing is waiting for sign-off."));
        return;
    }
    m_draftTitle->setText(tr("Draft reply of %1").arg(number));
    try {
        const CaseRepository repository(m_database);
        const std::optional<CaseRecord> record = repository.find(number);
        if (!record)
            return;
        QStringList lines;
        for (const CaseEvent& e : repository.events(record->id)) {
            if (e.action != u"draft" && e.action != u"return")
                continue;
            // Every draft and every return comment, newest last: the chief sees what changed.
            lines << u"%1 %2 %3"_s.arg(isoDate(e.eventDate), actionDisplayName(e.action), e.actor);
            const QString details = describeEventDetails(e);
            if (!details.isEmpty())
                lines << details;
            if (!e.note.isEmpty())
                lines << e.note;
            lines << QString();
        }
        m_draft->setPlainText(lines.join(u'\n'));
    } catch (const Error& error) {
        m_draft->setPlainText(error.message());
    }
}

} // namespace ogi::ui
