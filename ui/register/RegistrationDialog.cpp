#include "RegistrationDialog.h"

#include "AgentForm.h"
#include "ApplicantForm.h"
#include "EarlierApplicantOffer.h"
#include "TermBoxes.h"

#include "Clock.h"
#include "Error.h"
#include "register/ApplicationElements.h"
#include "register/ApplicationValidator.h"
#include "register/CaseRepository.h"
#include "register/EarlierApplicants.h"
#include "register/ReceiptDateRule.h"
#include "repeats/RepeatFinder.h"
#include "storage/Database.h"
#include "Timestamps.h"
#include "workflow/CaseWorkflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    QDateEdit* dateEdit(QWidget* parent)
    {
        auto* edit = new QDateEdit(QDate::currentDate(), parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(QDate::currentDate());
        return edit;
    }

    // "applicants[2].phone" -> 2 and "phone"; -1 for a field of the request or the agent.
    int applicantOf(const QString& name, QString* rest)
    {
        static const QRegularExpression pattern(u"^applicants\\[(\\d+)\\]\\.(.+)$"_s);
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            return -1;
        *rest = m.captured(2);
        return m.captured(1).toInt();
    }

    const QString kAgent = u"agent."_s;

    // How many of the similar cases a hint names; the register has the rest.
    constexpr int kCasesNamed = 3;
    constexpr int kRepeatPauseMs = 300;

    QString namedCases(const QList<SimilarCase>& cases)
    {
        QStringList named;
        for (const SimilarCase& c : cases.mid(0, kCasesNamed))
            named << RegistrationDialog::tr("%1 (%2, received %3, %4% alike)")
                         .arg(c.caseNumber, c.applicantName, isoDate(c.receiptDate))
                         .arg(qRound(c.similarity * 100));
        return named.join(RegistrationDialog::tr(", "));
    }
} // namespace

