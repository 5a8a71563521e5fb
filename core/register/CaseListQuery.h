#pragma once

#include "storage/Database.h"

#include <QSqlQuery>

namespace ogi {

// Columns of caseListQuery(), in order.
enum class CaseListColumn { CaseNumber, ApplicantName, ApplicantKind, Description, ReceiptDate, State, Outcome, Id };

// The register for list views: an executed, forward-readable query over the case_list view,
// newest receipt first, for a QSqlQueryModel to fetch lazily. Read-only.
QSqlQuery caseListQuery(const Database& database);

} // namespace ogi
