#include "CasePeriodRows.h"

#include "Timestamps.h"

using namespace Qt::StringLiterals;

namespace ogi {

void insertCasePeriodRow(sql::Statements& statements, const CasePeriodRow& row, RecordedPeriod recorded)
{
    const QString insert
        = u"INSERT INTO case_periods (case_id, ended_seq, period, trigger_date, due_date, ended_date, on_time, "
          u"provisional, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    statements.run(recorded == RecordedPeriod::Refused ? insert : insert + u" ON CONFLICT DO NOTHING"_s,
        { row.caseId, row.endedSeq, row.period, isoDate(row.trigger), isoDate(row.due), isoDate(row.ended),
            row.onTime ? 1 : 0, row.provisional ? 1 : 0, isoTimestamp(row.recordedAt) });
}

QList<CasePeriodRow> casePeriodRowsOf(const QSqlDatabase& db, qint64 caseId)
{
    QList<CasePeriodRow> rows;
    QSqlQuery q = sql::run(db,
        u"SELECT period, ended_seq, trigger_date, due_date, ended_date, on_time, provisional, recorded_at "
        u"FROM case_periods WHERE case_id = ? ORDER BY ended_seq, period"_s,
        { caseId });
    while (sql::next(q))
        rows.append({ caseId, q.value(1).toInt(), q.value(0).toString(), parseIsoDate(q.value(2).toString()),
            parseIsoDate(q.value(3).toString()), parseIsoDate(q.value(4).toString()), q.value(5).toInt() == 1,
            q.value(6).toInt() == 1, QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs) });
    return rows;
}

std::optional<RecordedReply> recordedReplyOf(const QSqlDatabase& db, qint64 caseId)
{
    QSqlQuery q = sql::run(db,
        u"SELECT due_date, on_time FROM case_periods WHERE case_id = ? AND period = 'reply' "
        u"ORDER BY ended_seq DESC LIMIT 1"_s,
        { caseId });
    if (!sql::next(q))
        return std::nullopt;
    return RecordedReply { parseIsoDate(q.value(0).toString()), q.value(1).toInt() == 1 };
}

} // namespace ogi
