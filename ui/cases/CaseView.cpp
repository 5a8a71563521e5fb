#include "CaseView.h"

#include "ActionDialog.h"
#include "AttachmentsPanel.h"
#include "notices/NoticesPanel.h"

#include "Clock.h"
#include "Error.h"
#include "Timestamps.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/Outcome.h"
#include "register/CaseDeadline.h"
#include "register/CaseRepository.h"
#include "register/IdentityMasking.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/ActionSpec.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/EventDetailsText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

CaseView::CaseView(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_header(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
    , m_deadline(new QPlainTextEdit(this))
    , m_attachments(new AttachmentsPanel(database, user, this))
    , m_notices(new NoticesPanel(database, user, this))
    , m_tabs(new QTabWidget(this))
    , m_actions(new QHBoxLayout)
    , m_bottom(new QHBoxLayout)
{
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setHeaderLabels({ tr("No."), tr("Date"), tr("Step"), tr("State after"), tr("By"), tr("Details") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setStretchLastSection(true);
    m_deadline->setReadOnly(true);

    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_deadline, tr("Deadline"));
    const int noticesTab = m_tabs->addTab(m_notices, tr("Notices"));
    connect(m_notices, &NoticesPanel::countChanged, this, [this, noticesTab](int count) {
        m_tabs->setTabText(noticesTab, count > 0 ? tr("Notices (%1)").arg(count) : tr("Notices"));
    });
    connect(m_notices, &NoticesPanel::caseChanged, this, [this] {
        showCase(false);
        Q_EMIT caseChanged(m_caseNumber);
    });
    const int attachmentsTab = m_tabs->addTab(m_attachments, tr("Attachments"));
    connect(m_attachments, &AttachmentsPanel::countChanged, this, [this, attachmentsTab](int count) {
        m_tabs->setTabText(attachmentsTab, count > 0 ? tr("Attachments (%1)").arg(count) : tr("Attachments"));
    });

    m_bottom->addLayout(m_actions);
    m_bottom->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(m_bottom);
}

void CaseView::setCase(const QString& caseNumber)
{
    m_caseNumber = caseNumber;
    reload();
}

QPushButton* CaseView::actionButton(const QString& action) const
{
    for (QPushButton* button : m_buttons)
        if (button->objectName() == u"action_"_s + action)
            return button;
    return nullptr;
}

void CaseView::reload() { showCase(true); }

void CaseView::showCase(bool panels)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_timeline->clear();
    m_deadline->clear();
    if (m_caseNumber.isEmpty()) {
        m_header->clear();
        m_attachments->setCase(0, {});
        m_notices->setCase(0, {});
        return;
    }
    const CaseRepository repository(m_database);
    const std::optional<CaseRecord> record = repository.find(m_caseNumber);
    if (!record) {
        m_header->setText(tr("There is no case %1.").arg(m_caseNumber));
        m_attachments->setCase(0, {});
        m_notices->setCase(0, {});
        return;
    }
    if (panels) {
        m_attachments->setCase(record->id, record->caseNumber);
        m_notices->setCase(record->id, record->caseNumber);
    }
    const Application& app = record->application;
    QString header = u"<b>%1</b> · %2"_s.arg(record->caseNumber.toHtmlEscaped(), caseStateName(record->state));
    if (app.kind == CaseKind::Correction)
        header += u" · "_s + displayName(caseKinds(), app.kind).toHtmlEscaped();
    if (const std::optional<Outcome> outcome = findOutcome(record->outcome))
        header += u" · "_s + outcomeDisplayText(*outcome).toHtmlEscaped();
    QStringList applicants;
    for (const Applicant& a : app.applicants)
        applicants << (a.representative ? tr("%1 (representative)").arg(a.name) : a.name).toHtmlEscaped();
    header += u"<br>"_s
        + (applicants.size() > 1 ? tr("Applicants: %1").arg(applicants.join(u"、"_s))
                                 : tr("Applicant: %1").arg(applicants.join(QString())));
    if (app.agent) {
        QString agent = app.agent->name.toHtmlEscaped();
        if (!app.agent->idNumber.isEmpty())
            agent += u" "_s + maskIdentityNumber(app.agent->idNumber); // personal information
        header += u"　"_s + tr("Authorised agent: %1").arg(agent);
    }
    header += u"　"_s + tr("Received: %1").arg(isoDate(app.receiptDate));
    header += u"<br>"_s + tr("Request: %1").arg(app.description.toHtmlEscaped());
    if (!record->missing.isEmpty()) {
        QStringList missing;
        for (const MissingElement& m : record->missing)
            missing << describeMissingElement(m, app).toHtmlEscaped();
        header += u"<br><span style=\"color: #b00020;\">"_s
            + tr("Missing from the application (Art. 29): %1").arg(missing.join(u"；"_s));
        if (record->state == CaseState::Registered)
            header += u" — "_s + tr("ask for a supplement within 7 working days of receipt (Art. 30)");
        header += u"</span>"_s;
    }
    m_header->setText(header);

    const QList<CaseEvent> events = repository.events(record->id);
    const WorkflowFacts facts = workflowFacts(events);
    for (const CaseEvent& e : events) {
        QString details = describeEventDetails(e);
        if (!e.note.isEmpty())
            details = details.isEmpty() ? e.note : details + u"；"_s + e.note;
        m_timeline->addTopLevelItem(new QTreeWidgetItem({ QString::number(e.seq), isoDate(e.eventDate),
            actionDisplayName(e.action), caseStateName(e.toState), e.actor, details }));
    }
    for (int column = 0; column < 5; ++column)
        m_timeline->resizeColumnToContents(column);

    try {
        const CaseDeadline deadline = caseDeadline(m_database, m_caseNumber, SystemClock::instance().today());
        m_deadline->setPlainText(caseDeadlineLines(deadline).join(u'\n'));
    } catch (const Error& error) {
        m_deadline->setPlainText(error.message());
    }

    // The steps that move the case are buttons; decisions recorded on the side (extension,
    // Art. 35 date, withdrawal, amendment) wait in one menu, so the row fits a small screen.
    QPushButton* moreButton = nullptr;
    QMenu* more = nullptr;
    for (const QString& action : CaseWorkflow(m_database).availableActions(m_user, m_caseNumber)) {
        const std::optional<Transition> t = findTransition(action, record->state, app.kind);
        // Drafting the reply is the step of 拟稿中 itself, though it stays there: a button too.
        const bool moves = (t && t->to != record->state && action != u"withdraw") || action == u"draft";
        // A step that must come first (the reply notice before delivery ...): shown, greyed out,
        // saying what to do.
        const QString missing = actionPrerequisiteProblem(action, *record, facts);
        if (!moves) {
            if (!more) {
                moreButton = new QPushButton(tr("More actions"), this);
                moreButton->setObjectName(u"moreActions"_s);
                more = new QMenu(moreButton);
                more->setToolTipsVisible(true);
                moreButton->setMenu(more);
            }
            QAction* item = more->addAction(actionDisplayName(action), this, [this, action] { runAction(action); });
            item->setObjectName(u"action_"_s + action);
            item->setEnabled(missing.isEmpty());
            item->setToolTip(missing);
            continue;
        }
        auto* button = new QPushButton(actionDisplayName(action), this);
        button->setObjectName(u"action_"_s + action);
        button->setEnabled(missing.isEmpty());
        button->setToolTip(missing);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actions->addWidget(button);
        m_buttons << button;
    }
    if (moreButton) {
        m_actions->addWidget(moreButton);
        m_buttons << moreButton;
    }
}

void CaseView::runAction(const QString& action)
{
    const ActionSpec* spec = findActionSpec(action);
    if (!spec)
        return;
    ActionDialog dialog(m_database, m_user, m_caseNumber, *spec, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString number = m_caseNumber; // a listener may show another case
        reload();
        Q_EMIT actionTaken(number, action);
        Q_EMIT caseChanged(number);
    }
}

} // namespace ogi::ui
