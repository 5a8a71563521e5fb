#include "Outcome.h"

using namespace Qt::StringLiterals;

namespace ogi {

const QList<Outcome>& allOutcomes()
{
    using C = OutcomeCategory;
    static const QList<Outcome> outcomes = {
        { u"disclosed"_s, C::Disclosed, 0, u"予以公开"_s },
        { u"partly_disclosed"_s, C::PartlyDisclosed, 0, u"部分公开（区分处理的，只计这一情形，不计其他情形）"_s },
        { u"withheld_1"_s, C::Withheld, 1, u"属于国家秘密"_s },
        { u"withheld_2"_s, C::Withheld, 2, u"其他法律行政法规禁止公开"_s },
        { u"withheld_3"_s, C::Withheld, 3, u"危及“三安全一稳定”"_s },
        { u"withheld_4"_s, C::Withheld, 4, u"保护第三方合法权益"_s },
        { u"withheld_5"_s, C::Withheld, 5, u"属于三类内部事务信息"_s },
        { u"withheld_6"_s, C::Withheld, 6, u"属于四类过程性信息"_s },
        { u"withheld_7"_s, C::Withheld, 7, u"属于行政执法案卷"_s },
        { u"withheld_8"_s, C::Withheld, 8, u"属于行政查询事项"_s },
        { u"unavailable_1"_s, C::Unavailable, 1, u"本机关不掌握相关政府信息"_s },
        { u"unavailable_2"_s, C::Unavailable, 2, u"没有现成信息需要另行制作"_s },
        { u"unavailable_3"_s, C::Unavailable, 3, u"补正后申请内容仍不明确"_s },
        { u"not_processed_1"_s, C::NotProcessed, 1, u"信访举报投诉类申请"_s },
        { u"not_processed_2"_s, C::NotProcessed, 2, u"重复申请"_s },
        { u"not_processed_3"_s, C::NotProcessed, 3, u"要求提供公开出版物"_s },
        { u"not_processed_4"_s, C::NotProcessed, 4, u"无正当理由大量反复申请"_s },
        { u"not_processed_5"_s, C::NotProcessed, 5, u"要求行政机关确认或重新出具已获取信息"_s },
        { u"other_1"_s, C::OtherHandling, 1,
            u"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s },
        { u"other_2"_s, C::OtherHandling, 2,
            u"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s },
        { u"other_3"_s, C::OtherHandling, 3, u"其他"_s },
    };
    return outcomes;
}

QString categoryLegalLabel(OutcomeCategory category)
{
    switch (category) {
    case OutcomeCategory::Disclosed:
        return u"予以公开"_s;
    case OutcomeCategory::PartlyDisclosed:
        return u"部分公开"_s;
    case OutcomeCategory::Withheld:
        return u"不予公开"_s;
    case OutcomeCategory::Unavailable:
        return u"无法提供"_s;
    case OutcomeCategory::NotProcessed:
        return u"不予处理"_s;
    case OutcomeCategory::OtherHandling:
        return u"其他处理"_s;
    }
    return {};
}

std::optional<Outcome> findOutcome(const QString& codeOrLabel)
{
    const QString text = codeOrLabel.trimmed();
    for (const Outcome& outcome : allOutcomes())
        if (text == outcome.code || text == outcomeDisplayText(outcome))
            return outcome;
    return std::nullopt;
}

QString outcomeDisplayText(const Outcome& outcome)
{
    if (outcome.item == 0)
        return categoryLegalLabel(outcome.category);
    return categoryLegalLabel(outcome.category) + u'-' + outcome.legalLabel;
}

} // namespace ogi
