#pragma once

#include "lifecycle/WorkflowFacts.h"
#include "register/Application.h"

#include <QJsonObject>
#include <QString>

namespace ogi {

// The parameters of `action` that the case itself supplies when the user leaves them out,
// by name: request_supplement's "items" are the Art. 29 elements the application lacked
// (Art. 30: the notice names every point at once) and its "days" the least supplement period
// (DeadlineRules::minSupplementDays); draft's "reply_type" the one the confidentiality review
// decided (部分公开 after a partial review, 不予公开 after a refusal) and its "outcome" the
// 不予公开 row of the provision the review withheld under. The desktop's action dialog starts
// from them; CaseWorkflow::perform uses them for a parameter not given.
QJsonObject actionDefaults(const QString& action, const CaseRecord& record, const WorkflowFacts& facts);

} // namespace ogi
