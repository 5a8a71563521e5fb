#include "ActionDialog.h"

#include "ClerkBox.h"

#include "Error.h"
#include "Timestamps.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/Outcome.h"
#include "lifecycle/ReplyType.h"
#include "lifecycle/WorkflowFacts.h"
#include "register/CaseListQuery.h"
#include "register/CaseRepository.h"
#include "users/UserRepository.h"
#include "workflow/ActionDefaults.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/CaseWorkflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    // Free text that runs to sentences gets a box, the rest a line.
    bool isLongText(const QString& name)
    {
        return name == u"items" || name == u"text" || name == u"comment" || name == u"reason" || name == u"basis"
            || name == u"correction";
    }

    QWidget* makeField(const ActionParam& param, QWidget* parent)
    {
        switch (param.kind) {
        case ParamKind::Choice: {
            auto* box = new QComboBox(parent);
            if (!param.required)
                box->addItem(QString(), QString());
            for (const ParamChoice& choice : param.choices())
                box->addItem(choice.displayName, choice.code);
            return box;
        }
        case ParamKind::Integer: {
            auto* edit = new QLineEdit(parent);
            edit->setValidator(new QIntValidator(0, 1000000, edit));
            return edit;
        }
        case ParamKind::Date: {
            auto* edit = new QLineEdit(parent);
            edit->setPlaceholderText(u"2026-03-16"_s);
            return edit;
        }
        case ParamKind::Text:
            if (isLongText(param.name)) {
                auto* box = new QPlainTextEdit(parent);
                box->setTabChangesFocus(true);
                box->setFixedHeight(box->fontMetrics().height() * 4 + 12);
                return box;
            }
            return new QLineEdit(parent);
        }
        return new QLineEdit(parent);
    }

    // 分办: the clerk from the office's clerks, the department from those the register uses
    // or a new one typed. nullptr for the fields of other actions.
    QWidget* makeAssignField(const ActionParam& param, const Database& database, QWidget* parent)
    {
        if (param.name == u"clerk")
            return new ClerkBox(UserRepository(database).assignableClerks(), parent);
        if (param.name == u"department") {
            auto* box = new QComboBox(parent);
            box->setEditable(true);
            box->setInsertPolicy(QComboBox::NoInsert);
            box->addItems(caseDepartments(database));
            box->setCurrentIndex(-1);
            // A department typed that the list does not hold yet is not cut either.
            box->setSizePolicy(QSizePolicy::Expanding, box->sizePolicy().verticalPolicy());
            return box;
        }
        return nullptr;
    }

    QString valueOf(const QWidget* field)
    {
        if (const auto* clerk = qobject_cast<const ClerkBox*>(field))
            return clerk->login();
        if (const auto* box = qobject_cast<const QComboBox*>(field))
            return box->isEditable() ? box->currentText().trimmed() : box->currentData().toString();
        if (const auto* text = qobject_cast<const QPlainTextEdit*>(field))
            return text->toPlainText().trimmed();
        if (const auto* line = qobject_cast<const QLineEdit*>(field))
            return line->text().trimmed();
        return {};
    }

    // The case the act is on, so that nobody signs off or returns a case they did not mean.
    QString subjectText(const QString& action, const CaseRecord& record, const WorkflowFacts& facts)
    {
        QStringList names;
        for (const Applicant& a : record.application.applicants)
            names << a.name;
        QString text = ActionDialog::tr("Case %1 · applicant %2").arg(record.caseNumber, names.join(u"、"_s));
        if ((action == u"sign_off" || action == u"return") && facts.hasCurrentDraft()) {
            const QString decision = facts.draft.value(u"decision"_s).toString();
            const std::optional<ReplyType> reply
                = parseTerm(replyTypes(), facts.draft.value(u"reply_type"_s).toString());
            const QString drafted = !decision.isEmpty() ? actionDisplayName(decision)
                : reply                                 ? displayName(replyTypes(), *reply)
                                                        : QString();
            if (!drafted.isEmpty())
                text += u" · "_s + ActionDialog::tr("reply drafted: %1").arg(drafted);
        }
        return text;
    }

    // The reply types that can be drafted in the case as it stands (draftReplyTypeProblem):
    // before the review only the replies concluded at once, after it those agreeing with it.
    void keepDraftableReplyTypes(QComboBox* box, const CaseRecord& record, const WorkflowFacts& facts)
    {
        for (int i = box->count() - 1; i >= 0; --i) {
            const std::optional<ReplyType> type = parseTerm(replyTypes(), box->itemData(i).toString());
            if (type && !draftReplyTypeProblem(*type, record, facts).isEmpty())
                box->removeItem(i);
        }
    }

    // The outcomes the annual report may count a reply of the chosen type under (allowedOutcomes),
    // keeping the choice made when it is still one of them.
    void showOutcomesOf(const QString& replyType, QComboBox* outcomes)
    {
        const QString chosen = outcomes->currentData().toString();
        const std::optional<ReplyType> type = parseTerm(replyTypes(), replyType);
        const QStringList allowed = type ? allowedOutcomes(*type) : QStringList();
        outcomes->clear();
        if (allowed.size() != 1)
            outcomes->addItem(QString(), QString()); // decided by the review's provision, or not yet chosen
        for (const QString& code : allowed)
            if (const std::optional<Outcome> outcome = findOutcome(code))
                outcomes->addItem(outcomeDisplayText(*outcome), code);
        outcomes->setCurrentIndex(std::max(0, outcomes->findData(chosen)));
    }
} // namespace

