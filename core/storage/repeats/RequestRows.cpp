#include "RequestRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // Joins the first applicant `a` of each case `alias` (cases or case_list).
    QString firstApplicantOf(const QString& alias)
    {
        return u" JOIN case_applicants ca ON ca.case_id = %1.id AND ca.position = 0 "
               u"JOIN applicants a ON a.id = ca.applicant_id"_s.arg(alias);
    }

    // A RequestRow of each case of case_list `l` that `from` (joining `l` on) gives.
    QString requestsFrom(const QString& from)
    {
        return u"SELECT l.id, l.case_number, l.applicant_name, l.receipt_date, l.description, a.identity_key FROM "_s
            + from + firstApplicantOf(u"l"_s);
    }

    QList<RequestRow> readAll(QSqlQuery q)
    {
        QList<RequestRow> rows;
        while (sql::next(q))
            rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                parseIsoDate(q.value(3).toString()), q.value(4).toString(), q.value(5).toString() });
        return rows;
    }
} // namespace

std::optional<CaseRequest> caseRequest(const QSqlDatabase& db, const QString& caseNumber)
{
    QSqlQuery q = sql::run(db,
        u"SELECT c.id, c.receipt_date, c.description, a.identity_key FROM cases c"_s + firstApplicantOf(u"c"_s)
            + u" WHERE c.case_number = ?"_s,
        { caseNumber });
    if (!sql::next(q))
        return std::nullopt;
    return CaseRequest { q.value(0).toLongLong(), parseIsoDate(q.value(1).toString()), q.value(2).toString(),
        q.value(3).toString() };
}

QList<RequestRow> applicantRequests(const QSqlDatabase& db, const QString& identityKey, const CaseRequest& before)
{
    QVariantList values { identityKey };
    QString earlier;
    if (before.id != 0) {
        earlier = u" AND (l.receipt_date < ? OR (l.receipt_date = ? AND l.id < ?))"_s;
        const QString receipt = isoDate(before.receiptDate);
        values << receipt << receipt << before.id;
    }
    return readAll(sql::runWith(db, requestsFrom(u"case_list l"_s) + u" WHERE a.identity_key = ?"_s + earlier, values));
}

QList<RequestRow> requestsWithText(const QSqlDatabase& db, const QString& description, int limit)
{
    return readAll(
        sql::run(db, requestsFrom(u"case_list l"_s) + u" WHERE l.description = ? LIMIT ?"_s, { description, limit }));
}

QList<RequestRow> requestsAmong(const QSqlDatabase& db, const QString& casesQuery, const QVariantList& values)
{
    return readAll(
        sql::runWith(db, requestsFrom(u"("_s + casesQuery + u") s JOIN case_list l ON l.id = s.id"_s), values));
}

} // namespace ogi
