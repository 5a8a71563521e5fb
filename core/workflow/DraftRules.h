#pragma once

#include "workflow/ActionRules.h"

namespace ogi {

// review: a result that withholds anything names the provision it rests on (article, one of
// exemptionArticles()) and its citation (basis); a pass names none.
void checkReview(const ActionEffect& effect);

// draft: the reply type, the outcome the annual report counts and the review agree. The
// outcome must be one allowedOutcomes() gives the type; a refusal (withhold) is counted in the
// 不予公开 row of the article the review withheld under (a review without an article, recorded
// before it was asked for, by the article its citation names, or not checked when it names
// none), and that row is taken when no outcome is given. Only the replies answered at once
// skip the review; an Art. 35 refusal needs the applicant's reasons asked for first.
void checkDraft(const ActionContext& context, ActionEffect& effect);

} // namespace ogi
