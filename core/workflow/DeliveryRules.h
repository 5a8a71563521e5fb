#pragma once

#include "workflow/ActionRules.h"

namespace ogi {

// deliver: the reply issued in writing first (actionPrerequisiteProblem); by post or EMS the
// tracking number; a receipt date no earlier than the delivery and not in the future, and a
// proof of receipt only with that date.
void checkDelivery(const ActionContext& context, ActionEffect& effect);

// delivery_received: once; the action's date is the receipt, `proof` says how it is known.
void checkDeliveryReceived(const ActionContext& context);

// archive: a replied case records how the applicant's receipt is known (proof: its
// ReceiptProof code), or "none" together with the clerk's reason (without_proof), which is
// then required: archiving without proof is allowed, never silently.
void checkArchive(const ActionContext& context, ActionEffect& effect);

} // namespace ogi
