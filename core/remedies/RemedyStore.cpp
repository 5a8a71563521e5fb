#include "RemedyStore.h"

#include "Timestamps.h"
#include "storage/remedies/RemedyRows.h"

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
    return insertRemedyRow(db,
        { 0, r.caseId, codeOf(remedyKinds(), r.kind), r.filed, r.body.trimmed(), codeOf(remedyResults(), r.result),
            r.concluded },
        now);
}

void updateRemedyResult(
    const QSqlDatabase& db, qint64 remedyId, qint64 caseId, RemedyResult result, const QDate& concluded)
{
    if (!updateRemedyRowResult(db, remedyId, caseId, codeOf(remedyResults(), result), concluded))
        throw Error(ErrorCode::NotFound, Tr::tr("The case has no remedy number %1.").arg(remedyId));
}

QList<Remedy> remediesOf(const QSqlDatabase& db, qint64 caseId)
{
    QList<Remedy> list;
    for (const RemedyRow& row : remedyRowsOf(db, caseId)) {
        Remedy r;
        r.id = row.id;
        r.caseId = row.caseId;
        r.kind = parseTerm(remedyKinds(), row.kind).value_or(RemedyKind::Reconsideration);
        r.filed = row.filed;
        r.body = row.body;
        r.result = parseTerm(remedyResults(), row.result).value_or(RemedyResult::Pending);
        r.concluded = row.concluded;
        list << r;
    }
    return list;
}

} // namespace ogi
