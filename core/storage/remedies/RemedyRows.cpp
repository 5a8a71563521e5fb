#include "RemedyRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

qint64 insertRemedyRow(const QSqlDatabase& db, const RemedyRow& row, const QDateTime& recordedAt)
{
    return sql::scalar(db,
        u"INSERT INTO remedies (case_id, kind, filed_date, body, result, concluded_date, recorded_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { row.caseId, row.kind, isoDate(row.filed), row.body, row.result, sql::dateOrNull(row.concluded),
            isoTimestamp(recordedAt) })
        .toLongLong();
}

bool updateRemedyRowResult(
    const QSqlDatabase& db, qint64 remedyId, qint64 caseId, const QString& result, const QDate& concluded)
{
    const QSqlQuery q
        = sql::run(db, u"UPDATE remedies SET result = ?, concluded_date = ? WHERE id = ? AND case_id = ?"_s,
            { result, sql::dateOrNull(concluded), remedyId, caseId });
    return q.numRowsAffected() == 1;
}

QList<RemedyRow> remedyRowsOf(const QSqlDatabase& db, qint64 caseId)
{
    QSqlQuery q = sql::run(db,
        u"SELECT id, kind, filed_date, body, result, concluded_date FROM remedies WHERE case_id = ? "
        u"ORDER BY filed_date, id"_s,
        { caseId });
    QList<RemedyRow> rows;
    while (sql::next(q))
        rows.append({ q.value(0).toLongLong(), caseId, q.value(1).toString(), parseIsoDate(q.value(2).toString()),
            q.value(3).toString(), q.value(4).toString(), parseIsoDate(q.value(5).toString()) });
    return rows;
}

} // namespace ogi
