#pragma once

#include "lifecycle/CaseKind.h"
#include "lifecycle/CaseState.h"
#include "lifecycle/WorkflowFacts.h"

#include <QString>

namespace ogi {

// The step a case waits for, for lists and boards: the action that takes it ("assign",
// "issue_notice" for the reply notice owed before delivery) and its words ("待分办",
// "待出具答复书"). An extension waiting for the chief's decision comes first; an archived
// case waits for nothing (both empty).
struct NextStep
{
    QString action;
    QString text;
};

NextStep nextStep(CaseState state, CaseKind kind, const WorkflowFacts& facts);

} // namespace ogi
