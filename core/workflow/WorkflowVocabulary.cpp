#include "WorkflowVocabulary.h"

namespace ogi {

const QList<Term<ReviewResult>>& reviewResults()
{
    static const QList<Term<ReviewResult>> terms = {
        { ReviewResult::Pass, "pass", "同意公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "May be disclosed") },
        { ReviewResult::Partial, "partial", "部分公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Partly disclosable") },
        { ReviewResult::Withhold, "withhold", "不予公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Must be withheld") },
    };
    return terms;
}

const QList<Term<ConsultParty>>& consultParties()
{
    static const QList<Term<ConsultParty>> terms = {
        { ConsultParty::ThirdParty, "third_party", "第三方",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Third party (Art. 32)") },
        { ConsultParty::Agency, "agency", "其他机关", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other agency (Art. 34)") },
    };
    return terms;
}

const QList<Term<ConsultAnswer>>& consultAnswers()
{
    static const QList<Term<ConsultAnswer>> terms = {
        { ConsultAnswer::Consent, "consent", "同意公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Consents") },
        { ConsultAnswer::Objection, "objection", "不同意公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Objects") },
        { ConsultAnswer::NoAnswer, "no_answer", "逾期未答复",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "No answer in time") },
    };
    return terms;
}

const QList<Term<DeliveryMethod>>& deliveryMethods()
{
    static const QList<Term<DeliveryMethod>> terms = {
        { DeliveryMethod::Post, "post", "邮寄", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Registered post") },
        { DeliveryMethod::Ems, "ems", "EMS", QT_TRANSLATE_NOOP("ogi::Vocabulary", "EMS") },
        { DeliveryMethod::InPerson, "in_person", "当面送达", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Handed over") },
        { DeliveryMethod::Email, "email", "电子邮件", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Email") },
        { DeliveryMethod::Fax, "fax", "传真", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Fax") },
        { DeliveryMethod::Online, "online", "网上", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Online") },
    };
    return terms;
}

const QList<Term<ReasonsFinding>>& reasonsFindings()
{
    static const QList<Term<ReasonsFinding>> terms = {
        { ReasonsFinding::Reasonable, "reasonable", "理由合理", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Reasonable") },
        { ReasonsFinding::Unreasonable, "unreasonable", "理由不合理",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Not reasonable") },
    };
    return terms;
}

} // namespace ogi
