#include "RemedyStore.h"

#include "Timestamps.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RemedyStore)
    };
} // namespace

QList<FieldIssue> validateRemedy(const Remedy& r, const QDate& today)
{
    QList<FieldIssue> issues;
    if (!r.filed.isValid())
        issues.append({ u"filed"_s, Tr::tr("The filing date is required.") });
    else if (r.filed > today)
        issues.append({ u"filed"_s, Tr::tr("The filing date %1 is in the future.").arg(isoDate(r.filed)) });
    if (r.body.trimmed().isEmpty())
        issues.append({ u"body"_s, Tr::tr("Name the reconsideration body or the court.") });
    const bool pending = r.result == RemedyResult::Pending;
    if (pending && r.concluded.isValid())
        issues.append({ u"concluded"_s, Tr::tr("A pending remedy has no concluded date; give its result too.") });
    if (!pending && !r.concluded.isValid())
        issues.append({ u"concluded"_s, Tr::tr("A result needs the date the remedy was concluded.") });
    if (r.concluded.isValid() && r.filed.isValid() && r.concluded < r.filed)
        issues.append({ u"concluded"_s,
            Tr::tr("The remedy cannot be concluded on %1, before it was filed on %2.")
                .arg(isoDate(r.concluded), isoDate(r.filed)) });
    if (r.concluded.isValid() && r.concluded > today)
        issues.append({ u"concluded"_s, Tr::tr("The concluded date %1 is in the future.").arg(isoDate(r.concluded)) });
    return issues;
}

qint64 insertRemedy(const QSqlDatabase& db, const Remedy& r, const QDateTime& now)
{
    return sql::scalar(db,
        u"INSERT INTO remedies (case_id, kind, filed_date, body, result, concluded_date, recorded_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { r.caseId, codeOf(remedyKinds(), r.kind), isoDate(r.filed), r.body.trimmed(), codeOf(remedyResults(), r.result),
            sql::dateOrNull(r.concluded), isoTimestamp(now) })
        .toLongLong();
}

void updateRemedyResult(
    const QSqlDatabase& db, qint64 remedyId, qint64 caseId, RemedyResult result, const QDate& concluded)
{
    QSqlQuery q = sql::run(db, u"UPDATE remedies SET result = ?, concluded_date = ? WHERE id = ? AND case_id = ?"_s,
        { codeOf(remedyResults(), result), sql::dateOrNull(concluded), remedyId, caseId });
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, Tr::tr("The case has no remedy number %1.").arg(remedyId));
}

QList<Remedy> remediesOf(const QSqlDatabase& db, qint64 caseId)
{
    QSqlQuery q = sql::run(db,
        u"SELECT id, kind, filed_date, body, result, concluded_date FROM remedies WHERE case_id = ? "
        u"ORDER BY filed_date, id"_s,
        { caseId });
    QList<Remedy> list;
    while (sql::next(q)) {
        Remedy r;
        r.id = q.value(0).toLongLong();
        r.caseId = caseId;
        r.kind = parseTerm(remedyKinds(), q.value(1).toString()).value_or(RemedyKind::Reconsideration);
        r.filed = parseIsoDate(q.value(2).toString());
        r.body = q.value(3).toString();
        r.result = parseTerm(remedyResults(), q.value(4).toString()).value_or(RemedyResult::Pending);
        r.concluded = parseIsoDate(q.value(5).toString());
        list << r;
    }
    return list;
}

} // namespace ogi
