#pragma once

#include "Error.h"
#include "register/Application.h"
#include "users/UserAccount.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

// Registering an application (登记). Each field is checked by core as soon as the user
// leaves it, with the problem shown beside the field; Save (Ctrl+S) registers through
// CaseWorkflow, which checks everything again and the user's role.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    RegistrationDialog(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    // The new case's number once saved.
    const QString& caseNumber() const { return m_caseNumber; }
    // The application as the fields describe it now.
    Application application() const;

    // For tests: the editor of a field by its core name ("applicants[0].id_number") and the
    // label showing its problem.
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QLabel* issueLabel(const QString& name) const { return m_issues.value(name); }
    QLabel* messageLabel() const { return m_message; }
    // The list of Art. 29 elements the application lacks (hidden when it lacks none).
    QLabel* missingLabel() const { return m_missing; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget* addField(QFormLayout* form, const QString& name, const QString& label, QWidget* editor);
    void fieldLeft(const QString& name);
    void showIssues(const QList<FieldIssue>& issues, bool all);
    void kindChanged();
    void updateMissing();
    void channelChanged();

    const Database& m_database;
    UserAccount m_user;
    QMap<QString, QWidget*> m_fields;
    QMap<QString, QLabel*> m_issues;
    QMap<QString, QLayout*> m_cells; // a field with its issue label: one form row
    QList<QString> m_touched;
    QFormLayout* m_applicantForm = nullptr;
    QComboBox* m_kind;
    QComboBox* m_orgType;
    QLineEdit* m_name;
    QComboBox* m_idType;
    QLineEdit* m_idNumber;
    QLineEdit* m_creditCode;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QComboBox* m_channel;
    QDateEdit* m_submitted;
    QDateEdit* m_receipt;
    QLabel* m_receiptRule;
    QPlainTextEdit* m_description;
    QLineEdit* m_documentNumber;
    QComboBox* m_form;
    QComboBox* m_delivery;
    QLineEdit* m_note;
    QLabel* m_message;
    QLabel* m_missing;
    QString m_caseNumber;
};

} // namespace ogi::ui