ActionDialog::ActionDialog(const Database& database, const UserAccount& user, const QString& caseNumber,
    const ActionSpec& spec, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_user(user)
    , m_caseNumber(caseNumber)
    , m_spec(spec)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_caution(new QLabel(this))
    , m_subject(new QLabel(this))
{
    setWindowTitle(tr("%1 — case %2").arg(actionDisplayName(spec.action), caseNumber));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    m_caution->setObjectName(u"caution"_s);
    m_caution->setWordWrap(true);
    m_caution->setStyleSheet(u"color: #8a5a00;"_s);
    m_subject->setObjectName(u"subject"_s);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const CaseRepository cases(database);
    const std::optional<CaseRecord> record = cases.find(caseNumber);
    const WorkflowFacts facts = record ? workflowFacts(cases.events(record->id)) : WorkflowFacts();
    if (record) {
        m_caution->setText(actionCaution(spec.action, *record, facts));
        m_subject->setText(subjectText(spec.action, *record, facts));
    }
    m_caution->setVisible(!m_caution->text().isEmpty());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setMaximumDate(QDate::currentDate());

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const ActionParam& param : spec.params) {
        QWidget* field = spec.action == u"assign" ? makeAssignField(param, database, this) : nullptr;
        if (!field)
            field = makeField(param, this);
        field->setObjectName(param.name);
        auto* issue = new QLabel(this);
        issue->setStyleSheet(u"color: #b00020;"_s);
        issue->setWordWrap(true);
        issue->hide();
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field);
        cell->addWidget(issue);
        form->addRow(tr("%1:").arg(paramLabel(param) + (param.required ? u" *"_s : QString())), cell);
        m_fields.insert(param.name, field);
        m_issues.insert(param.name, issue);
    }
    // Picking a clerk starts the department where their newest case went, unless one was typed.
    if (auto* clerk = qobject_cast<ClerkBox*>(m_fields.value(u"clerk"_s))) {
        auto* department = qobject_cast<QComboBox*>(m_fields.value(u"department"_s));
        const QHash<QString, QString> departments = clerkDepartments(database);
        connect(clerk, &QComboBox::currentIndexChanged, this,
            [clerk, department, departments, filled = QString()]() mutable {
                const QString known = departments.value(clerk->login());
                if (!department || known.isEmpty()
                    || (!department->currentText().isEmpty() && department->currentText() != filled))
                    return;
                department->setEditText(known);
                filled = known;
            });
    }
    auto* replyType = qobject_cast<QComboBox*>(m_fields.value(u"reply_type"_s));
    auto* outcome = qobject_cast<QComboBox*>(m_fields.value(u"outcome"_s));
    if (spec.action == u"draft" && replyType && record)
        keepDraftableReplyTypes(replyType, *record, facts);
    if (replyType && outcome) {
        showOutcomesOf(replyType->currentData().toString(), outcome);
        connect(replyType, &QComboBox::currentIndexChanged, this,
            [replyType, outcome] { showOutcomesOf(replyType->currentData().toString(), outcome); });
    }
    // What the case itself says (the elements a supplement asks for, the review's reply type) is
    // where the clerk starts.
    if (record) {
        const QJsonObject defaults = actionDefaults(spec.action, *record, facts);
        for (const QString& name : { u"reply_type"_s }) // the choice that narrows others comes first
            if (auto* box = qobject_cast<QComboBox*>(m_fields.value(name)); box && defaults.contains(name))
                box->setCurrentIndex(std::max(0, box->findData(defaults.value(name).toString())));
        for (auto it = defaults.begin(); it != defaults.end(); ++it) {
            QWidget* field = m_fields.value(it.key());
            if (auto* box = qobject_cast<QPlainTextEdit*>(field))
                box->setPlainText(it.value().toString());
            else if (auto* line = qobject_cast<QLineEdit*>(field))
                line->setText(it.value().toVariant().toString()); // text or a number of days
            else if (auto* choice = qobject_cast<QComboBox*>(field); choice && it.key() != u"reply_type")
                choice->setCurrentIndex(std::max(0, choice->findData(it.value().toString())));
        }
    }
    form->addRow(tr("Date of the act:"), m_date);
    form->addRow(tr("Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actionDisplayName(spec.action));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_message);
    layout->addWidget(m_caution);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QJsonObject ActionDialog::params() const
{
    QJsonObject object;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = valueOf(it.value());
        if (!value.isEmpty())
            object.insert(it.key(), value);
    }
    return object;
}

void ActionDialog::showIssues(const QString& message, const QList<FieldIssue>& issues)
{
    for (QLabel* label : std::as_const(m_issues))
        label->hide();
    QStringList unplaced;
    for (const FieldIssue& issue : issues) {
        if (QLabel* label = m_issues.value(issue.field)) {
            label->setText(issue.message);
            label->show();
        } else {
            unplaced << issue.message;
        }
    }
    m_message->setText(unplaced.isEmpty() ? message : message + u'\n' + unplaced.join(u'\n'));
    m_message->show();
}

void ActionDialog::accept()
{
    try {
        CaseWorkflow(m_database).perform(m_user, m_caseNumber, { m_spec.action, m_date->date(), m_note->text(), params() });
        QDialog::accept();
    } catch (const Error& error) {
        showIssues(error.message(), error.issues());
    }
}

} // namespace ogi::ui
