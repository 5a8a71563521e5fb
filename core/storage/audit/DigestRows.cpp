#include "DigestRows.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // The rows of a SELECT of `columns` and nothing else.
    QList<QVariantList> rowsOf(QSqlQuery q, const char* columns)
    {
        const int count = int(QLatin1String(columns).count(u',')) + 1;
        QList<QVariantList> rows;
        while (sql::next(q)) {
            QVariantList values;
            values.reserve(count);
            for (int i = 0; i < count; ++i)
                values << q.value(i);
            rows << values;
        }
        return rows;
    }
} // namespace

RegistrationRows registrationRows(const QSqlDatabase& db, qint64 caseId)
{
    RegistrationRows rows;
    rows.caseRow = rowsOf(
        sql::run(db, u"SELECT %1 FROM cases WHERE id = ?"_s.arg(QLatin1String(kCaseDigestColumns)), { caseId }),
        kCaseDigestColumns);
    rows.applicants
        = rowsOf(sql::run(db,
                     u"SELECT %1 FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id "
                     u"WHERE ca.case_id = ? ORDER BY ca.position"_s.arg(QLatin1String(kApplicantDigestColumns)),
                     { caseId }),
            kApplicantDigestColumns);
    rows.agent
        = rowsOf(sql::run(db, u"SELECT %1 FROM case_agents WHERE case_id = ?"_s.arg(QLatin1String(kAgentDigestColumns)),
                     { caseId }),
            kAgentDigestColumns);
    return rows;
}

QList<QVariantList> caseEventRows(const QSqlDatabase& db, qint64 caseId, int seq)
{
    return rowsOf(
        sql::run(db,
            u"SELECT %1 FROM case_events WHERE case_id = ? AND seq = ?"_s.arg(QLatin1String(kEventDigestColumns)),
            { caseId, seq }),
        kEventDigestColumns);
}

QList<QVariantList> endedPeriodRows(const QSqlDatabase& db, qint64 caseId, int seq)
{
    return rowsOf(sql::run(db,
                      u"SELECT %1 FROM case_periods WHERE case_id = ? AND ended_seq = ? ORDER BY period"_s.arg(
                          QLatin1String(kPeriodDigestColumns)),
                      { caseId, seq }),
        kPeriodDigestColumns);
}

QList<QVariantList> noticeRows(const QSqlDatabase& db, qint64 noticeId)
{
    return rowsOf(
        sql::run(db, u"SELECT %1 FROM notices WHERE id = ?"_s.arg(QLatin1String(kNoticeDigestColumns)), { noticeId }),
        kNoticeDigestColumns);
}

} // namespace ogi
