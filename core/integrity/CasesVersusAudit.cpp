#include "StoredVersusAudited.h"

#include "audit/RowDigest.h"
#include "storage/integrity/CaseWalks.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::IntegrityCheck)
    };

    QString periodKey(qint64 caseId, int seq) { return QString::number(caseId) + u':' + QString::number(seq); }

    void checkCounters(const QSqlDatabase& db, QStringList& findings)
    {
        // Numbers are handed out one by one and never reused: every year's cases are 1..counter.
        for (const YearNumbering& year : yearNumberings(db)) {
            if (year.counter < year.top)
                findings << Tr::tr("case_counters, year %1: the counter stands at %2 but case number %3 was "
                                   "already given (the counter was turned back)")
                                .arg(year.year)
                                .arg(year.counter)
                                .arg(year.top);
            else if (year.cases < year.counter)
                findings << Tr::tr("cases of year %1: %2 case number(s) were given but only %3 case(s) are in the "
                                   "register (cases were deleted)")
                                .arg(year.year)
                                .arg(year.counter)
                                .arg(year.cases);
        }
    }

    void addRows(RowDigest& digest, const QList<QVariantList>& rows)
    {
        for (const QVariantList& row : rows)
            digest.add(row);
    }
} // namespace

void checkCasesAgainstAudit(
    const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings, QStringList& limits)
{
    checkCounters(db, findings);

    QHash<QString, QString> periods; // "case:seq" -> digest of the periods it ended
    {
        QString key;
        RowDigest digest;
        const auto flush = [&] {
            if (!key.isEmpty())
                periods.insert(key, digest.hex());
        };
        forEachPeriodDigestRow(db, [&](qint64 caseId, int endedSeq, const QVariantList& values) {
            const QString rowKey = periodKey(caseId, endedSeq);
            if (rowKey != key) {
                flush();
                key = rowKey;
                digest = RowDigest();
            }
            digest.add(values);
        });
        flush();
    }
    const QString noPeriods = RowDigest().hex();

    CaseOrderedRows applicants(db, CaseOrderedRows::Table::Applicants);
    CaseOrderedRows agents(db, CaseOrderedRows::Table::Agents);
    CaseOrderedRows events(db, CaseOrderedRows::Table::Events);
    QSet<QString> present;
    int unkeyedCases = 0, unkeyedSteps = 0, imported = 0;
    forEachCaseDigestRow(db, [&](qint64 id, const QString& number, const QVariantList& values) {
        present.insert(number);
        RowDigest registration;
        registration.add(values);
        registration.addText(u"applicants"_s);
        addRows(registration, applicants.rowsOf(id));
        registration.addText(u"agent"_s);
        addRows(registration, agents.rowsOf(id));

        const auto audited = facts.cases.constFind(number);
        const QHash<int, AuditedEvent> steps = facts.steps.value(number);
        bool wasImported = false;
        QSet<int> seen;
        for (const QVariantList& event : events.rowsOf(id)) {
            const QVariantList stored = event.mid(1); // after the imported flag, seq first
            const int seq = stored.at(0).toInt();
            if (seq == 1)
                wasImported = event.at(0).toInt() == 1;
            seen.insert(seq);
            RowDigest digest;
            digest.add(stored);
            const auto step = steps.constFind(seq);
            if (step != steps.cend()) {
                if (step->eventSha256 != digest.hex())
                    findings << Tr::tr("case %1, step %2: differs from what audit log row %3 recorded when it was "
                                       "written (its date, actor, note or details were changed)")
                                    .arg(number)
                                    .arg(seq)
                                    .arg(step->auditId);
                if (step->periodsSha256 && *step->periodsSha256 != periods.value(periodKey(id, seq), noPeriods))
                    findings << Tr::tr("case %1, step %2: the deadlines and on-time verdicts it settled differ from "
                                       "what audit log row %3 recorded")
                                    .arg(number)
                                    .arg(seq)
                                    .arg(step->auditId);
            } else if (audited != facts.cases.cend() && !audited->registrationSha256.isEmpty()) {
                findings << Tr::tr("case %1, step %2: not in the audit log (the step was added to the file)")
                                .arg(number)
                                .arg(seq);
            } else {
                ++unkeyedSteps;
            }
        }
        for (auto it = steps.cbegin(); it != steps.cend(); ++it)
            if (!seen.contains(it.key()))
                findings << Tr::tr("case %1, step %2: recorded in audit log row %3 but missing from the register "
                                   "(the step was deleted)")
                                .arg(number)
                                .arg(it.key())
                                .arg(it->auditId);

        if (audited == facts.cases.cend()) {
            if (wasImported && facts.hasImports)
                ++imported;
            else
                findings << Tr::tr("case %1: its registration is not in the audit log").arg(number);
        } else if (audited->registrationSha256.isEmpty()) {
            ++unkeyedCases;
        } else if (audited->registrationSha256 != registration.hex()) {
            findings << Tr::tr("case %1: its registered particulars (receipt date, applicants, request) differ from "
                               "those recorded at registration in audit log row %2")
                            .arg(number)
                            .arg(audited->auditId);
        }
    });
    for (auto it = facts.cases.cbegin(); it != facts.cases.cend(); ++it)
        if (!present.contains(it.key()))
            findings << Tr::tr("case %1: registered in audit log row %2 but missing from the register (the case was "
                               "deleted)")
                            .arg(it.key())
                            .arg(it->auditId);
    if (unkeyedCases > 0)
        limits << Tr::tr("%n case(s) were registered before the audit log recorded their particulars: their receipt "
                         "date, applicants and request could not be compared with it.",
            nullptr, unkeyedCases);
    if (unkeyedSteps > 0)
        limits << Tr::tr("%n step(s) were recorded before the audit log held their digest: their date, actor, note "
                         "and details could not be compared with it.",
            nullptr, unkeyedSteps);
    if (imported > 0)
        limits << Tr::tr("%n case(s) came from a ledger import: the audit log records the import file, not each "
                         "case, so they were checked against their events only.",
            nullptr, imported);
}

} // namespace ogi
