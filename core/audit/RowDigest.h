#pragma once

#include "storage/audit/DigestRows.h" // the column lists, kCaseDigestColumns ...

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace ogi {

// The SHA-256 of rows as stored, which an audit row records when it writes them and
// `ogi verify` recomputes: a row edited in the file afterwards no longer matches its audit
// row. Writers and verify read the same columns (DigestRows.h) in the same order.

// Collects rows (the values of each) and gives their digest.
class RowDigest
{
public:
    void add(const QVariantList& values);
    void addText(const QString& text);
    QString hex() const;

private:
    QByteArray m_canonical;
};

// The digests a writer records, read back from the rows it has just written.
QString caseRegistrationDigest(const QSqlDatabase& db, qint64 caseId);
QString caseEventDigest(const QSqlDatabase& db, qint64 caseId, int seq);
QString endedPeriodsDigest(const QSqlDatabase& db, qint64 caseId, int seq); // empty list: a digest too
QString noticeDigest(const QSqlDatabase& db, qint64 noticeId);

} // namespace ogi
