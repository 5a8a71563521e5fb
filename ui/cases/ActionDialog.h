#pragma once

#include "users/UserAccount.h"
#include "workflow/ActionSpec.h"

#include <QDialog>
#include <QMap>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

// One workflow action on one case. The fields are built from the action's ActionSpec, so
// the dialog asks only what the action needs. On OK it performs the action through
// CaseWorkflow; a refusal or a bad field keeps it open, with the message on top and each
// field's problem beside the field.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const Database& database, const UserAccount& user, const QString& caseNumber, const ActionSpec& spec,
        QWidget* parent = nullptr);

    // The field of parameter `name` (QLineEdit, QPlainTextEdit or QComboBox), for tests.
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QDateEdit* dateEdit() const { return m_date; }
    QLabel* messageLabel() const { return m_message; }
    // What the user should know before the act (actionCaution), hidden when there is nothing.
    QLabel* cautionLabel() const { return m_caution; }
    // Which case the act is on: its number, applicant and, for a sign-off or return, the reply drafted.
    QLabel* subjectLabel() const { return m_subject; }
    QLabel* issueLabel(const QString& name) const { return m_issues.value(name); }

public Q_SLOTS:
    void accept() override;

private:
    QJsonObject params() const;
    void showIssues(const QString& message, const QList<FieldIssue>& issues);

    const Database& m_database;
    UserAccount m_user;
    QString m_caseNumber;
    ActionSpec m_spec;
    QMap<QString, QWidget*> m_fields;
    QMap<QString, QLabel*> m_issues;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_message;
    QLabel* m_caution;
    QLabel* m_subject;
};

} // namespace ogi::ui
