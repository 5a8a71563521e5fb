#include "CaseWalks.h"

#include "storage/Sql.h"
#include "storage/audit/DigestRows.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    int columnCount(const char* columns) { return int(QLatin1String(columns).count(u',')) + 1; }

    QVariantList valuesAt(const QSqlQuery& q, int first, int count)
    {
        QVariantList values;
        values.reserve(count);
        for (int i = first; i < first + count; ++i)
            values << q.value(i);
        return values;
    }
} // namespace

QList<YearNumbering> yearNumberings(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db,
        u"SELECT coalesce(k.year, c.year), k.last_number, c.n, c.top FROM "
        u"(SELECT receipt_year AS year, count(*) AS n, max(sequence) AS top FROM cases GROUP BY receipt_year) c "
        u"LEFT JOIN case_counters k ON k.year = c.year "
        u"UNION SELECT k.year, k.last_number, 0, 0 FROM case_counters k "
        u"WHERE NOT EXISTS (SELECT 1 FROM cases WHERE receipt_year = k.year)"_s);
    QList<YearNumbering> years;
    while (sql::next(q))
        years.append({ q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong() });
    return years;
}

void forEachCaseWithEvents(const QSqlDatabase& db,
    const std::function<void(const CaseStateRow&, const QList<EventRow>&)>& visit,
    const std::function<void(qint64 caseId)>& orphan)
{
    QSqlQuery cases = sql::run(db,
        u"SELECT id, case_number, state, coalesce(outcome, ''), kind, coalesce(concluded_on, '') FROM cases "
        u"ORDER BY id"_s);
    QSqlQuery events
        = sql::run(db, u"SELECT case_id, "_s + eventRowColumns() + u" FROM case_events ORDER BY case_id, seq"_s);
    bool haveEvent = sql::next(events);
    while (sql::next(cases)) {
        const CaseStateRow row { cases.value(0).toLongLong(), cases.value(1).toString(), cases.value(2).toString(),
            cases.value(3).toString(), cases.value(4).toString(), cases.value(5).toString() };
        QList<EventRow> list;
        while (haveEvent && events.value(0).toLongLong() < row.id) {
            orphan(events.value(0).toLongLong());
            haveEvent = sql::next(events);
        }
        while (haveEvent && events.value(0).toLongLong() == row.id) {
            list << eventRowAt(events, 1);
            haveEvent = sql::next(events);
        }
        visit(row, list);
    }
}

void forEachCaseDigestRow(const QSqlDatabase& db,
    const std::function<void(qint64 caseId, const QString& caseNumber, const QVariantList& values)>& visit)
{
    QSqlQuery q = sql::run(db, u"SELECT id, %1 FROM cases ORDER BY id"_s.arg(QLatin1String(kCaseDigestColumns)));
    const int count = columnCount(kCaseDigestColumns);
    while (sql::next(q))
        visit(q.value(0).toLongLong(), q.value(1).toString(), valuesAt(q, 1, count));
}

void forEachPeriodDigestRow(
    const QSqlDatabase& db, const std::function<void(qint64 caseId, int endedSeq, const QVariantList& values)>& visit)
{
    QSqlQuery q = sql::run(db,
        u"SELECT case_id, ended_seq, %1 FROM case_periods ORDER BY case_id, ended_seq, period"_s.arg(
            QLatin1String(kPeriodDigestColumns)));
    const int count = columnCount(kPeriodDigestColumns);
    while (sql::next(q))
        visit(q.value(0).toLongLong(), q.value(1).toInt(), valuesAt(q, 2, count));
}

CaseOrderedRows::CaseOrderedRows(const QSqlDatabase& db, Table table)
{
    switch (table) {
    case Table::Applicants:
        m_query = sql::run(db,
            u"SELECT ca.case_id, %1 FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id "
            u"ORDER BY ca.case_id, ca.position"_s.arg(QLatin1String(kApplicantDigestColumns)));
        m_count = columnCount(kApplicantDigestColumns);
        break;
    case Table::Agents:
        m_query = sql::run(
            db, u"SELECT case_id, %1 FROM case_agents ORDER BY case_id"_s.arg(QLatin1String(kAgentDigestColumns)));
        m_count = columnCount(kAgentDigestColumns);
        break;
    case Table::Events:
        m_query = sql::run(db,
            u"SELECT e.case_id, %1, %2 FROM case_events e ORDER BY e.case_id, e.seq"_s.arg(
                sql::jsonIsTrue(db, u"e.details"_s, u"imported"_s), QLatin1String(kEventDigestColumns)));
        m_count = 1 + columnCount(kEventDigestColumns);
        break;
    }
    m_more = sql::next(m_query);
}

QList<QVariantList> CaseOrderedRows::rowsOf(qint64 caseId)
{
    QList<QVariantList> rows;
    while (m_more && m_query.value(0).toLongLong() < caseId)
        m_more = sql::next(m_query);
    while (m_more && m_query.value(0).toLongLong() == caseId) {
        rows << valuesAt(m_query, 1, m_count);
        m_more = sql::next(m_query);
    }
    return rows;
}

} // namespace ogi
