#include "CheckedFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

void CheckedFields::add(QFormLayout* form, const QString& name, const QString& label, QWidget* editor)
{
    auto* issue = new QLabel(editor->parentWidget());
    issue->setStyleSheet(u"color: #b00020;"_s);
    issue->setWordWrap(true);
    issue->hide();
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(issue);
    // The label's mnemonic (&L) goes to the editor, which a row holding a layout would not do.
    auto* caption = new QLabel(label, editor->parentWidget());
    caption->setBuddy(editor);
    form->addRow(caption, cell);
    m_cells.insert(name, cell);
    m_fields.insert(name, editor);
    m_issues.insert(name, issue);
}

QStringList CheckedFields::show(const QMap<QString, QStringList>& messages, const QStringList& touched, bool all) const
{
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        const bool visible = messages.contains(it.key()) && (all || touched.contains(it.key()));
        it.value()->setText(messages.value(it.key()).join(u"；"_s));
        it.value()->setVisible(visible);
    }
    QStringList elsewhere;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        if (!m_issues.contains(it.key()))
            elsewhere << it.key();
    return elsewhere;
}

} // namespace ogi::ui
