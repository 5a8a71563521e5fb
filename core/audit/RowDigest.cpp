#include "RowDigest.h"

#include "Sha256.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace ogi {

void RowDigest::add(const QSqlQuery& row, int first, int count)
{
    QJsonArray values;
    for (int i = first; i < first + count; ++i) {
        const QVariant value = row.value(i);
        // NULL and '' differ: an insider must not turn one into the other unseen.
        values.append(value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    m_canonical += QJsonDocument(values).toJson(QJsonDocument::Compact);
    m_canonical += '\n';
}

void RowDigest::addText(const QString& text)
{
    m_canonical += text.toUtf8();
    m_canonical += '\n';
}

QString RowDigest::hex() const { return sha256Hex(m_canonical); }

namespace {
    int columnCount(const char* columns) { return int(QLatin1String(columns).count(u',')) + 1; }

    void addRows(RowDigest& digest, QSqlQuery query, int count)
    {
        while (sql::next(query))
            digest.add(query, 0, count);
    }
} // namespace

QString caseRegistrationDigest(const QSqlDatabase& db, qint64 caseId)
{
    RowDigest digest;
    addRows(digest, sql::run(db, u"SELECT %1 FROM cases WHERE id = ?"_s.arg(QLatin1String(kCaseDigestColumns)), { caseId }),
        columnCount(kCaseDigestColumns));
    digest.addText(u"applicants"_s);
    addRows(digest,
        sql::run(db,
            u"SELECT %1 FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id WHERE ca.case_id = ? "
            u"ORDER BY ca.position"_s.arg(QLatin1String(kApplicantDigestColumns)),
            { caseId }),
        columnCount(kApplicantDigestColumns));
    digest.addText(u"agent"_s);
    addRows(digest,
        sql::run(db, u"SELECT %1 FROM case_agents WHERE case_id = ?"_s.arg(QLatin1String(kAgentDigestColumns)), { caseId }),
        columnCount(kAgentDigestColumns));
    return digest.hex();
}

QString caseEventDigest(const QSqlDatabase& db, qint64 caseId, int seq)
{
    RowDigest digest;
    addRows(digest,
        sql::run(db, u"SELECT %1 FROM case_events WHERE case_id = ? AND seq = ?"_s.arg(QLatin1String(kEventDigestColumns)),
            { caseId, seq }),
        columnCount(kEventDigestColumns));
    return digest.hex();
}

QString endedPeriodsDigest(const QSqlDatabase& db, qint64 caseId, int seq)
{
    RowDigest digest;
    addRows(digest,
        sql::run(db,
            u"SELECT %1 FROM case_periods WHERE case_id = ? AND ended_seq = ? ORDER BY period"_s.arg(
                QLatin1String(kPeriodDigestColumns)),
            { caseId, seq }),
        columnCount(kPeriodDigestColumns));
    return digest.hex();
}

QString noticeDigest(const QSqlDatabase& db, qint64 noticeId)
{
    RowDigest digest;
    addRows(digest,
        sql::run(db, u"SELECT %1 FROM notices WHERE id = ?"_s.arg(QLatin1String(kNoticeDigestColumns)), { noticeId }),
        columnCount(kNoticeDigestColumns));
    return digest.hex();
}

} // namespace ogi
