#include "ReceiptEvidence.h"

namespace ogi {

const QList<Term<ReceiptEvidence>>& receiptEvidence()
{
    using E = ReceiptEvidence;
    static const QList<Term<ReceiptEvidence>> terms = {
        { E::ServiceRecord, "service_record", "送达回证",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Proof of service signed by the recipient") },
        { E::SignedReceipt, "signed_receipt", "签收回执",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Receipt signed by the applicant") },
        { E::PostalTracking, "postal_tracking", "邮件妥投查询记录",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Postal tracking shows it delivered") },
        { E::EmailRecord, "email_record", "电子送达记录", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Email delivery record") },
        { E::EmailReadReceipt, "email_read", "电子邮件已读回执",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Email read receipt") },
        { E::Phone, "phone", "电话确认", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Confirmed by phone") },
        { E::InPerson, "in_person", "当面领取", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Collected in person") },
        { E::Other, "other", "其他", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other (see the note)") },
    };
    return terms;
}

bool provesReceipt(const QString& code)
{
    const std::optional<ReceiptEvidence> evidence = parseTerm(receiptEvidence(), code);
    if (!evidence)
        return false;
    switch (*evidence) {
    case ReceiptEvidence::ServiceRecord:
    case ReceiptEvidence::SignedReceipt:
    case ReceiptEvidence::PostalTracking:
    case ReceiptEvidence::EmailRecord:
    case ReceiptEvidence::EmailReadReceipt:
        return true;
    case ReceiptEvidence::Phone:
    case ReceiptEvidence::InPerson:
    case ReceiptEvidence::Other:
        return false;
    }
    return false;
}

} // namespace ogi
