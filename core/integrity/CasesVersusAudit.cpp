#include "StoredVersusAudited.h"

#include "audit/RowDigest.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::IntegrityCheck)
    };

    int columnCount(const char* columns) { return int(QLatin1String(columns).count(u',')) + 1; }

    // A SELECT of `key` plus the digest columns, in key order, read alongside other such walks.
    class DigestWalk
    {
    public:
        DigestWalk(const QSqlDatabase& db, const QString& statement, int keys, const char* columns)
            : m_query(sql::run(db, statement))
            , m_keys(keys)
            , m_count(columnCount(columns))
        {
            m_more = sql::next(m_query);
        }
        // Adds the rows whose first key is `id` to `digest`.
        void addRowsOf(qint64 id, RowDigest& digest)
        {
            while (m_more && m_query.value(0).toLongLong() < id)
                m_more = sql::next(m_query);
            while (m_more && m_query.value(0).toLongLong() == id) {
                digest.add(m_query, m_keys, m_count);
                m_more = sql::next(m_query);
            }
        }

    private:
        QSqlQuery m_query;
        int m_keys, m_count;
        bool m_more = false;
    };

    QString periodKey(qint64 caseId, int seq) { return QString::number(caseId) + u':' + QString::number(seq); }

    void checkCounters(const QSqlDatabase& db, QStringList& findings)
    {
        // Numbers are handed out one by one and never reused: every year's cases are 1..counter.
        QSqlQuery q = sql::run(db,
            u"SELECT coalesce(k.year, c.year), k.last_number, c.n, c.top FROM "
            u"(SELECT receipt_year AS year, count(*) AS n, max(sequence) AS top FROM cases GROUP BY receipt_year) c "
            u"LEFT JOIN case_counters k ON k.year = c.year "
            u"UNION SELECT k.year, k.last_number, 0, 0 FROM case_counters k "
            u"WHERE NOT EXISTS (SELECT 1 FROM cases WHERE receipt_year = k.year)"_s);
        while (sql::next(q)) {
            const int year = q.value(0).toInt();
            const qint64 counter = q.value(1).toLongLong();
            const qint64 count = q.value(2).toLongLong();
            const qint64 top = q.value(3).toLongLong();
            if (counter < top)
                findings << Tr::tr("case_counters, year %1: the counter stands at %2 but case number %3 was "
                                   "already given (the counter was turned back)")
                                .arg(year)
                                .arg(counter)
                                .arg(top);
            else if (count < counter)
                findings << Tr::tr("cases of year %1: %2 case number(s) were given but only %3 case(s) are in the "
                                   "register (cases were deleted)")
                                .arg(year)
                                .arg(counter)
                                .arg(count);
        }
    }
} // namespace

void checkCasesAgainstAudit(
    const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings, QStringList& limits)
{
    checkCounters(db, findings);

    QHash<QString, QString> periods; // "case:seq" -> digest of the periods it ended
    {
        QSqlQuery q = sql::run(db,
            u"SELECT case_id, ended_seq, %1 FROM case_periods ORDER BY case_id, ended_seq, period"_s.arg(
                QLatin1String(kPeriodDigestColumns)));
        QString key;
        RowDigest digest;
        const auto flush = [&] {
            if (!key.isEmpty())
                periods.insert(key, digest.hex());
        };
        while (sql::next(q)) {
            const QString rowKey = periodKey(q.value(0).toLongLong(), q.value(1).toInt());
            if (rowKey != key) {
                flush();
                key = rowKey;
                digest = RowDigest();
            }
            digest.add(q, 2, columnCount(kPeriodDigestColumns));
        }
        flush();
    }
    const QString noPeriods = RowDigest().hex();

    DigestWalk applicants(db,
        u"SELECT ca.case_id, %1 FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id "
        u"ORDER BY ca.case_id, ca.position"_s.arg(QLatin1String(kApplicantDigestColumns)),
        1, kApplicantDigestColumns);
    DigestWalk agents(db,
        u"SELECT case_id, %1 FROM case_agents ORDER BY case_id"_s.arg(QLatin1String(kAgentDigestColumns)), 1,
        kAgentDigestColumns);
    QSqlQuery events = sql::run(db,
        u"SELECT e.case_id, %1, %2 FROM case_events e ORDER BY e.case_id, e.seq"_s.arg(
            sql::jsonIsTrue(db, u"e.details"_s, u"imported"_s), QLatin1String(kEventDigestColumns)));
    bool moreEvents = sql::next(events);
    QSqlQuery cases = sql::run(
        db, u"SELECT id, %1 FROM cases ORDER BY id"_s.arg(QLatin1String(kCaseDigestColumns)));
    QSet<QString> present;
    int unkeyedCases = 0, unkeyedSteps = 0, imported = 0;
    while (sql::next(cases)) {
        const qint64 id = cases.value(0).toLongLong();
        const QString number = cases.value(1).toString();
        present.insert(number);
        RowDigest registration;
        registration.add(cases, 1, columnCount(kCaseDigestColumns));
        registration.addText(u"applicants"_s);
        applicants.addRowsOf(id, registration);
        registration.addText(u"agent"_s);
        agents.addRowsOf(id, registration);

        const auto audited = facts.cases.constFind(number);
        const QHash<int, AuditedEvent> steps = facts.steps.value(number);
        bool wasImported = false;
        QSet<int> seen;
        while (moreEvents && events.value(0).toLongLong() < id)
            moreEvents = sql::next(events);
        while (moreEvents && events.value(0).toLongLong() == id) {
            const int seq = events.value(2).toInt();
            if (seq == 1)
                wasImported = events.value(1).toInt() == 1;
            seen.insert(seq);
            RowDigest digest;
            digest.add(events, 2, columnCount(kEventDigestColumns));
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
            moreEvents = sql::next(events);
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
    }
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
