#pragma once

#include "Error.h"
#include "remedies/Remedy.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ogi {

// The remedies table. The writers run inside the caller's WriteTransaction: the workflow
// stores a remedy together with its case event and audit row.

// One FieldIssue per problem: filed date valid and not after `today`; body given; a concluded
// date exactly when the result is not pending, not before filing and not after `today`.
QList<FieldIssue> validateRemedy(const Remedy& remedy, const QDate& today);

// Stores a new remedy; returns its id.
qint64 insertRemedy(const QSqlDatabase& db, const Remedy& remedy, const QDateTime& now);

// Records the result of remedy `remedyId` of case `caseId`; Error(NotFound) if the case has no
// such remedy.
void updateRemedyResult(
    const QSqlDatabase& db, qint64 remedyId, qint64 caseId, RemedyResult result, const QDate& concluded);

// The case's remedies in filing order.
QList<Remedy> remediesOf(const QSqlDatabase& db, qint64 caseId);

} // namespace ogi
