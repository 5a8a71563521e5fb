#pragma once

#include "Clock.h"
#include "attachments/Attachment.h"
#include "lifecycle/CaseEvent.h"
#include "register/Application.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ogi {

// One workflow action as a user asks for it.
struct ActionRequest
{
    QString action; // "accept", "sign_off", ... (ActionSpec)
    QDate date; // the legal date of the act; invalid: today. Never in the future, never
                // before the case's previous event (back-dating is for migrated cases).
    QString note;
    QJsonObject params; // the action's parameters by name (ActionSpec), values as text or numbers
    // Facts core itself observed, not asked of the user (the mail server's answer to an email
    // delivery): stored with the event's details as they are, after the parameters.
    QJsonObject evidence = {};
};

// The only way a case moves after registration (DESIGN.md §4, Art. 45 登记、审核、办理、答复、
// 归档). perform() checks, in this order: the case's state and the user's role (Error Refused
// naming the action, the state and the role needed), the parameters (Error InvalidInput, one
// FieldIssue each), then the action's own rules — the applicant's periods, one extension
// approved before the deadline, the reply type agreeing with the outcome and the review,
// four eyes at sign-off, an archived case taking only amendments and remedies. Then it writes
// the new state, the event and its audit row (and the assignment or remedy it carries) in
// one transaction; on any refusal nothing is written.
class CaseWorkflow
{
public:
    explicit CaseWorkflow(const Database& database, const Clock& clock = SystemClock::instance());

    // Registers an application (登记): needs the clerk role. Returns the new case number;
    // CaseRepository::add says what is validated.
    QString registerApplication(const UserAccount& user, const Application& application);
    // The same with files attached in the same transaction (the scanned application, an agent's
    // 委托书, a correction request's evidence): a file that cannot be attached registers nothing.
    QString registerApplication(
        const UserAccount& user, const Application& application, const QList<FileToAttach>& files);

    // Performs the action; returns the event it recorded.
    CaseEvent perform(const UserAccount& user, const QString& caseNumber, const ActionRequest& request);

    // The actions `user` may take on the case now (for the desktop's buttons). Throws
    // Error(NotFound) for an unknown case.
    QStringList availableActions(const UserAccount& user, const QString& caseNumber) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace ogi
