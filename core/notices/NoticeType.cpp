#include "NoticeType.h"

#include <QCoreApplication>

namespace ogi {

const QList<NoticeType>& noticeTypes()
{
    using P = NoticePrerequisite;
    using C = RemedyClause;
    using R = ReplyType;
    static const QList<NoticeType> types = {
        { "receipt", "政府信息公开申请登记回执", QT_TRANSLATE_NOOP("ogi::NoticeType", "Acknowledgement of receipt"),
            "第三十一条", "回", P::None, C::None, std::nullopt },
        { "supplement", "补正申请告知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Request to supplement"), "第三十条",
            "补", P::SupplementRequested, C::None, std::nullopt },
        { "extension", "延长答复期限告知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Notice of extension"),
            "第三十三条第二款", "延", P::ExtensionApproved, C::None, std::nullopt },
        { "later_date", "延迟答复告知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Notice of a later reply date (Art. 35)"),
            "第三十五条", "延", P::LaterDateSet, C::None, std::nullopt },
        { "consult_third_party", "征求第三方意见书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Consultation of a third party"), "第三十二条", "征",
            P::ThirdPartyConsulted, C::None, std::nullopt },
        // Art. 32: the third party is told in writing, before disclosure, what will be disclosed
        // and why; the decision is its to challenge (reconsideration or litigation).
        { "third_party_disclosure", "政府信息公开决定告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Notice to the third party: decided to disclose"), "第三十二条", "征",
            P::DisclosureOverObjection, C::Either, std::nullopt },
        { "consult_agency", "征求意见函", QT_TRANSLATE_NOOP("ogi::NoticeType", "Consultation of another agency"),
            "第三十四条", "征", P::AgencyConsulted, C::None, std::nullopt },
        { "fee", "信息处理费缴费通知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Notice of information processing fee"),
            "第四十二条", "费", P::FeeNoticed, C::Either, std::nullopt },
        { "reasons_request", "说明理由通知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Request for reasons (Art. 35)"),
            "第三十五条", "答", P::ReasonsRequested, C::None, std::nullopt },
        { "abandoned", "视为放弃申请告知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Application treated as abandoned"),
            "第三十条或第四十二条第一款", "答", P::Abandoned, C::Either, std::nullopt },
        { "reply_disclose", "政府信息公开申请答复书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: disclosed"),
            "第三十六条第（二）项", "答", P::ReplySignedOff, C::Either, R::Disclose },
        { "reply_partly_disclose", "政府信息公开申请答复书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: partly disclosed"), "第三十七条", "答", P::ReplySignedOff,
            C::ReconsiderationFirst, R::PartlyDisclose },
        { "reply_withhold", "政府信息公开申请答复书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: withheld"),
            "第三十六条第（三）项", "答", P::ReplySignedOff, C::ReconsiderationFirst, R::Withhold },
        { "reply_already_public", "政府信息公开申请答复书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: already made public"), "第三十六条第（一）项", "答",
            P::ReplySignedOff, C::Either, R::AlreadyPublic },
        { "reply_not_exist", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: information does not exist"), "第三十六条第（四）项", "答",
            P::ReplySignedOff, C::Either, R::NotExist },
        { "reply_not_responsible", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: not this office's information"), "第三十六条第（五）项", "答",
            P::ReplySignedOff, C::Either, R::NotResponsible },
        { "reply_repeat", "政府信息公开申请告知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: repeated application"),
            "第三十六条第（六）项", "答", P::ReplySignedOff, C::Either, R::Repeat },
        { "reply_special_provision", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: governed by special provisions"), "第三十六条第（七）项", "答",
            P::ReplySignedOff, C::Either, R::SpecialProvision },
        { "reply_petition", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: petition or complaint"), "第三十九条第一款", "答",
            P::ReplySignedOff, C::Either, R::Petition },
        { "reply_publication", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: public publication"), "第三十九条第二款", "答",
            P::ReplySignedOff, C::Either, R::Publication },
        { "reply_needs_creation", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: would have to be created"), "第三十八条", "答",
            P::ReplySignedOff, C::Either, R::NeedsCreation },
        { "reply_excessive", "不予处理告知书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: not processed (Art. 35)"),
            "第三十五条", "答", P::ReplySignedOff, C::Either, R::Excessive },
        { "reply_confirmation", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: confirming information already obtained"), "第二条、第二十七条",
            "答", P::ReplySignedOff, C::Either, R::Confirmation },
        { "reply_still_unclear", "政府信息公开申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Reply: still unclear after the supplement"), "第三十条", "答",
            P::ReplySignedOff, C::Either, R::StillUnclear },
        // A correction request (Art. 41, one paragraph: cited whole). Each decision is open to
        // reconsideration or litigation; 行政复议法 Art. 23's 复议前置 names 不予公开, not these.
        { "correction_corrected", "更正申请答复书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Correction: corrected"),
            "第四十一条", "答", P::CorrectionSignedOff, C::Either, std::nullopt, "correct" },
        { "correction_refused", "更正申请答复书", QT_TRANSLATE_NOOP("ogi::NoticeType", "Correction: refused"),
            "第四十一条", "答", P::CorrectionSignedOff, C::Either, std::nullopt, "refuse_correction" },
        { "correction_referred", "更正申请转送告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Correction: referred to the competent agency"), "第四十一条", "答",
            P::CorrectionSignedOff, C::Either, std::nullopt, "refer" },
        { "correction_redirected", "更正申请告知书",
            QT_TRANSLATE_NOOP("ogi::NoticeType", "Correction: to be asked of the competent agency"), "第四十一条", "答",
            P::CorrectionSignedOff, C::Either, std::nullopt, "redirect" },
    };
    return types;
}

const NoticeType* findNoticeType(const QString& code)
{
    const QString text = code.trimmed();
    for (const NoticeType& type : noticeTypes())
        if (text == QLatin1String(type.code))
            return &type;
    return nullptr;
}

const NoticeType& replyNoticeType(ReplyType reply)
{
    for (const NoticeType& type : noticeTypes())
        if (type.reply == reply)
            return type;
    return noticeTypes().back(); // unreachable: every reply type has a notice (tested)
}

const NoticeType* correctionReplyNoticeType(const QString& decision)
{
    for (const NoticeType& type : noticeTypes())
        if (type.correctionDecision && decision == QLatin1String(type.correctionDecision))
            return &type;
    return nullptr;
}

bool isReplyNotice(const NoticeType& type) { return type.reply.has_value() || type.correctionDecision; }

bool isCorrectionNotice(const NoticeType& type) { return type.correctionDecision != nullptr; }

QString noticeTypeName(const NoticeType& type) { return QCoreApplication::translate("ogi::NoticeType", type.english); }

} // namespace ogi
