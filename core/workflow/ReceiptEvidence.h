#pragma once

#include "Term.h"

#include <QString>

namespace ogi {

// How the office knows that the applicant received something it sent: a notice whose
// period runs from that day (the supplement notice, Art. 30; the fee notice, 信息处理费管理
// 办法第七条) or the reply itself (the remedy windows run from it, and archiving looks for it,
// Art. 45 归档). One vocabulary for both.
enum class ReceiptEvidence
{
    ServiceRecord, // 送达回证 signed by the recipient
    SignedReceipt, // another receipt signed by the applicant
    PostalTracking, // the postal tracking shows it delivered
    EmailRecord, // the record of an email delivery (EmailDelivery: the server's acceptance)
    EmailReadReceipt,
    Phone,
    InPerson,
    Other
};

const QList<Term<ReceiptEvidence>>& receiptEvidence();

// True for the evidence that proves the receipt on paper or in a record a court can be shown
// (送达回证, a signed receipt, the tracking result, an email delivery record or read receipt);
// false for a phone call, a collection without signature, or "other" — and for an unknown code.
bool provesReceipt(const QString& code);

} // namespace ogi
