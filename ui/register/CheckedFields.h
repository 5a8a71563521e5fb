#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

namespace ogi::ui {

// Form fields each with a label under it for core's problem with the field, by field name:
// what the registration dialog and its applicant and agent parts share.
class CheckedFields
{
public:
    // Adds a row "label: editor" with an (empty, hidden) problem label under the editor.
    void add(QFormLayout* form, const QString& name, const QString& label, QWidget* editor);

    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QLabel* issueLabel(const QString& name) const { return m_issues.value(name); }
    // The row's layout (editor and problem label), for showing or hiding the row.
    QLayout* cell(const QString& name) const { return m_cells.value(name); }

    // Shows each field's messages beside it: every one when `all`, else only those of the
    // `touched` fields; hides the rest. Returns the names that have no field here.
    QStringList show(const QMap<QString, QStringList>& messages, const QStringList& touched, bool all) const;

private:
    QMap<QString, QWidget*> m_fields;
    QMap<QString, QLabel*> m_issues;
    QMap<QString, QLayout*> m_cells;
};

} // namespace ogi::ui
