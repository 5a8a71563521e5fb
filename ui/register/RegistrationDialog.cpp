#include "RegistrationDialog.h"

#include "Clock.h"
#include "Error.h"
#include "register/ApplicationValidator.h"
#include "register/ReceiptDateRule.h"
#include "workflow/CaseWorkflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    template <typename E>
    QComboBox* termBox(const QList<Term<E>>& terms, QWidget* parent)
    {
        auto* box = new QComboBox(parent);
        for (const Term<E>& term : terms)
            box->addItem(displayTerm(term.english), QLatin1String(term.code));
        return box;
    }

    template <typename E>
    E termValue(const QList<Term<E>>& terms, const QComboBox* box)
    {
        return parseTerm(terms, box->currentData().toString()).value_or(terms.front().value);
    }

    // A box for a term the applicant may leave out (Art. 29 (3)): "not stated" first.
    template <typename E>
    QComboBox* optionalTermBox(const QList<Term<E>>& terms, QWidget* parent)
    {
        QComboBox* box = termBox(terms, parent);
        box->insertItem(0, notStatedTerm(), QString());
        return box;
    }

    QDateEdit* dateEdit(QWidget* parent)
    {
        auto* edit = new QDateEdit(QDate::currentDate(), parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(QDate::currentDate());
        return edit;
    }

    const QString kApplicant = u"applicants[0]."_s;
} // namespace

RegistrationDialog::RegistrationDialog(const Database& database, const UserAccount& user, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_user(user)
    , m_kind(termBox(applicantKinds(), this))
    , m_orgType(termBox(organisationTypes(), this))
    , m_name(new QLineEdit(this))
    , m_idType(termBox(idDocumentTypes(), this))
    , m_idNumber(new QLineEdit(this))
    , m_creditCode(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
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
    m_receiptRule->setWordWrap(true);
    m_receiptRule->setStyleSheet(u"color: palette(mid);"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);

    auto* applicantBox = new QGroupBox(tr("Applicant"), this);
    m_applicantForm = new QFormLayout(applicantBox);
    QFormLayout* a = m_applicantForm;
    a->addRow(tr("Applicant type:"), m_kind);
    a->addRow(tr("Organisation type:"), m_orgType);
    addField(a, kApplicant + u"name", tr("Name:"), m_name);
    a->addRow(tr("ID document:"), m_idType);
    addField(a, kApplicant + u"id_number", tr("ID number:"), m_idNumber);
    addField(a, kApplicant + u"credit_code", tr("Unified social credit code:"), m_creditCode);
    addField(a, kApplicant + u"phone", tr("Phone:"), m_phone);
    addField(a, kApplicant + u"email", tr("Email:"), m_email);
    addField(a, kApplicant + u"address", tr("Address:"), m_address);
    addField(a, kApplicant + u"postcode", tr("Postcode:"), m_postcode);

    auto* requestBox = new QGroupBox(tr("Application"), this);
    auto* r = new QFormLayout(requestBox);
    r->addRow(tr("Channel:"), m_channel);
    addField(r, u"submitted_date"_s, tr("Submitted on:"), m_submitted);
    addField(r, u"receipt_date"_s, tr("Received on (Art. 31):"), m_receipt);
    r->addRow(QString(), m_receiptRule);
    addField(r, u"description"_s, tr("Information requested:"), m_description);
    r->addRow(tr("Document number:"), m_documentNumber);
    addField(r, u"requested_form"_s, tr("Form:"), m_form);
    r->addRow(tr("Way of receiving:"), m_delivery);
    r->addRow(tr("Note:"), m_note);

    auto* columns = new QHBoxLayout;
    columns->addWidget(applicantBox, 1, Qt::AlignTop);
    columns->addWidget(requestBox, 1, Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Register"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Register the application (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &RegistrationDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(columns);
    layout->addWidget(m_missing);
    layout->addStretch(1); // spare height goes below the fields, not between them
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RegistrationDialog::kindChanged);
    connect(m_idType, &QComboBox::currentIndexChanged, this, [this] { fieldLeft(kApplicant + u"id_number"); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &RegistrationDialog::channelChanged);
    connect(m_submitted, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (receiptIsSubmissionDay(termValue(channels(), m_channel)))
            m_receipt->setDate(date);
    });
    m_form->setCurrentIndex(m_form->findData(u"paper"_s));
    m_delivery->setCurrentIndex(m_delivery->findData(u"post"_s));
    for (QComboBox* box : { m_form, m_delivery, m_kind })
        connect(box, &QComboBox::currentIndexChanged, this, &RegistrationDialog::updateMissing);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RegistrationDialog::updateMissing);
    for (QLineEdit* line : { m_name, m_idNumber, m_creditCode, m_phone, m_email, m_address })
        connect(line, &QLineEdit::textChanged, this, &RegistrationDialog::updateMissing);
    kindChanged();
    channelChanged();
    updateMissing();
    m_name->setFocus();
    resize(1000, 600);
}

QWidget* RegistrationDialog::addField(QFormLayout* form, const QString& name, const QString& label, QWidget* editor)
{
    auto* issue = new QLabel(this);
    issue->setStyleSheet(u"color: #b00020;"_s);
    issue->setWordWrap(true);
    issue->hide();
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(issue);
    form->addRow(label, cell);
    m_cells.insert(name, cell);
    m_fields.insert(name, editor);
    m_issues.insert(name, issue);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::editingFinished, this, [this, name] { fieldLeft(name); });
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        connect(date, &QDateEdit::editingFinished, this, [this, name] { fieldLeft(name); });
    return editor;
}

Application RegistrationDialog::application() const
{
    Applicant applicant;
    applicant.kind = termValue(applicantKinds(), m_kind);
    applicant.organisationType = termValue(organisationTypes(), m_orgType);
    applicant.name = m_name->text();
    applicant.idType = termValue(idDocumentTypes(), m_idType);
    const bool person = applicant.kind == ApplicantKind::Person;
    applicant.idNumber = person ? m_idNumber->text() : QString();
    applicant.creditCode = person ? QString() : m_creditCode->text();
    applicant.phone = m_phone->text();
    applicant.email = m_email->text();
    applicant.address = m_address->text();
    applicant.postcode = m_postcode->text();
    Application app;
    app.applicants << applicant;
    app.channel = termValue(channels(), m_channel);
    app.submittedDate = m_submitted->date();
    app.receiptDate = m_receipt->date();
    app.description = m_description->toPlainText();
    app.documentNumber = m_documentNumber->text();
    app.requestedForm = parseTerm(requestedForms(), m_form->currentData().toString());
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
    QMap<QString, QStringList> byField;
    QStringList unplaced;
    for (const FieldIssue& issue : issues) {
        if (m_issues.contains(issue.field))
            byField[issue.field] << issue.message;
        else
            unplaced << issue.field + u": "_s + issue.message;
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        const bool show = byField.contains(it.key()) && (all || m_touched.contains(it.key()));
        it.value()->setText(byField.value(it.key()).join(u"；"_s));
        it.value()->setVisible(show);
    }
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

void RegistrationDialog::kindChanged()
{
    const bool person = termValue(applicantKinds(), m_kind) == ApplicantKind::Person;
    m_applicantForm->setRowVisible(m_orgType, !person);
    m_applicantForm->setRowVisible(m_idType, person);
    m_applicantForm->setRowVisible(m_cells.value(kApplicant + u"id_number"), person);
    m_applicantForm->setRowVisible(m_cells.value(kApplicant + u"credit_code"), !person);
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
    try {
        m_caseNumber = CaseWorkflow(m_database).registerApplication(m_user, application());
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