RegistrationDialog::RegistrationDialog(const Database& database, const UserAccount& user, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_user(user)
    , m_applicantList(new QVBoxLayout)
    , m_addApplicant(new QPushButton(tr("Add a co-applicant"), this))
    , m_agent(new AgentForm(this))
    , m_caseKind(termBox(caseKinds(), this))
    , m_channel(termBox(channels(), this))
    , m_submitted(dateEdit(this))
    , m_receipt(dateEdit(this))
    , m_receiptRule(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_documentNumber(new QLineEdit(this))
    , m_form(optionalTermBox(requestedForms(), this))
    , m_delivery(optionalTermBox(deliveryWays(), this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_repeatHint(new QLabel(this))
    , m_repeatTimer(new QTimer(this))
    , m_save(nullptr)
    , m_cancel(nullptr)
{
    setWindowTitle(tr("Register an application"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_message->hide();
    m_missing->setObjectName(u"missingElements"_s);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(u"color: #8a5a00;"_s);
    m_missing->hide();
    m_repeatHint->setObjectName(u"repeatHint"_s);
    m_repeatHint->setWordWrap(true);
    m_repeatHint->setStyleSheet(u"color: #8a5a00;"_s);
    m_repeatHint->hide();
    m_repeatTimer->setSingleShot(true);
    m_repeatTimer->setInterval(kRepeatPauseMs);
    connect(m_repeatTimer, &QTimer::timeout, this, &RegistrationDialog::updateRepeatHint);
    m_receiptRule->setWordWrap(true);
    m_receiptRule->setStyleSheet(u"color: palette(mid);"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    m_addApplicant->setToolTip(tr("Several persons or organisations apply together (共同申请)"));

    // Who applies: the applicants, then the agent, in a column that scrolls when it grows.
    auto* people = new QWidget;
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addLayout(m_applicantList);
    peopleLayout->addWidget(m_addApplicant, 0, Qt::AlignLeft);
    peopleLayout->addWidget(m_agent);
    peopleLayout->addStretch(1);
    m_agent->setParent(people);
    m_addApplicant->setParent(people);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(people);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* requestBox = new QGroupBox(tr("Application"), this);
    auto* r = new QFormLayout(requestBox);
    m_requestForm = r;
    r->addRow(tr("Kind:"), m_caseKind);
    m_caseKind->setToolTip(tr("A request to correct a record about the applicant (Art. 41) is not an application for "
                              "government information: its own steps and notices, no statutory period, not counted "
                              "in the annual report's section 三"));
    r->addRow(tr("Channel:"), m_channel);
    m_fields.add(r, u"submitted_date"_s, tr("Submitted on:"), m_submitted);
    m_fields.add(r, u"receipt_date"_s, tr("Received on (Art. 31):"), m_receipt);
    r->addRow(QString(), m_receiptRule);
    m_fields.add(r, u"description"_s, tr("Information requested:"), m_description);
    r->addRow(tr("Document number:"), m_documentNumber);
    m_fields.add(r, u"requested_form"_s, tr("Form:"), m_form);
    r->addRow(tr("Way of receiving:"), m_delivery);
    r->addRow(tr("Note:"), m_note);
    // A correction request's evidence (Art. 41: 有证据证明), attached when it is registered.
    m_evidenceRow = new QWidget(requestBox);
    auto* evidenceLayout = new QHBoxLayout(m_evidenceRow);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_evidence = new QLineEdit(m_evidenceRow);
    m_evidence->setPlaceholderText(tr("the evidence that the record is inaccurate"));
    m_chooseEvidence = new QPushButton(tr("Choose…"), m_evidenceRow);
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addWidget(m_chooseEvidence);
    r->addRow(tr("Evidence:"), m_evidenceRow);
    connect(m_chooseEvidence, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Evidence (Art. 41)"));
        if (!path.isEmpty())
            m_evidence->setText(path);
    });

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addWidget(requestBox, 1, Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_save->setText(tr("&Register"));
    m_save->setToolTip(tr("Register the application (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &RegistrationDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
    layout->addWidget(m_repeatHint);
    layout->addWidget(m_missing);
    layout->addWidget(buttons);

    connect(m_addApplicant, &QPushButton::clicked, this, &RegistrationDialog::addApplicant);
    connect(m_agent, &AgentForm::edited, this, &RegistrationDialog::updateMissing);
    connect(m_agent, &AgentForm::fieldLeft, this, [this](const QString& name) { fieldLeft(kAgent + name); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &RegistrationDialog::channelChanged);
    connect(m_caseKind, &QComboBox::currentIndexChanged, this, &RegistrationDialog::caseKindChanged);
    connect(m_submitted, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (receiptIsSubmissionDay(termValue(channels(), m_channel)))
            m_receipt->setDate(date);
    });
    connect(m_submitted, &QDateEdit::editingFinished, this, [this] { fieldLeft(u"submitted_date"_s); });
    connect(m_receipt, &QDateEdit::editingFinished, this, [this] { fieldLeft(u"receipt_date"_s); });
    m_form->setCurrentIndex(m_form->findData(u"paper"_s));
    m_delivery->setCurrentIndex(m_delivery->findData(u"post"_s));
    for (QComboBox* box : { m_form, m_delivery })
        connect(box, &QComboBox::currentIndexChanged, this, &RegistrationDialog::updateMissing);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RegistrationDialog::updateMissing);
    connect(m_description, &QPlainTextEdit::textChanged, m_repeatTimer, qOverload<>(&QTimer::start));

    m_people = scroll;
    addApplicant();
    channelChanged();
    caseKindChanged();
    m_applicants.front()->fields().field(u"name"_s)->setFocus();
    resize(1120, 680);
}

RegistrationDialog::~RegistrationDialog()
{
    // Closing moves the focus out of a field, whose "left" signal must not reach a dialog
    // whose members are gone.
    for (QObject* child : findChildren<QObject*>())
        child->blockSignals(true);
}

void RegistrationDialog::addApplicant()
{
    auto* form = new ApplicantForm(this);
    m_applicants << form;
    m_applicantList->addWidget(form);
    connect(form, &ApplicantForm::edited, this, &RegistrationDialog::updateMissing);
    connect(form, &ApplicantForm::fieldLeft, this,
        [this, form](const QString& name) { fieldLeft(u"applicants[%1]."_s.arg(m_applicants.indexOf(form)) + name); });
    connect(form, &ApplicantForm::representativeChosen, this, [this](ApplicantForm* chosen) {
        for (ApplicantForm* other : std::as_const(m_applicants))
            if (other != chosen)
                other->setRepresentative(false);
    });
    connect(form, &ApplicantForm::removeRequested, this, &RegistrationDialog::removeApplicant);
    connect(form, &ApplicantForm::lookupWanted, this, [this, form](const QString& text) {
        try {
            form->offerEarlier(findEarlierApplicants(m_database.connection(), text));
        } catch (const Error& error) {
            m_message->setText(error.message());
            m_message->show();
        }
    });
    connect(form, &ApplicantForm::earlierChosen, this,
        [this, form](const EarlierApplicant& earlier) { fillFromEarlier(form, earlier); });
    if (m_applicants.size() == 1)
        connect(form, &ApplicantForm::edited, m_repeatTimer, qOverload<>(&QTimer::start));
    for (int i = 0; i < m_applicants.size(); ++i)
        m_applicants.at(i)->setPosition(i, int(m_applicants.size()));
    updateTabOrder();
    updateMissing();
    // Once the new form's widgets are shown (the next turn of the event loop) it has its width.
    QTimer::singleShot(0, this, &RegistrationDialog::fitPeopleColumn);
    if (m_applicants.size() > 1)
        form->fields().field(u"name"_s)->setFocus();
}

void RegistrationDialog::removeApplicant(ApplicantForm* form)
{
    const qsizetype index = m_applicants.indexOf(form);
    if (index <= 0)
        return; // the first applicant stays
    m_applicants.removeAt(index);
    form->deleteLater();
    // The positions behind it move up: problems shown so far are shown again when left again.
    m_touched.removeIf([](const QString& name) { return name.startsWith(u"applicants["); });
    for (int i = 0; i < m_applicants.size(); ++i)
        m_applicants.at(i)->setPosition(i, int(m_applicants.size()));
    showIssues({}, false);
    updateTabOrder();
    updateMissing();
}

void RegistrationDialog::fitPeopleColumn()
{
    // The column is as wide as its forms: it scrolls down, never sideways.
    QWidget* people = m_people->widget();
    people->ensurePolished();
    for (QWidget* child : people->findChildren<QWidget*>())
        child->ensurePolished();
    people->layout()->activate();
    m_people->setMinimumWidth(
        people->minimumSizeHint().width() + m_people->verticalScrollBar()->sizeHint().width() + 2);
}

void RegistrationDialog::showEvent(QShowEvent* event)
{
    fitPeopleColumn();
    QDialog::showEvent(event);
}

QWidget* RegistrationDialog::field(const QString& name) const
{
    QString rest;
    const int index = applicantOf(name, &rest);
    if (index >= 0)
        return index < m_applicants.size() ? m_applicants.at(index)->fields().field(rest) : nullptr;
    if (name.startsWith(kAgent))
        return m_agent->fields().field(name.mid(kAgent.size()));
    return m_fields.field(name);
}

QLabel* RegistrationDialog::issueLabel(const QString& name) const
{
    QString rest;
    const int index = applicantOf(name, &rest);
    if (index >= 0)
        return index < m_applicants.size() ? m_applicants.at(index)->fields().issueLabel(rest) : nullptr;
    if (name.startsWith(kAgent))
        return m_agent->fields().issueLabel(name.mid(kAgent.size()));
    return m_fields.issueLabel(name);
}

Application RegistrationDialog::application() const
{
    Application app;
    app.kind = termValue(caseKinds(), m_caseKind);
    for (const ApplicantForm* form : m_applicants)
        app.applicants << form->applicant();
    app.agent = m_agent->agent();
    app.channel = termValue(channels(), m_channel);
    app.submittedDate = m_submitted->date();
    app.receiptDate = m_receipt->date();
    app.description = m_description->toPlainText();
    app.documentNumber = m_documentNumber->text();
    // A correction request asks for no information: no form (Art. 29 (3) is not its rule).
    app.requestedForm = app.kind == CaseKind::Correction
        ? std::nullopt
        : parseTerm(requestedForms(), m_form->currentData().toString());
    app.deliveryWay = parseTerm(deliveryWays(), m_delivery->currentData().toString());
    app.note = m_note->text();
    return app;
}

void RegistrationDialog::fieldLeft(const QString& name)
{
    if (!m_touched.contains(name))
        m_touched << name;
    showIssues(validateApplication(application(), SystemClock::instance().today()), false);
}

void RegistrationDialog::showIssues(const QList<FieldIssue>& issues, bool all)
{
    QMap<QString, QStringList> own;
    QMap<QString, QStringList> agent;
    QList<QMap<QString, QStringList>> applicants(m_applicants.size());
    QStringList unplaced;
    for (const FieldIssue& issue : issues) {
        QString rest;
        const int index = applicantOf(issue.field, &rest);
        if (index >= 0 && index < applicants.size())
            applicants[index][rest] << issue.message;
        else if (issue.field.startsWith(kAgent))
            agent[issue.field.mid(kAgent.size())] << issue.message;
        else
            own[issue.field] << issue.message;
    }
    // Touched names without their owner's prefix, for each owner.
    const auto touchedOf = [this](const QString& prefix) {
        QStringList names;
        for (const QString& name : m_touched)
            if (name.startsWith(prefix))
                names << name.mid(prefix.size());
        return names;
    };
    for (int i = 0; i < m_applicants.size(); ++i) {
        const QString prefix = u"applicants[%1]."_s.arg(i);
        for (const QString& name : m_applicants.at(i)->fields().show(applicants.at(i), touchedOf(prefix), all))
            unplaced << applicants.at(i).value(name);
    }
    for (const QString& name : m_agent->fields().show(agent, touchedOf(kAgent), all))
        unplaced << agent.value(name);
    for (const QString& name : m_fields.show(own, m_touched, all))
        unplaced << name + u": "_s + own.value(name).join(u"；"_s);
    if (all && !unplaced.isEmpty()) {
        m_message->setText(unplaced.join(u'\n'));
        m_message->show();
    }
}

void RegistrationDialog::updateMissing()
{
    // Missing elements do not stop the registration (Art. 31); they are what a supplement asks.
    const Application app = application();
    const QList<MissingElement> missing = missingElements(app);
    QStringList lines;
    for (const MissingElement& m : missing)
        lines << u"· "_s + describeMissingElement(m, app);
    m_missing->setText(tr("The application lacks what Art. 29 asks for; it is registered all the same, and "
                          "these will be asked for in a supplement (Art. 30, within 7 working days):")
        + u'\n' + lines.join(u'\n'));
    m_missing->setVisible(!missing.isEmpty());
}

void RegistrationDialog::fillFromEarlier(ApplicantForm* form, const EarlierApplicant& earlier)
{
    try {
        const std::optional<CaseRecord> record = CaseRepository(m_database).find(earlier.caseNumber);
        if (!record || earlier.position >= record->application.applicants.size())
            return;
        form->fill(record->application.applicants.at(earlier.position));
        // The agent who applied for them then applies for them now, most likely; the clerk
        // unchecks the agent otherwise.
        if (form == m_applicants.front() && record->application.agent && !m_agent->isChecked())
            m_agent->setAgent(*record->application.agent);
    } catch (const Error& error) {
        m_message->setText(error.message());
        m_message->show();
        return;
    }
    m_repeatTimer->stop();
    updateRepeatHint();
    m_description->setFocus(); // the applicant is done: what they ask for comes next
}

void RegistrationDialog::updateRepeatHint()
{
    RepeatHints hints;
    try {
        hints = findRepeats(m_database.connection(), application(), kCasesNamed);
    } catch (const Error&) {
        // A hint, never a stop: the registration checks everything again.
    }
    QStringList lines;
    if (hints.sameApplicantCases > 0)
        lines << tr("This applicant has applied before: %n case(s) in the register.", "", hints.sameApplicantCases);
    if (!hints.sameApplicant.isEmpty())
        lines << tr("Much like this request (a repeat, Art. 36(6), or Art. 35?): %1").arg(namedCases(hints.sameApplicant));
    if (!hints.otherApplicants.isEmpty())
        lines << tr("Other applicants asked for similar information (consider proactive disclosure, Art. 44): %1")
                     .arg(namedCases(hints.otherApplicants));
    m_repeatHint->setText(lines.join(u'\n'));
    m_repeatHint->setVisible(!lines.isEmpty());
}

void RegistrationDialog::updateTabOrder()
{
    // Who applies, then the agent, then the request, then the buttons: the reading order.
    QList<QWidget*> chain;
    for (const ApplicantForm* form : std::as_const(m_applicants))
        chain << form->tabChain();
    chain << m_addApplicant << m_agent << m_agent->tabChain();
    chain << m_caseKind << m_channel << m_submitted << m_receipt << m_description << m_documentNumber << m_form
          << m_delivery << m_note << m_evidence << m_chooseEvidence << m_save << m_cancel;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void RegistrationDialog::caseKindChanged()
{
    const bool correction = termValue(caseKinds(), m_caseKind) == CaseKind::Correction;
    setWindowTitle(correction ? tr("Register a request to correct a record") : tr("Register an application"));
    if (auto* label = qobject_cast<QLabel*>(m_requestForm->labelForField(m_fields.cell(u"description"_s))))
        label->setText(correction ? tr("Record to correct, and what is wrong:") : tr("Information requested:"));
    m_requestForm->setRowVisible(m_fields.cell(u"requested_form"_s), !correction);
    m_requestForm->setRowVisible(m_evidenceRow, correction);
    updateMissing();
}

void RegistrationDialog::channelChanged()
{
    const Channel channel = termValue(channels(), m_channel);
    m_receiptRule->setText(receiptDateRule(channel));
    if (receiptIsSubmissionDay(channel))
        m_receipt->setDate(m_submitted->date());
}

void RegistrationDialog::accept()
{
    m_message->hide();
    QList<FileToAttach> files;
    if (const QString authorisation = m_agent->authorisationFile(); !authorisation.isEmpty())
        files << FileToAttach { AttachmentKind::Authorisation, authorisation };
    if (const QString evidence = m_evidence->text().trimmed();
        !evidence.isEmpty() && termValue(caseKinds(), m_caseKind) == CaseKind::Correction)
        files << FileToAttach { AttachmentKind::Evidence, evidence };
    try {
        m_caseNumber = CaseWorkflow(m_database).registerApplication(m_user, application(), files);
        QDialog::accept();
    } catch (const Error& error) {
        showIssues(error.issues(), true);
        if (error.issues().isEmpty() || m_message->isHidden()) {
            m_message->setText(error.message());
            m_message->show();
        }
    }
}

} // namespace ogi::ui
