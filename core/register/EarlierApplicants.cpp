#include "EarlierApplicants.h"

#include "Timestamps.h"
#include "register/ApplicantNumberSearch.h"
#include "register/IdentityMasking.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // A name is looked up from its second character: one is most of the register's surnames.
    constexpr int kShortestName = 2;

    QString likePrefix(const QString& text)
    {
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        return escaped + u'%';
    }
} // namespace

QList<EarlierApplicant> findEarlierApplicants(const QSqlDatabase& db, const QString& text, int limit)
{
    const QString wanted = text.trimmed();
    SqlCondition match;
    if (const std::optional<SqlCondition> number = applicantNumberMatch(wanted))
        match = *number;
    else if (wanted.size() >= kShortestName)
        match = { u"a.name LIKE ? ESCAPE '\\'"_s, { likePrefix(wanted) } };
    else
        return {};

    // Everyone without a number shares an identity key: the name tells them apart.
    QVariantList values = match.values;
    values << limit;
    QSqlQuery q = sql::runWith(db,
        u"SELECT case_number, position, kind, name, number, receipt_date, description, cases FROM ("
        u"  SELECT c.case_number, ca.position, a.kind, a.name, "
        u"    coalesce(a.id_number, a.credit_code, '') AS number, c.receipt_date, c.description, "
        u"    row_number() OVER same AS rank, count(*) OVER (PARTITION BY a.identity_key, a.name) AS cases "
        u"  FROM applicants a JOIN case_applicants ca ON ca.applicant_id = a.id "
        u"  JOIN cases c ON c.id = ca.case_id WHERE %1 "
        u"  WINDOW same AS (PARTITION BY a.identity_key, a.name ORDER BY c.receipt_date DESC, c.id DESC)) ranked "
        u"WHERE rank = 1 ORDER BY receipt_date DESC, case_number DESC LIMIT ?"_s.arg(match.sql),
        values);
    QList<EarlierApplicant> found;
    while (sql::next(q)) {
        EarlierApplicant e;
        e.caseNumber = q.value(0).toString();
        e.position = q.value(1).toInt();
        e.kind = q.value(2).toString() == u"organisation" ? ApplicantKind::Organisation : ApplicantKind::Person;
        e.name = q.value(3).toString();
        e.maskedNumber = maskIdentityNumber(q.value(4).toString());
        e.receiptDate = parseIsoDate(q.value(5).toString());
        e.description = q.value(6).toString();
        e.caseCount = q.value(7).toInt();
        found << e;
    }
    return found;
}

} // namespace ogi
