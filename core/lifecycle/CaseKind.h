#pragma once

#include "Term.h"

namespace ogi {

// What a case is. An application for government information (Art. 27–40) is what the
// Regulations' periods, the annual report's section 三 and the monthly tally are about. A
// request to correct a record about oneself (Art. 41) is not one: it has its own steps and
// notices, no statutory period, and is counted in neither (docs/legal-rules.md).
enum class CaseKind
{
    Disclosure,
    Correction
};

// disclosure 政府信息公开申请, correction 更正申请.
const QList<Term<CaseKind>>& caseKinds();

// Art. 33's reply period applies: not to a correction request, for which the Regulations set none.
bool hasStatutoryReplyPeriod(CaseKind kind);

} // namespace ogi
