#pragma once

#include "workflow/ActionRules.h"

namespace ogi {

// The rules of a correction request's own steps (Art. 41), beyond the workflow table: a
// decision must rest on what verifying the record found (findingsAllowing) — a correction on
// a record found inaccurate, a referral or redirection when another agency is competent, a
// refusal otherwise — and a refusal records its ground. Throws Error(Refused) naming the
// finding; does nothing for the other actions.
void applyCorrectionRules(const QString& action, const ActionContext& context, ActionEffect& effect);

} // namespace ogi
