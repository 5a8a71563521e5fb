#pragma once

#include "lifecycle/CaseEvent.h"
#include "storage/lifecycle/EventRows.h"

#include <QSqlQuery>
#include <QString>

namespace ogi {

// The case_events columns caseEventFromRow() reads, in its order, for SELECT lists.
// `prefix` qualifies each column ("e." when joined).
QString caseEventColumns(const QString& prefix = {});

// The event in the row of `query`, whose columns from `firstColumn` on are caseEventColumns().
CaseEvent caseEventFromRow(const QSqlQuery& query, int firstColumn = 0);

// The event a stored row holds.
CaseEvent caseEventOf(const EventRow& row);

} // namespace ogi
