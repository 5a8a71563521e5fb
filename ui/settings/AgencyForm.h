#pragma once

#include "settings/OfficeSettings.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ogi::ui {

// The agency's name and code, the pattern of its document numbers (with an example as it is
// typed, and whether each type of notice is numbered apart), the bodies of the remedies
// paragraph and the contact line of notices, and what kind of office it is (the annual
// report's date, Art. 49). In the first-run dialog and in Settings; a problem is shown beside
// its field.
class AgencyForm : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyForm(QWidget* parent = nullptr);

    OfficeSettings::AgencyProfile profile() const;
    void setProfile(const OfficeSettings::AgencyProfile& profile);
    // Stored apart from the profile (OfficeSettings::setOfficeKind).
    OfficeKind officeKind() const;
    void setOfficeKind(OfficeKind kind);

    // Shows each issue beside its field (FieldIssue::field as validateAgencyProfile names
    // it) and clears the others; focuses the first. Returns whether there were any.
    bool showIssues(const QList<FieldIssue>& issues);

    QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    QLabel* preview() const { return m_preview; }
    QComboBox* officeKindBox() const { return m_officeKind; }

private:
    void updatePreview();

    QMap<QString, QLineEdit*> m_fields; // by FieldIssue name
    QMap<QString, QLabel*> m_problems;
    QLabel* m_preview;
    QCheckBox* m_numberPerType;
    QComboBox* m_officeKind;
};

} // namespace ogi::ui
