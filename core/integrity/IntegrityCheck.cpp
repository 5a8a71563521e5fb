#include "IntegrityCheck.h"

#include "Timestamps.h"
#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "audit/AuditWitness.h"
#include "integrity/AuditedFacts.h"
#include "integrity/StoredVersusAudited.h"
#include "lifecycle/CaseEvent.h"
#include "lifecycle/CaseEventRow.h"
#include "notices/NoticeStore.h"
#include "storage/integrity/CaseWalks.h"
#include "storage/integrity/FileChecks.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::IntegrityCheck)
    };

    void checkSqlite(const QSqlDatabase& db, QStringList& findings)
    {
        for (const QString& line : sqliteIntegrityProblems(db))
            findings << Tr::tr("SQLite integrity check: %1").arg(line);
        for (const MissingReference& missing : sqliteMissingReferences(db))
            findings << Tr::tr("table %1, row %2: refers to a missing row of %3")
                            .arg(missing.table, missing.rowId, missing.referredTable);
    }

    // The day the case left the open states, kept while it stays concluded (CaseRepository).
    QString concludedOn(const QList<CaseEvent>& events)
    {
        QDate concluded;
        for (const CaseEvent& event : events) {
            if (isOpen(event.toState))
                concluded = QDate();
            else if (!concluded.isValid())
                concluded = event.eventDate;
        }
        return concluded.isValid() ? isoDate(concluded) : QString();
    }

    void checkFold(const QString& caseNumber, const QString& storedState, const QString& storedOutcome,
        const QString& storedConcludedOn, CaseKind kind, const QList<CaseEvent>& events, QStringList& findings)
    {
        const FoldedCase folded = foldEvents(events, kind);
        for (const QString& problem : folded.problems)
            findings << Tr::tr("case %1: %2").arg(caseNumber, problem);
        if (!events.isEmpty() && caseStateCode(folded.state) != storedState)
            findings << Tr::tr("case %1: stored state %2 but its events lead to %3")
                            .arg(caseNumber, storedState, caseStateCode(folded.state));
        if (folded.outcome != storedOutcome)
            findings << Tr::tr("case %1: stored outcome \"%2\" but its events give \"%3\"")
                            .arg(caseNumber, storedOutcome, folded.outcome);
        if (!events.isEmpty() && concludedOn(events) != storedConcludedOn)
            findings << Tr::tr("case %1: stored as concluded on \"%2\" but its events give \"%3\"")
                            .arg(caseNumber, storedConcludedOn, concludedOn(events));
    }

    // One pass over cases and one over events, both in case order: linear in the register.
    void checkEventsAgainstState(const QSqlDatabase& db, QStringList& findings)
    {
        forEachCaseWithEvents(
            db,
            [&](const CaseStateRow& row, const QList<EventRow>& rows) {
                QList<CaseEvent> events;
                for (const EventRow& event : rows)
                    events << caseEventOf(event);
                checkFold(row.caseNumber, row.state, row.outcome, row.concludedOn,
                    parseTerm(caseKinds(), row.kind).value_or(CaseKind::Disclosure), events, findings);
            },
            [&](qint64 caseId) { findings << Tr::tr("event of unknown case id %1").arg(caseId); });
    }
} // namespace

QStringList verifyDatabase(const Database& database, QStringList* limits)
{
    const QSqlDatabase db = database.connection();
    QStringList findings;
    QStringList unchecked;
    checkSqlite(db, findings);
    checkEventsAgainstState(db, findings);
    findings << AuditLog::verify(db, &unchecked);
    // The heads this computer saw when the register was closed: a history rewritten or cut
    // back since disagrees with them even where the office key is not at hand.
    findings << AuditWitness::disagreements(db, database.path());
    if (AuditWitness::seen(database.path()).isEmpty())
        unchecked << Tr::tr("No audit log head of this register was recorded on this computer (%1): the history "
                            "could only be checked against itself, the office key and any check code given.")
                         .arg(AuditWitness::witnessPath(database.path()));
    const AuditedFacts facts = readAuditedFacts(db);
    checkCasesAgainstAudit(db, facts, findings, unchecked);
    checkOfficeAgainstAudit(db, facts, findings, unchecked);
    if (limits)
        *limits = unchecked;
    findings << verifyAttachments(database);
    findings << verifyNotices(database);
    return findings;
}

} // namespace ogi
