#include "ReplyDeadlineRows.h"

#include "Timestamps.h"

using namespace Qt::StringLiterals;

namespace ogi {

void writeReplyDeadlineRow(sql::Statements& statements, const ReplyDeadlineRow& row, StoredDeadline stored)
{
    const QString insert
        = u"INSERT INTO reply_deadlines (case_id, clock, due_date, paused_until) VALUES (?, ?, ?, ?)"_s;
    statements.run(stored == StoredDeadline::Refused ? insert
                                                     : insert
                + u" ON CONFLICT (case_id) DO UPDATE SET clock = excluded.clock, due_date = excluded.due_date, "
                  u"paused_until = excluded.paused_until"_s,
        { row.caseId, row.clock, sql::dateOrNull(row.due), sql::dateOrNull(row.pausedUntil) });
}

QList<ReplyDeadlineRow> replyDeadlineRowsWithClock(const QSqlDatabase& db, const QStringList& clocks)
{
    QList<ReplyDeadlineRow> rows;
    if (clocks.isEmpty())
        return rows;
    const QVariantList values(clocks.cbegin(), clocks.cend());
    QSqlQuery q = sql::runWith(db,
        u"SELECT case_id, clock, due_date, paused_until FROM reply_deadlines WHERE clock IN (%1)"_s.arg(
            sql::marksFor(clocks)),
        values);
    while (sql::next(q))
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(), parseIsoDate(q.value(2).toString()),
            parseIsoDate(q.value(3).toString()) });
    return rows;
}

} // namespace ogi
