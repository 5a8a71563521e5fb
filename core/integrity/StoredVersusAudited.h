#pragma once

#include "integrity/AuditedFacts.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ogi {

// Every stored row compared with what the audit log recorded when it was written (issue 18).
// `findings`: rows that disagree, rows with no audit record, audit records with no row.
// `limits`: what could not be checked (rows written before the audit held their digests).

// Cases' registered particulars, their steps and ended periods, the case counters.
void checkCasesAgainstAudit(
    const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings, QStringList& limits);

// Notices and their voiding, users and roles, settings, calendar overrides, attachments.
void checkOfficeAgainstAudit(
    const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings, QStringList& limits);

} // namespace ogi
