#include "ReceiptEvidence.h"

namespace ogi {

const QList<Term<ReceiptEvidence>>& receiptEvidence()
{
    static const QList<Term<ReceiptEvidence>> terms = {
        { ReceiptEvidence::SignedReceipt, "signed_receipt", "送达回证签收",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Signed receipt (proof of service)") },
        { ReceiptEvidence::PostalTracking, "postal_tracking", "邮件妥投查询",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Postal tracking: delivered") },
        { ReceiptEvidence::EmailReadReceipt, "email_read", "电子邮件已读回执",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Email read receipt") },
        { ReceiptEvidence::Phone, "phone", "电话确认", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Confirmed by phone") },
        { ReceiptEvidence::InPerson, "in_person", "当面领取",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Collected in person") },
        { ReceiptEvidence::Other, "other", "其他", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other (see the note)") },
    };
    return terms;
}

} // namespace ogi
