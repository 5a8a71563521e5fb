#pragma once

#include "Clock.h"
#include "lifecycle/CaseEvent.h"
#include "register/Application.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// One row of the register as lists show it.
struct CaseSummary
{
    qint64 id = 0;
    QString caseNumber;
    QString applicantName;
    ApplicantKind applicantKind = ApplicantKind::Person;
    QString description;
    QDate receiptDate;
    CaseState state = CaseState::Registered;
    QString outcome;
    CaseKind kind = CaseKind::Disclosure;
    QList<MissingElement> missing; // what the application lacked when registered (Art. 29)
};

// Reads and writes the register: cases, their applicants and their event timeline. Every
// write is one transaction holding the change, its case event and its audit row.
class CaseRepository
{
public:
    explicit CaseRepository(const Database& database, const Clock& clock = SystemClock::instance());

    // Validates and registers an application; returns its new case number ("2026-0001"),
    // allocated per receipt year inside the same transaction, never reused. Throws
    // Error(InvalidInput) with one FieldIssue per problem; then nothing is written.
    QString add(const Application& application, const QString& actor);

    // Records `action` on a case by the workflow table (CaseTransitions): the event, the new
    // state and outcome, and an audit row. The storage step under CaseWorkflow::perform, which
    // checks roles and guards first; only bulk writers of history (demo data, imports) call it
    // directly. `eventDate` is the legal date of the act: not in
    // the future, not before the case's previous event. Throws Error(Refused) when the table
    // does not allow the action in the case's state, Error(NotFound) for an unknown case.
    void recordEvent(const QString& caseNumber, const QString& action, const QDate& eventDate, const QString& actor,
        const QString& note = {}, const QString& outcome = {}, const QJsonObject& details = {});

    // The rule for an event's legal date: valid, not after `today`, not before the case's
    // previous event. Throws Error(InvalidInput) naming the action and the dates.
    static void checkEventDate(const QString& action, const QString& caseNumber, const QDate& date,
        const QDate& previous, const QDate& today);

    // Sets the handling department and clerk (the assign action), inside the caller's
    // transaction.
    void setAssignment(qint64 caseId, const QString& department, const QString& clerk);

    std::optional<CaseRecord> find(const QString& caseNumber) const;
    QList<CaseEvent> events(qint64 caseId) const;

    // The register, newest receipt first; only cases in `state` when given.
    QList<CaseSummary> list(std::optional<CaseState> state = std::nullopt) const;

    // Number of cases in the register.
    qint64 count() const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace ogi
