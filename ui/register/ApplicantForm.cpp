#include "ApplicantForm.h"

#include "EarlierApplicantOffer.h"
#include "TermBoxes.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ogi::ui {

ApplicantForm::ApplicantForm(QWidget* parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
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
    , m_representative(new QCheckBox(tr("Representative"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_offer(new EarlierApplicantOffer(this))
{
    m_form->addRow(tr("Applicant type:"), m_kind);
    m_form->addRow(tr("Organisation type:"), m_orgType);
    m_fields.add(m_form, u"name"_s, tr("Name:"), m_name);
    m_form->addRow(tr("ID document:"), m_idType);
    m_fields.add(m_form, u"id_number"_s, tr("ID number:"), m_idNumber);
    m_fields.add(m_form, u"credit_code"_s, tr("Unified social credit code:"), m_creditCode);
    m_fields.add(m_form, u"phone"_s, tr("Phone:"), m_phone);
    m_fields.add(m_form, u"email"_s, tr("Email:"), m_email);
    m_fields.add(m_form, u"address"_s, tr("Address:"), m_address);
    m_fields.add(m_form, u"postcode"_s, tr("Postcode:"), m_postcode);
    m_representative->setToolTip(tr("The co-applicant named to act for all (代表人): notices are addressed to them"));
    // The representative choice, with its problem (one representative, among several) under it.
    auto* last = new QWidget(this);
    auto* row = new QHBoxLayout(last);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_representative, 1);
    row->addWidget(m_remove);
    m_representative->setParent(last);
    m_remove->setParent(last);
    m_fields.add(m_form, u"representative"_s, QString(), last);
    m_form->addRow(m_offer);

    const QList<std::pair<QString, QLineEdit*>> lines = { { u"name"_s, m_name }, { u"id_number"_s, m_idNumber },
        { u"credit_code"_s, m_creditCode }, { u"phone"_s, m_phone }, { u"email"_s, m_email },
        { u"address"_s, m_address }, { u"postcode"_s, m_postcode } };
    for (const auto& [name, line] : lines) {
        connect(line, &QLineEdit::textChanged, this, &ApplicantForm::edited);
        connect(line, &QLineEdit::editingFinished, this, [this, name = name] { Q_EMIT fieldLeft(name); });
    }
    for (QLineEdit* line : { m_name, m_idNumber, m_creditCode }) {
        connect(line, &QLineEdit::textEdited, this, [this, line] { typed(line); });
        line->installEventFilter(this);
    }
    // A number of another kind than the resident ID's 18 characters is looked up once typed.
    for (QLineEdit* line : { m_idNumber, m_creditCode })
        connect(line, &QLineEdit::editingFinished, this, [this, line] {
            if (!m_filling && !line->text().trimmed().isEmpty() && m_offer->isHidden()) {
                m_lookedUpFrom = line;
                Q_EMIT lookupWanted(line->text());
            }
        });
    connect(m_offer, &EarlierApplicantOffer::chosen, this, &ApplicantForm::earlierChosen);
    connect(m_offer, &EarlierApplicantOffer::left, this, [this] {
        if (m_lookedUpFrom)
            m_lookedUpFrom->setFocus();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        kindChanged();
        Q_EMIT edited();
    });
    connect(m_idType, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT fieldLeft(u"id_number"_s); });
    connect(m_representative, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT representativeChosen(this);
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    kindChanged();
    setPosition(0, 1);
}

void ApplicantForm::setPosition(int index, int count)
{
    setTitle(count > 1 ? tr("Applicant %1 of %2").arg(index + 1).arg(count) : tr("Applicant"));
    m_representative->setVisible(count > 1);
    if (count < 2)
        m_representative->setChecked(false);
    m_remove->setVisible(index > 0);
    m_remove->setToolTip(tr("Remove this co-applicant"));
}

void ApplicantForm::setRepresentative(bool representative) { m_representative->setChecked(representative); }

Applicant ApplicantForm::applicant() const
{
    Applicant a;
    a.kind = termValue(applicantKinds(), m_kind);
    a.organisationType = termValue(organisationTypes(), m_orgType);
    a.name = m_name->text();
    a.idType = termValue(idDocumentTypes(), m_idType);
    const bool person = a.kind == ApplicantKind::Person;
    a.idNumber = person ? m_idNumber->text() : QString();
    a.creditCode = person ? QString() : m_creditCode->text();
    a.phone = m_phone->text();
    a.email = m_email->text();
    a.address = m_address->text();
    a.postcode = m_postcode->text();
    a.representative = m_representative->isVisible() && m_representative->isChecked();
    return a;
}

QList<QWidget*> ApplicantForm::tabChain() const
{
    return { m_kind, m_orgType, m_name, m_idType, m_idNumber, m_creditCode, m_phone, m_email, m_address, m_postcode,
        m_representative, m_remove, m_offer->list() };
}

void ApplicantForm::typed(QLineEdit* line)
{
    m_lookedUpFrom = line;
    const QString text = line->text().trimmed();
    // A name from its second character; a number once whole (a resident ID's or a credit
    // code's 18 characters; others when the field is left), never by its first digits,
    // which the masked display shows anyway.
    const bool whole = line == m_name ? text.size() >= 2 : text.size() >= 18;
    if (whole)
        Q_EMIT lookupWanted(text);
    else
        offerEarlier({});
}

void ApplicantForm::offerEarlier(const QList<EarlierApplicant>& applicants)
{
    m_offer->setApplicants(applicants);
}

void ApplicantForm::fill(const Applicant& a)
{
    m_filling = true;
    setTermValue(applicantKinds(), m_kind, a.kind);
    setTermValue(organisationTypes(), m_orgType, a.organisationType);
    setTermValue(idDocumentTypes(), m_idType, a.idType);
    m_name->setText(a.name);
    m_idNumber->setText(a.idNumber);
    m_creditCode->setText(a.creditCode);
    m_phone->setText(a.phone);
    m_email->setText(a.email);
    m_address->setText(a.address);
    m_postcode->setText(a.postcode);
    m_filling = false;
    m_offer->setApplicants({});
}

bool ApplicantForm::eventFilter(QObject* watched, QEvent* event)
{
    // ↓ from the field typed in moves into the offer.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down
        && m_offer->isVisible() && (watched == m_name || watched == m_idNumber || watched == m_creditCode)) {
        m_offer->enter();
        return true;
    }
    return QGroupBox::eventFilter(watched, event);
}

void ApplicantForm::kindChanged()
{
    const bool person = termValue(applicantKinds(), m_kind) == ApplicantKind::Person;
    m_form->setRowVisible(m_orgType, !person);
    m_form->setRowVisible(m_idType, person);
    m_form->setRowVisible(m_fields.cell(u"id_number"_s), person);
    m_form->setRowVisible(m_fields.cell(u"credit_code"_s), !person);
}

} // namespace ogi::ui
