#include "ReplyType.h"

using namespace Qt::StringLiterals;

namespace ogi {

const QList<Term<ReplyType>>& replyTypes()
{
    using R = ReplyType;
    static const QList<Term<ReplyType>> terms = {
        { R::Disclose, "disclose", "予以公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Disclose (Art. 36(2))") },
        { R::PartlyDisclose, "partly_disclose", "部分公开",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Partly disclose (Art. 37)") },
        { R::Withhold, "withhold", "不予公开", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Withhold (Art. 36(3))") },
        { R::AlreadyPublic, "already_public", "已主动公开",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Already made public (Art. 36(1))") },
        { R::NotExist, "not_exist", "信息不存在",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Information does not exist (Art. 36(4))") },
        { R::NotResponsible, "not_responsible", "非本机关负责",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Not this office's information (Art. 36(5))") },
        { R::Repeat, "repeat", "重复申请", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Repeated application (Art. 36(6))") },
        { R::SpecialProvision, "special_provision", "特别规定",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Governed by special provisions (Art. 36(7))") },
        { R::Petition, "petition", "信访投诉",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Petition or complaint (Art. 39)") },
        { R::Publication, "publication", "公开出版物",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Public publication (Art. 39)") },
        { R::NeedsCreation, "needs_creation", "需另行制作",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Would have to be created (Art. 38)") },
        { R::Excessive, "excessive", "不予处理",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Excessive requests, not processed (Art. 35)") },
        { R::Confirmation, "confirmation", "要求确认或重新出具",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Asks to confirm or reissue information already obtained") },
        { R::StillUnclear, "still_unclear", "补正后仍不明确",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Still unclear after the supplement (Art. 30)") },
    };
    return terms;
}

QStringList allowedOutcomes(ReplyType type)
{
    switch (type) {
    case ReplyType::Disclose:
    case ReplyType::AlreadyPublic: // 已主动公开 is counted as 予以公开 in the national format
        return { u"disclosed"_s };
    case ReplyType::PartlyDisclose:
        return { u"partly_disclosed"_s };
    case ReplyType::Withhold: // Art. 36(3) rests on Art. 14–16: rows 1–7, one per exemption (ExemptionArticle)
        return { u"withheld_1"_s, u"withheld_2"_s, u"withheld_3"_s, u"withheld_4"_s, u"withheld_5"_s,
            u"withheld_6"_s, u"withheld_7"_s };
    case ReplyType::NotExist:
    case ReplyType::NotResponsible:
        return { u"unavailable_1"_s };
    case ReplyType::NeedsCreation:
        return { u"unavailable_2"_s };
    case ReplyType::StillUnclear:
        return { u"unavailable_3"_s };
    case ReplyType::Petition:
        return { u"not_processed_1"_s };
    case ReplyType::Repeat:
        return { u"not_processed_2"_s };
    case ReplyType::Publication:
        return { u"not_processed_3"_s };
    case ReplyType::Excessive:
        return { u"not_processed_4"_s };
    case ReplyType::Confirmation:
        return { u"not_processed_5"_s };
    case ReplyType::SpecialProvision:
        // Registration records and the like that other laws open by their own procedure are what
        // the format calls 行政查询事项 (国办公开办函〔2016〕206号: 特定行政管理领域的业务查询事项);
        // docs/legal-rules.md gives the source.
        return { u"withheld_8"_s };
    }
    return {};
}

std::optional<ReplyType> replyTypeForOutcome(const QString& outcome)
{
    for (const Term<ReplyType>& term : replyTypes())
        if (allowedOutcomes(term.value).contains(outcome))
            return term.value;
    return std::nullopt;
}

bool isConcludedAtOnce(ReplyType type)
{
    // Art. 36(7) releases nothing and rests on no exemption of Art. 14–16: the request itself
    // shows that another law's procedure governs access, so there is nothing to review.
    return type == ReplyType::Petition || type == ReplyType::Publication || type == ReplyType::Repeat
        || type == ReplyType::SpecialProvision;
}

bool disclosesInformation(ReplyType type)
{
    return type == ReplyType::Disclose || type == ReplyType::PartlyDisclose;
}

} // namespace ogi
