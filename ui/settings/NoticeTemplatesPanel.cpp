#include "NoticeTemplatesPanel.h"

#include "Error.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "print/NoticeLayout.h"
#include "settings/OfficeSettings.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    QComboBox* fontChooser(const QString& objectName, QWidget* parent)
    {
        auto* box = new QComboBox(parent);
        box->setObjectName(objectName);
        box->setEditable(true); // a family installed later may be typed in
        box->addItems(QFontDatabase::families(QFontDatabase::SimplifiedChinese));
        return box;
    }
} // namespace

NoticeTemplatesPanel::NoticeTemplatesPanel(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_names(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Keep as this office's copy"), this))
    , m_restore(new QPushButton(tr("Restore the shipped template"), this))
    , m_bodyFont(fontChooser(u"bodyFont"_s, this))
    , m_titleFont(fontChooser(u"titleFont"_s, this))
{
    m_names->setObjectName(u"templateNames"_s);
    m_editor->setObjectName(u"templateEditor"_s);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_message->setObjectName(u"templateMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_status->setWordWrap(true);
    m_save->setObjectName(u"saveTemplate"_s);
    m_restore->setObjectName(u"restoreTemplate"_s);
    m_preview->setObjectName(u"templatePreview"_s);
    // Rendered a moment after the typing stops, not on every key.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &NoticeTemplatesPanel::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_names, &QListWidget::currentRowChanged, this, &NoticeTemplatesPanel::showCurrent);
    connect(m_save, &QPushButton::clicked, this, &NoticeTemplatesPanel::saveCopy);
    connect(m_restore, &QPushButton::clicked, this, &NoticeTemplatesPanel::restoreShipped);

    auto* help = new QLabel(tr("Text outside {{…}} is printed as written. {{name}} is filled from the case or the "
                               "settings, {{edit:name|label}} is written by the clerk for each notice, {{> _part}} "
                               "includes a shared part. {{#name}}…{{/name}} is printed only when name has a value "
                               "({{^name}}…{{/name}}: only when it has none); a part written only inside its own "
                               "section may be left blank."),
        this);
    help->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    rightLayout->addLayout(buttons);

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("As it prints (facts and the clerk's parts by their labels):"), previewBox));
    previewLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_names);
    splitter->addWidget(right);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);

    auto* fontsBox = new QGroupBox(tr("Fonts of printed notices"), this);
    auto* fontsForm = new QFormLayout(fontsBox);
    auto* saveFontsButton = new QPushButton(tr("Save fonts"), fontsBox);
    saveFontsButton->setObjectName(u"saveFonts"_s);
    connect(saveFontsButton, &QPushButton::clicked, this, &NoticeTemplatesPanel::saveFonts);
    auto* fontsRow = new QHBoxLayout;
    fontsRow->addWidget(new QLabel(tr("Text (仿宋)"), fontsBox));
    fontsRow->addWidget(m_bodyFont, 1);
    fontsRow->addWidget(new QLabel(tr("Title (小标宋)"), fontsBox));
    fontsRow->addWidget(m_titleFont, 1);
    fontsRow->addWidget(saveFontsButton);
    fontsForm->addRow(fontsRow);
    fontsForm->addRow(new QLabel(tr("A family that is not installed is printed in Noto Serif CJK SC."), fontsBox));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(splitter, 1);
    layout->addWidget(fontsBox);
}

void NoticeTemplatesPanel::refresh()
{
    const QString current = currentName();
    const QSignalBlocker block(m_names);
    m_names->clear();
    const NoticeTemplates templates(m_database);
    for (const QString& name : NoticeTemplates::names()) {
        QString label;
        if (const NoticeType* type = findNoticeType(name))
            label = noticeTypeName(*type);
        else if (name == QLatin1String(kEnvelopeTemplate))
            label = tr("Envelope");
        else if (name == QLatin1String(kServiceProofTemplate))
            label = tr("Proof of service (送达回证)");
        else
            label = NoticeTemplates::sharedPartName(name);
        if (templates.isEdited(name))
            label += u" "_s + tr("(office copy)");
        auto* item = new QListWidgetItem(label, m_names);
        item->setData(Qt::UserRole, name);
    }
    try {
        const OfficeSettings::NoticeFonts fonts = OfficeSettings(m_database).noticeFonts();
        m_bodyFont->setCurrentText(fonts.body);
        m_titleFont->setCurrentText(fonts.title);
    } catch (const Error& error) {
        m_message->setText(error.message());
    }
    select(current.isEmpty() ? NoticeTemplates::names().front() : current);
}

QString NoticeTemplatesPanel::currentName() const
{
    const QListWidgetItem* item = m_names->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NoticeTemplatesPanel::select(const QString& name)
{
    for (int row = 0; row < m_names->count(); ++row)
        if (m_names->item(row)->data(Qt::UserRole).toString() == name)
            m_names->setCurrentRow(row);
    showCurrent();
}

void NoticeTemplatesPanel::updatePreview()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    try {
        m_preview->setHtml(NoticeTemplates(m_database).specimen(name, m_editor->toPlainText()));
    } catch (const Error& error) {
        m_preview->setHtml(u"<p style=\"color:#b00020\">%1</p>"_s.arg(
            tr("Cannot be shown as it prints: %1").arg(error.message()).toHtmlEscaped()));
    }
}

void NoticeTemplatesPanel::showCurrent()
{
    const QString name = currentName();
    m_message->clear();
    if (name.isEmpty())
        return;
    try {
        const NoticeTemplates templates(m_database);
        m_editor->setPlainText(templates.text(name));
        m_previewTimer->stop();
        updatePreview();
        const bool edited = templates.isEdited(name);
        m_status->setText(edited ? tr("This office's copy is in use; the shipped template can be restored.")
                                 : tr("The shipped template is in use."));
        m_restore->setEnabled(edited);
    } catch (const Error& error) {
        m_message->setText(error.message());
    }
}

bool NoticeTemplatesPanel::saveCopy()
{
    try {
        NoticeTemplates(m_database).save(currentName(), m_editor->toPlainText(), m_user);
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
    refresh();
    m_message->setText(QString());
    return true;
}

bool NoticeTemplatesPanel::restoreShipped()
{
    try {
        NoticeTemplates(m_database).restore(currentName(), m_user);
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
    refresh();
    return true;
}

bool NoticeTemplatesPanel::saveFonts()
{
    try {
        OfficeSettings(m_database).setNoticeFonts({ m_bodyFont->currentText(), m_titleFont->currentText() }, m_user);
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
    const print::NoticeFontFamilies used
        = print::resolveNoticeFonts({ m_bodyFont->currentText(), m_titleFont->currentText() });
    m_status->setText(tr("Notices are printed in %1 (text) and %2 (title).").arg(used.body, used.title));
    return true;
}

} // namespace ogi::ui
