#include "AgencyForm.h"

#include "settings/DocumentNumberPattern.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ogi::ui {

AgencyForm::AgencyForm(QWidget* parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_numberPerType(new QCheckBox(tr("Number each type of notice apart ({type} in the pattern)"), this))
    , m_officeKind(new QComboBox(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // `beside`: a widget on the same line, right of the field.
    const auto addField = [&](const QString& name, const char* objectName, const QString& label,
                              const QString& placeholder, QWidget* beside = nullptr) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setPlaceholderText(placeholder);
        auto* problem = new QLabel(this);
        problem->setObjectName(QLatin1String(objectName) + u"Problem"_s);
        problem->setWordWrap(true);
        problem->setStyleSheet(u"color: #b00020;"_s);
        problem->hide();
        if (beside) {
            auto* line = new QHBoxLayout;
            line->addWidget(edit, 1);
            line->addWidget(beside, 1);
            form->addRow(label, line);
        } else {
            form->addRow(label, edit);
        }
        form->addRow(QString(), problem);
        m_fields.insert(name, edit);
        m_problems.insert(name, problem);
        return edit;
    };
    addField(u"name"_s, "agencyName", tr("Agency name"), tr("e.g. 某某区人民政府办公室"));
    // The kind of office beside the code, each with its date (Art. 49), the rule in full as
    // the tooltip: the page fits a 1366×768 screen.
    m_officeKind->setObjectName(u"officeKind"_s);
    for (const Term<OfficeKind>& term : officeKinds())
        m_officeKind->addItem(
            (term.value == OfficeKind::Department ? tr("%1 (annual report by 31 January)")
                                                  : tr("%1 (publishes the annual report by 31 March)"))
                .arg(displayTerm(term.english)),
            QLatin1String(term.code));
    m_officeKind->setToolTip(tr("The annual report (Art. 49): a department submits it to the competent office by "
                                "31 January; a local government's competent office publishes the government's by "
                                "31 March."));
    auto* kind = new QWidget(this);
    auto* kindLine = new QHBoxLayout(kind);
    kindLine->setContentsMargins(0, 0, 0, 0);
    kindLine->addWidget(new QLabel(tr("Kind of office"), this));
    kindLine->addWidget(m_officeKind, 1);
    addField(u"code"_s, "agencyCode", tr("Agency code"), tr("letters and digits, e.g. 11010500"), kind);
    QLineEdit* pattern = addField(u"document_number_pattern"_s, "documentNumberPattern", tr("Document number pattern"),
        tr("e.g. 某政公开〔{year}〕第{n}号"));
    m_numberPerType->setObjectName(u"numberPerType"_s);
    form->addRow(QString(), m_numberPerType);
    m_preview->setObjectName(u"documentNumberPreview"_s);
    m_preview->setWordWrap(true);
    form->addRow(QString(), m_preview);
    addField(u"reconsideration_body"_s, "reconsiderationBody", tr("Reconsideration body"), tr("e.g. 某某市人民政府"));
    addField(u"court"_s, "court", tr("People's court"), tr("e.g. 某某区人民法院"));
    addField(
        u"contact"_s, "agencyContact", tr("Contact line of notices"), tr("e.g. 地址：某某路1号；电话：010-12345678"));
    connect(pattern, &QLineEdit::textChanged, this, &AgencyForm::updatePreview);
    connect(m_numberPerType, &QCheckBox::toggled, this, &AgencyForm::updatePreview);
    updatePreview();
}

OfficeSettings::AgencyProfile AgencyForm::profile() const
{
    return { m_fields.value(u"name"_s)->text(), m_fields.value(u"code"_s)->text(),
        m_fields.value(u"reconsideration_body"_s)->text(), m_fields.value(u"court"_s)->text(),
        m_fields.value(u"document_number_pattern"_s)->text(), m_fields.value(u"contact"_s)->text(),
        m_numberPerType->isChecked() };
}

void AgencyForm::setProfile(const OfficeSettings::AgencyProfile& profile)
{
    m_fields.value(u"name"_s)->setText(profile.name);
    m_fields.value(u"code"_s)->setText(profile.code);
    m_fields.value(u"reconsideration_body"_s)->setText(profile.reconsiderationBody);
    m_fields.value(u"court"_s)->setText(profile.court);
    m_fields.value(u"document_number_pattern"_s)->setText(profile.documentNumberPattern);
    m_fields.value(u"contact"_s)->setText(profile.contact);
    m_numberPerType->setChecked(profile.numberPerType);
    showIssues({});
}

OfficeKind AgencyForm::officeKind() const
{
    return parseTerm(officeKinds(), m_officeKind->currentData().toString()).value_or(OfficeKind::Department);
}

void AgencyForm::setOfficeKind(OfficeKind kind)
{
    m_officeKind->setCurrentIndex(std::max(0, m_officeKind->findData(codeOf(officeKinds(), kind))));
}

bool AgencyForm::showIssues(const QList<FieldIssue>& issues)
{
    for (QLabel* problem : std::as_const(m_problems)) {
        problem->clear();
        problem->hide();
    }
    QLineEdit* first = nullptr;
    for (const FieldIssue& issue : issues) {
        QLabel* problem = m_problems.value(issue.field);
        if (!problem)
            continue;
        problem->setText(issue.message);
        problem->show();
        if (!first)
            first = m_fields.value(issue.field);
    }
    if (first)
        first->setFocus();
    return !issues.isEmpty();
}

void AgencyForm::updatePreview()
{
    const QString pattern = m_fields.value(u"document_number_pattern"_s)->text().trimmed();
    if (pattern.isEmpty()) {
        m_preview->setText(tr("Notices are numbered once a pattern is set."));
        return;
    }
    const QString problem = documentNumberPatternProblem(pattern);
    m_preview->setText(problem.isEmpty()
            ? tr("The first notice this year: %1")
                  .arg(formatDocumentNumber(pattern, QDate::currentDate().year(), 1, u"答"_s))
            : problem);
}

} // namespace ogi::ui
