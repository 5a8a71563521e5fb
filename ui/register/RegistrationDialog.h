#pragma once

#include "CheckedFields.h"

#include "Error.h"
#include "register/Application.h"
#include "users/UserAccount.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace ogi {
class Database;
struct EarlierApplicant;
}

namespace ogi::ui {

class AgentForm;
class ApplicantForm;

// Registering an application (登记), or a request to correct a record (Art. 41) with its
// evidence: the applicant and any co-applicants (one of them may be the representative), an
// authorised agent with the 委托书, and the request. Each field is
// checked by core as soon as the user leaves it, with the problem shown beside the field;
// what the application lacks of Art. 29 is listed below (it is registered all the same and
// asked for in a supplement). Save (Ctrl+S) registers through CaseWorkflow, which checks
// everything again and the user's role, attaching the 委托书 in the same transaction.
// A returning applicant is offered from the register as their name or number is typed and
// picked rather than typed again; as soon as the first applicant is known, or the request
// typed, the repeat hints (RepeatFinder.h) are shown, before anything is saved.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    RegistrationDialog(const Database& database, const UserAccount& user, QWidget* parent = nullptr);
    ~RegistrationDialog() override;

    // The new case's number once saved.
    const QString& caseNumber() const { return m_caseNumber; }
    // The application as the fields describe it now.
    Application application() const;

    // For tests: the editor of a field by its core name ("applicants[1].id_number",
    // "agent.name", "description") and the label showing its problem.
    QWidget* field(const QString& name) const;
    QLabel* issueLabel(const QString& name) const;
    QLabel* messageLabel() const { return m_message; }
    // The list of Art. 29 elements the application lacks (hidden when it lacks none).
    QLabel* missingLabel() const { return m_missing; }
    // The repeat hints: the applicant's earlier cases, similar requests (hidden when none).
    QLabel* repeatHintLabel() const { return m_repeatHint; }
    QPushButton* addApplicantButton() const { return m_addApplicant; }
    AgentForm* agentForm() const { return m_agent; }
    // What is registered: an application, or a request to correct a record (Art. 41).
    QComboBox* caseKindBox() const { return m_caseKind; }
    // How it came: in person, by post, online ... (Art. 31 takes its receipt date from it).
    QComboBox* channelBox() const { return m_channel; }
    // The evidence file of a correction request, attached when it is registered.
    QLineEdit* evidenceFile() const { return m_evidence; }
    int applicantCount() const { return int(m_applicants.size()); }
    ApplicantForm* applicantForm(int index) const { return m_applicants.value(index); }

public Q_SLOTS:
    void accept() override;
    // Adds a co-applicant's form below the others.
    void addApplicant();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void removeApplicant(ApplicantForm* form);
    void fitPeopleColumn();
    void fieldLeft(const QString& name);
    void showIssues(const QList<FieldIssue>& issues, bool all);
    void channelChanged();
    void caseKindChanged();
    void updateMissing();
    void updateRepeatHint();
    void fillFromEarlier(ApplicantForm* form, const EarlierApplicant& earlier);
    void updateTabOrder();

    const Database& m_database;
    UserAccount m_user;
    CheckedFields m_fields; // the request's own fields
    QStringList m_touched;
    QList<ApplicantForm*> m_applicants;
    QVBoxLayout* m_applicantList;
    QScrollArea* m_people = nullptr;
    QPushButton* m_addApplicant;
    AgentForm* m_agent;
    QComboBox* m_caseKind;
    QFormLayout* m_requestForm = nullptr;
    QWidget* m_evidenceRow = nullptr;
    QLineEdit* m_evidence = nullptr;
    QPushButton* m_chooseEvidence = nullptr;
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
    QLabel* m_repeatHint;
    QTimer* m_repeatTimer; // the hints follow typing after a pause
    QPushButton* m_save;
    QPushButton* m_cancel;
    QString m_caseNumber;
};

} // namespace ogi::ui
