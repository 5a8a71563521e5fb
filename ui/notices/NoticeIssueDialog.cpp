#include "NoticeIssueDialog.h"
#include "NoticePrinting.h"

#include "Clock.h"
#include "Error.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplate.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

NoticeIssueDialog::NoticeIssueDialog(const Database& database, const UserAccount& user, const QString& caseNumber,
    const NoticeType& type, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_user(user)
    , m_caseNumber(caseNumber)
    , m_type(type)
    , m_date(new QDateEdit(SystemClock::instance().today(), this))
    , m_preview(new QTextBrowser(this))
    , m_message(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("%1 — case %2").arg(noticeTypeName(type), caseNumber));
    m_date->setObjectName(u"noticeDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setMaximumDate(SystemClock::instance().today());
    m_preview->setObjectName(u"noticePreview"_s);
    m_preview->document()->setDefaultStyleSheet(
        print::noticeStyleSheet(noticeFontFamilies(database), print::PaperKind::NoticeA4));
    m_message->setObjectName(u"noticeMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();

    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    form->addRow(tr("Date of issue"), m_date);
    QMap<QString, QString> defaults;
    QString composed;
    try {
        defaults = defaultNoticeEdits(loadNoticeContext(database, caseNumber));
        composed = NoticeTemplates(database).composed(QLatin1String(type.code));
    } catch (const Error& error) {
        showIssues(error.message(), error.issues());
    }
    for (const TemplateField& part : templateFields(composed)) {
        if (!part.editable)
            continue;
        auto* edit = new QPlainTextEdit(defaults.value(part.name), fields);
        edit->setObjectName(u"edit_"_s + part.name);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        auto* issue = new QLabel(fields);
        issue->setWordWrap(true);
        issue->setStyleSheet(u"color: #b00020;"_s);
        issue->hide();
        // Optional parts (a sentence left out when blank, e.g. the agency "where known").
        form->addRow(part.optional ? tr("%1 (may be left blank)").arg(part.label) : part.label, edit);
        if (part.optional)
            m_optional.insert(part.name);
        form->addRow(QString(), issue);
        m_fields.insert(part.name, edit);
        m_issues.insert(part.name, issue);
        m_labels.insert(part.name, part.label);
        connect(edit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    }
    if (m_fields.isEmpty())
        form->addRow(new QLabel(tr("Everything in this notice comes from the case and the settings."), fields));
    // The parts stay at the top, whatever the height of the dialog.
    auto* column = new QWidget;
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(fields);
    columnLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(column);
    scroll->setWidgetResizable(true);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue and number"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"issueButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeIssueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The preview follows the typing, without re-rendering on every key.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &NoticeIssueDialog::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, m_previewTimer, qOverload<>(&QTimer::start));
    resize(1100, 640);
    updatePreview();
}

QMap<QString, QString> NoticeIssueDialog::edits() const
{
    QMap<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->toPlainText());
    return values;
}

void NoticeIssueDialog::showIssues(const QString& message, const QList<FieldIssue>& issues)
{
    for (QLabel* label : std::as_const(m_issues))
        label->hide();
    QStringList elsewhere;
    for (const FieldIssue& issue : issues) {
        if (QLabel* label = m_issues.value(issue.field)) {
            label->setText(issue.message);
            label->show();
        } else {
            elsewhere << issue.message;
        }
    }
    const QString text = elsewhere.isEmpty() ? (issues.isEmpty() ? message : QString()) : elsewhere.join(u'\n');
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NoticeIssueDialog::updatePreview()
{
    // A part not yet written shows as 【its label】 where it will stand in the letter; an
    // optional one left blank drops its sentence, as the notice will.
    QMap<QString, QString> draft = edits();
    for (auto it = draft.begin(); it != draft.end(); ++it)
        if (it.value().trimmed().isEmpty() && !m_optional.contains(it.key()))
            it.value() = u"【%1】"_s.arg(m_labels.value(it.key()));
    try {
        m_preview->setHtml(NoticeStore(m_database).preview(m_caseNumber, QLatin1String(m_type.code), draft, m_date->date()));
        showIssues({}, {});
    } catch (const Error& error) {
        // Still being written: the preview says what is missing instead.
        m_preview->setPlainText(error.message());
    }
}

void NoticeIssueDialog::accept()
{
    try {
        m_issuedId = NoticeStore(m_database).issue(m_caseNumber, QLatin1String(m_type.code), edits(), m_date->date(), m_user).id;
    } catch (const Error& error) {
        showIssues(error.message(), error.issues());
        return;
    }
    QDialog::accept();
}

} // namespace ogi::ui
