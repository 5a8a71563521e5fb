#pragma once

#include "lifecycle/CaseEvent.h"
#include "lifecycle/WorkflowFacts.h"
#include "register/Application.h"
#include "remedies/RemedyWindows.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>

namespace ogi {

// The remedies a case's applicant still has, as `ogi show` gives them.
struct CaseRemedyWindows
{
    RemedyClause clause = RemedyClause::None; // what the decision's notice says of remedies
    QList<RemedyWindow> windows;
};

// The remedies paragraph of the decision the case ended with: the reply notice type of the
// signed-off draft's reply type (for a reply imported from an old ledger, of the usual reply
// type of its outcome), or of the 视为放弃申请告知书 for an application treated as abandoned.
// None while there is no decision (open, withdrawn).
RemedyClause decisionRemedyClause(const WorkflowFacts& facts, const QString& outcome);

// The windows from the applicant's receipt of the decision (remedyWindows), or, for an open
// case whose reply is overdue, the reconsideration against the failure to reply
// (failureToActWindow).
CaseRemedyWindows caseRemedyWindows(
    const Database& database, const CaseRecord& record, const QList<CaseEvent>& events, const QDate& asOf);

} // namespace ogi
