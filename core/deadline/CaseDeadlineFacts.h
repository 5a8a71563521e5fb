#pragma once

#include "deadline/ReplyFacts.h"
#include "lifecycle/CaseEvent.h"

#include <QDate>
#include <QList>

namespace ogi {

// The deadline facts of a stored case, read from its timeline (events in seq order, as
// CaseTransitions records them): request_supplement / supplement_received (Art. 30),
// consult / consult_answer (Art. 32, 34) and fee_notice / fee_paid (Art. 42) as pauses, the
// applicant's receipt of the fee notice (notice_received), approve_extension with the day
// the applicant was told (the first extension notice issued and not voided, or
// extension_notice_sent; Art. 33(2)), deliver as the reply, withdraw / supplement_overdue /
// fee_overdue as closing without a reply owed. `receipt` is the case's Art. 31 receipt date.
// Pure; never throws.
ReplyFacts replyFactsFromEvents(const QDate& receipt, const QList<CaseEvent>& events);

} // namespace ogi
