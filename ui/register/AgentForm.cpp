#include "AgentForm.h"

#include "TermBoxes.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ogi::ui {

AgentForm::AgentForm(QWidget* parent)
    : QGroupBox(tr("Authorised agent (委托代理人)"), parent)
    , m_name(new QLineEdit(this))
    , m_idType(termBox(idDocumentTypes(), this))
    , m_idNumber(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_authorisation(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
{
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("Someone applies for the applicant: notices are addressed to the applicant, care of the agent"));
    auto* form = new QFormLayout(this);
    m_fields.add(form, u"name"_s, tr("Agent's name:"), m_name);
    form->addRow(tr("ID document:"), m_idType);
    m_fields.add(form, u"id_number"_s, tr("ID number:"), m_idNumber);
    m_fields.add(form, u"phone"_s, tr("Phone:"), m_phone);
    m_fields.add(form, u"email"_s, tr("Email:"), m_email);
    m_fields.add(form, u"address"_s, tr("Address:"), m_address);
    m_fields.add(form, u"postcode"_s, tr("Postcode:"), m_postcode);
    auto* file = new QWidget(this);
    auto* fileRow = new QHBoxLayout(file);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_authorisation->setParent(file);
    m_browse->setParent(file);
    m_authorisation->setPlaceholderText(tr("the scanned 委托书, attached with the application"));
    fileRow->addWidget(m_authorisation, 1);
    fileRow->addWidget(m_browse);
    m_fields.add(form, u"authorisation_file"_s, tr("Letter of authorisation:"), file);

    const QList<std::pair<QString, QLineEdit*>> lines = { { u"name"_s, m_name }, { u"id_number"_s, m_idNumber },
        { u"phone"_s, m_phone }, { u"email"_s, m_email }, { u"address"_s, m_address }, { u"postcode"_s, m_postcode } };
    for (const auto& [name, line] : lines) {
        connect(line, &QLineEdit::textChanged, this, &AgentForm::edited);
        connect(line, &QLineEdit::editingFinished, this, [this, name = name] { Q_EMIT fieldLeft(name); });
    }
    connect(this, &QGroupBox::toggled, this, &AgentForm::edited);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Letter of authorisation (委托书)"));
        if (!path.isEmpty())
            m_authorisation->setText(path);
    });
}

std::optional<Agent> AgentForm::agent() const
{
    if (!isChecked())
        return std::nullopt;
    Agent a;
    a.name = m_name->text();
    a.idType = termValue(idDocumentTypes(), m_idType);
    a.idNumber = m_idNumber->text();
    a.phone = m_phone->text();
    a.email = m_email->text();
    a.address = m_address->text();
    a.postcode = m_postcode->text();
    return a;
}

void AgentForm::setAgent(const Agent& a)
{
    setChecked(true);
    m_name->setText(a.name);
    setTermValue(idDocumentTypes(), m_idType, a.idType);
    m_idNumber->setText(a.idNumber);
    m_phone->setText(a.phone);
    m_email->setText(a.email);
    m_address->setText(a.address);
    m_postcode->setText(a.postcode);
}

QString AgentForm::authorisationFile() const { return isChecked() ? m_authorisation->text().trimmed() : QString(); }

void AgentForm::setAuthorisationFile(const QString& path) { m_authorisation->setText(path); }

QList<QWidget*> AgentForm::tabChain() const
{
    return { m_name, m_idType, m_idNumber, m_phone, m_email, m_address, m_postcode, m_authorisation, m_browse };
}

} // namespace ogi::ui
