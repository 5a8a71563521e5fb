#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ogi {

// The remedies table as stored. Kind and result are vocabulary codes ("reconsideration",
// "pending" ...); remedies/ turns them into its enums. The writers run inside the caller's
// transaction.
struct RemedyRow
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;
    QDate filed;
    QString body;
    QString result;
    QDate concluded; // invalid: NULL
};

// Stores `row` (its id is not read) as recorded at `recordedAt`; returns the new id.
qint64 insertRemedyRow(const QSqlDatabase& db, const RemedyRow& row, const QDateTime& recordedAt);

// Sets result and concluded date of remedy `remedyId` of case `caseId`; false when the case
// has no such remedy (nothing is written then).
bool updateRemedyRowResult(
    const QSqlDatabase& db, qint64 remedyId, qint64 caseId, const QString& result, const QDate& concluded);

// The case's remedies by filing date, then as stored.
QList<RemedyRow> remedyRowsOf(const QSqlDatabase& db, qint64 caseId);

} // namespace ogi
