#include "SignOffQueueView.h"

#include "Clock.h"
#include "Error.h"
#include "Timestamps.h"
#include "cases/CaseView.h"
#include "lifecycle/CaseTransitions.h"
#include "notices/NoticePrinting.h"
#include "notices/NoticeStore.h"
#include "print/NoticeLayout.h"
#include "register/CaseListModel.h"
#include "register/CaseRepository.h"
#include "register/RegisterView.h"
#include "workflow/EventDetailsText.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

SignOffQueueView::SignOffQueueView(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_queue(new RegisterView(database, u"signoff"_s, false, this))
    , m_draftTitle(new QLabel(this))
    , m_draft(new QPlainTextEdit(this))
    , m_notice(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_case(new CaseView(database, user, this))
{
    CaseListFilter filter;
    filter.states = { CaseState::AwaitingSignOff };
    m_queue->setFixedFilter(filter);
    m_queue->setOrder({ CaseListColumn::ReplyDue, false });
    m_draft->setReadOnly(true);
    m_draft->setObjectName(u"draftText"_s);
    m_draftTitle->setObjectName(u"draftTitle"_s);
    m_draftTitle->setWordWrap(true);
    m_notice->setObjectName(u"replyNoticePreview"_s);
    m_notice->document()->setDefaultStyleSheet(
        print::noticeStyleSheet(noticeFontFamilies(database), print::PaperKind::NoticeA4));
    // The chief signs what goes out: the letter as it will print, not only the draft text.
    m_tabs->addTab(m_notice, tr("Reply notice as it will print"));
    m_tabs->addTab(m_draft, tr("Drafts and returns"));

    auto* draftPane = new QWidget(this);
    auto* draftLayout = new QVBoxLayout(draftPane);
    draftLayout->setContentsMargins(0, 0, 0, 0);
    draftLayout->addWidget(m_draftTitle);
    draftLayout->addWidget(m_tabs, 1);

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

    // The panes follow the selected row of what the list shows, also when a search hides it.
    connect(m_queue, &RegisterView::currentCaseChanged, this, &SignOffQueueView::showCurrent);
    connect(m_queue, &RegisterView::reloaded, this, [this] {
        if (m_queue->currentCaseNumber().isEmpty())
            showNothing(); // what is hidden and why changes with the search
    });
    connect(m_case, &CaseView::actionTaken, this, &SignOffQueueView::report);
    connect(m_case, &CaseView::caseChanged, this, [this](const QString& number) {
        // The case left the queue: the one below it moves up into the same row.
        const int row = m_queue->table()->currentIndex().row();
        m_queue->refresh();
        const int rows = m_queue->model()->rowCount();
        if (rows > 0 && m_queue->currentCaseNumber().isEmpty())
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

void SignOffQueueView::showNothing()
{
    m_case->setCase({});
    m_draft->clear();
    m_notice->clear();
    const QString search = m_queue->searchBox()->text().trimmed();
    if (m_queue->model()->rowCount() > 0)
        m_draftTitle->setText(tr("Select a case in the list to see its draft reply."));
    else if (!search.isEmpty())
        m_draftTitle->setText(
            tr("No case waiting for sign-off matches the search \"%1\"; clear it to see the whole queue.").arg(search));
    else
        m_draftTitle->setText(tr("Nothing is waiting for sign-off."));
}

void SignOffQueueView::report(const QString& caseNumber, const QString& action)
{
    QString applicant;
    try {
        if (const std::optional<CaseRecord> record = CaseRepository(m_database).find(caseNumber)) {
            QStringList names;
            for (const Applicant& a : record->application.applicants)
                names << a.name;
            applicant = names.join(u"、"_s);
        }
    } catch (const Error&) {
        // The message names the case without its applicant.
    }
    if (action == u"sign_off")
        Q_EMIT reported(tr("Signed off %1 (%2): the reply notice can be issued.").arg(caseNumber, applicant));
    else if (action == u"return")
        Q_EMIT reported(tr("Returned %1 (%2) for a new draft.").arg(caseNumber, applicant));
    else
        Q_EMIT reported(tr("%1: %2 recorded.").arg(caseNumber, actionDisplayName(action)));
}

void SignOffQueueView::showCurrent()
{
    const QString number = m_queue->currentCaseNumber();
    if (number.isEmpty()) {
        showNothing();
        return;
    }
    m_case->setCase(number);
    m_draft->clear();
    m_draftTitle->setText(tr("Draft reply of %1").arg(number));
    try {
        m_notice->setHtml(NoticeStore(m_database).previewDraftedReply(number, SystemClock::instance().today()));
    } catch (const Error& error) {
        // The chief sees why the letter cannot be shown (a missing setting ...), not an empty pane.
        m_notice->setPlainText(error.message());
    }
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
