#include "LedgerExportRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

QList<LedgerExportRow> ledgerExportRows(const QSqlDatabase& db, const QString& condition, const QVariantList& values)
{
    const QString extended = u"EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND "
                             u"(e.action = 'approve_extension' OR (e.action = 'import_reply' AND %1 = 1)))"_s.arg(
                                 sql::jsonIsTrue(db, u"e.details"_s, u"extended"_s));
    QSqlQuery q = sql::runWith(db,
        u"SELECT c.case_number, c.receipt_date, c.channel, a.name, a.kind, a.org_type, "
        u"coalesce(a.id_number, a.credit_code, ''), coalesce(a.phone, ''), coalesce(a.address, ''), c.description, "
        u"c.state, coalesce(c.concluded_on, ''), coalesce(c.outcome, ''), %1, "
        u"coalesce(c.note, ''), coalesce(d.due_date, ''), coalesce(d.clock, ''), coalesce(d.paused_until, ''), "
        u"c.kind, (SELECT l.correction_decision FROM case_list l WHERE l.id = c.id) "
        u"FROM cases c JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0 "
        u"JOIN applicants a ON a.id = ca.applicant_id LEFT JOIN reply_deadlines d ON d.case_id = c.id "
        u"WHERE c.id IN (SELECT id FROM case_list WHERE %2) ORDER BY c.receipt_date, c.id"_s.arg(extended, condition),
        values);
    QList<LedgerExportRow> rows;
    while (sql::next(q)) {
        LedgerExportRow row;
        row.caseNumber = q.value(0).toString();
        row.receipt = parseIsoDate(q.value(1).toString());
        row.channel = q.value(2).toString();
        row.applicantName = q.value(3).toString();
        row.applicantKind = q.value(4).toString();
        row.organisationType = q.value(5).toString();
        row.idNumber = q.value(6).toString();
        row.phone = q.value(7).toString();
        row.address = q.value(8).toString();
        row.description = q.value(9).toString();
        row.state = q.value(10).toString();
        row.concluded = parseIsoDate(q.value(11).toString());
        row.outcome = q.value(12).toString();
        row.extended = q.value(13).toBool();
        row.note = q.value(14).toString();
        row.due = parseIsoDate(q.value(15).toString());
        row.clock = q.value(16).toString();
        row.pausedUntil = parseIsoDate(q.value(17).toString());
        row.kind = q.value(18).toString();
        row.correctionDecision = q.value(19).toString();
        rows << row;
    }
    return rows;
}

} // namespace ogi
