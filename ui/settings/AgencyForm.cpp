#include "AgencyForm.h"

#include "settings/DocumentNumberPattern.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

AgencyForm::AgencyForm(QWidget* parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_numberPerType(new QCheckBox(tr("Number each type of notice apart ({type} in the pattern)"), this))
    , m_officeKind(new QComboBox(this))
{
    // No label here wraps: a form holding a wrapped label is height-for-width, and a dialog
    // then squeezes its fields below their height (the notes are broken into lines by hand).
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // `hint`: a line that explains the field, right under it; `beside`: a widget on the same
    // line, right of the field.
    const auto addField = [&](const QString& name, const char* objectName, const QString& label,
                              const QString& placeholder, QLabel* hint = nullptr, QWidget* beside = nullptr) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setPlaceholderText(placeholder);
        auto* problem = new QLabel(this);
        problem->setObjectName(QLatin1String(objectName) + u"Problem"_s);
        problem->setStyleSheet(u"color: #b00020;"_s);
        problem->hide();
        QWidget* field = edit;
        if (beside) {
            field = new QWidget(this);
            auto* line = new QHBoxLayout(field);
            line->setContentsMargins(0, 0, 0, 0);
            line->addWidget(edit, 1);
            line->addWidget(beside, 1);
        }
        form->addRow(label, field);
        // A row of its own: a wrapped label nested with the field in one cell is not given
        // its height by QFormLayout, which then squeezes the field.
        if (hint)
            form->addRow(QString(), hint);
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
    addField(u"code"_s, "agencyCode", tr("Agency code"), tr("letters and digits, e.g. 11010500"), nullptr, kind);
    QLineEdit* pattern = addField(u"document_number_pattern"_s, "documentNumberPattern", tr("Document number pattern"),
        tr("e.g. 某政公开〔{year}〕第{n}号"));
    m_numberPerType->setObjectName(u"numberPerType"_s);
    form->addRow(QString(), m_numberPerType);
    m_preview->setObjectName(u"documentNumberPreview"_s);
    form->addRow(QString(), m_preview);
    // Who reviews the agency's acts since 2024-01-01 (行政复议法 2023, Art. 24 and 27): the
    // clerk setting up a district office is the one who needs to know it, here.
    // Two lines broken by hand, not wrapped: a wrapped label is not given its height in a
    // dialog's form, and squeezes the fields around it.
    auto* bodyRule = new QLabel(tr("A department of a people's government at county level or above: its own "
                                   "government at the same level (a vertically managed department: the competent "
                                   "department one level up);\na people's government: the government one level up "
                                   "(Administrative Reconsideration Law, Art. 24 and 27)."),
        this);
    bodyRule->setObjectName(u"reconsiderationBodyHint"_s);
    bodyRule->setStyleSheet(u"color: #555555;"_s); // a note, not a field, but to be read
    QFont small = bodyRule->font(); // a size smaller
    small.setPointSizeF(small.pointSizeF() * 0.9);
    bodyRule->setFont(small);
    addField(u"reconsideration_body"_s, "reconsiderationBody", tr("Reconsideration body"), tr("e.g. 某某区人民政府"),
        bodyRule);
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
