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
#include "storage/Sql.h"

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
        // PostgreSQL checks its own pages (and enforces the foreign keys it declares).
        if (sql::engineOf(db) != StorageEngine::Sqlite)
            return;
        QSqlQuery integrity = sql::run(db, u"PRAGMA integrity_check"_s);
        while (sql::next(integrity)) {
            const QString line = integrity.value(0).toString();
            if (line != u"ok")
                findings << Tr::tr("SQLite integrity check: %1").arg(line);
        }
        QSqlQuery foreignKeys = sql::run(db, u"PRAGMA foreign_key_check"_s);
        while (sql::next(foreignKeys))
            findings << Tr::tr("table %1, row %2: refers to a missing row of %3")
                            .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                foreignKeys.value(2).toString());
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
        QSqlQuery cases
            = sql::run(db, u"SELECT id, case_number, state, coalesce(outcome, ''), kind, coalesce(concluded_on, '') FROM cases "
                       u"ORDER BY id"_s);
        QSqlQuery events
            = sql::run(db, u"SELECT case_id, "_s + caseEventColumns() + u" FROM case_events ORDER BY case_id, seq"_s);
        bool haveEvent = sql::next(events);
        while (sql::next(cases)) {
            const qint64 caseId = cases.value(0).toLongLong();
            QList<CaseEvent> list;
            while (haveEvent && events.value(0).toLongLong() < caseId) {
                findings << Tr::tr("event of unknown case id %1").arg(events.value(0).toLongLong());
                haveEvent = sql::next(events);
            }
            while (haveEvent && events.value(0).toLongLong() == caseId) {
                list << caseEventFromRow(events, 1);
                haveEvent = sql::next(events);
            }
            checkFold(cases.value(1).toString(), cases.value(2).toString(), cases.value(3).toString(),
                cases.value(5).toString(), parseTerm(caseKinds(), cases.value(4).toString()).value_or(CaseKind::Disclosure), list, findings);
        }
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
