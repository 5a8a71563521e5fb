#pragma once

#include "Term.h"

namespace ogi {

// 行政复议 / 行政诉讼 against a case: the three kinds of the annual report's section 四.
enum class RemedyKind { Reconsideration, LitigationDirect, LitigationAfterReconsideration };
enum class RemedyResult { Upheld, Corrected, Other, Pending };

const QList<Term<RemedyKind>>& remedyKinds();
const QList<Term<RemedyResult>>& remedyResults();

} // namespace ogi
