#pragma once

#include "register/Vocabulary.h"

namespace ogi {

// How the office knows that the applicant received a notice whose period runs from that day
// (the supplement notice, Art. 30; the fee notice, 信息处理费管理办法第七条).
enum class ReceiptEvidence
{
    SignedReceipt,
    PostalTracking,
    EmailReadReceipt,
    Phone,
    InPerson,
    Other
};

const QList<Term<ReceiptEvidence>>& receiptEvidence();

} // namespace ogi
