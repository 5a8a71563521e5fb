#include "RowDigest.h"

#include "Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ogi {

void RowDigest::add(const QVariantList& values)
{
    QJsonArray canonical;
    // NULL and '' differ: an insider must not turn one into the other unseen.
    for (const QVariant& value : values)
        canonical.append(value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    m_canonical += QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    m_canonical += '\n';
}

void RowDigest::addText(const QString& text)
{
    m_canonical += text.toUtf8();
    m_canonical += '\n';
}

QString RowDigest::hex() const { return sha256Hex(m_canonical); }

namespace {
    void addRows(RowDigest& digest, const QList<QVariantList>& rows)
    {
        for (const QVariantList& row : rows)
            digest.add(row);
    }

    QString digestOf(const QList<QVariantList>& rows)
    {
        RowDigest digest;
        addRows(digest, rows);
        return digest.hex();
    }
} // namespace

QString caseRegistrationDigest(const QSqlDatabase& db, qint64 caseId)
{
    const RegistrationRows rows = registrationRows(db, caseId);
    RowDigest digest;
    addRows(digest, rows.caseRow);
    digest.addText(u"applicants"_s);
    addRows(digest, rows.applicants);
    digest.addText(u"agent"_s);
    addRows(digest, rows.agent);
    return digest.hex();
}

QString caseEventDigest(const QSqlDatabase& db, qint64 caseId, int seq)
{
    return digestOf(caseEventRows(db, caseId, seq));
}

QString endedPeriodsDigest(const QSqlDatabase& db, qint64 caseId, int seq)
{
    return digestOf(endedPeriodRows(db, caseId, seq));
}

QString noticeDigest(const QSqlDatabase& db, qint64 noticeId) { return digestOf(noticeRows(db, noticeId)); }

} // namespace ogi
