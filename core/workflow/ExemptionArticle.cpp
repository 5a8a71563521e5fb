#include "ExemptionArticle.h"

using namespace Qt::StringLiterals;

namespace ogi {

const QList<Term<ExemptionArticle>>& exemptionArticles()
{
    using A = ExemptionArticle;
    static const QList<Term<ExemptionArticle>> terms = {
        { A::StateSecret, "art14_state_secret", "第十四条 国家秘密",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Art. 14: state secret") },
        { A::Prohibited, "art14_prohibited", "第十四条 法律、行政法规禁止公开",
            QT_TRANSLATE_NOOP(
                "ogi::Vocabulary", "Art. 14: disclosure prohibited by law or administrative regulation") },
        { A::Security, "art14_security", "第十四条 危及“三安全一稳定”",
            QT_TRANSLATE_NOOP("ogi::Vocabulary",
                "Art. 14: would endanger national, public or economic security or social stability") },
        { A::ThirdParty, "art15_third_party", "第十五条 第三方合法权益",
            QT_TRANSLATE_NOOP(
                "ogi::Vocabulary", "Art. 15: harms a third party's lawful rights (trade secret, privacy)") },
        { A::InternalAffairs, "art16_internal_affairs", "第十六条第一款 内部事务信息",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Art. 16(1): internal affairs") },
        { A::ProcessInformation, "art16_process", "第十六条第二款 过程性信息",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Art. 16(2): process information") },
        { A::EnforcementFile, "art16_enforcement_file", "第十六条第二款 行政执法案卷",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Art. 16(2): administrative enforcement case file") },
    };
    return terms;
}

QString withheldOutcomeFor(ExemptionArticle article)
{
    switch (article) {
    case ExemptionArticle::StateSecret:
        return u"withheld_1"_s;
    case ExemptionArticle::Prohibited:
        return u"withheld_2"_s;
    case ExemptionArticle::Security:
        return u"withheld_3"_s;
    case ExemptionArticle::ThirdParty:
        return u"withheld_4"_s;
    case ExemptionArticle::InternalAffairs:
        return u"withheld_5"_s;
    case ExemptionArticle::ProcessInformation:
        return u"withheld_6"_s;
    case ExemptionArticle::EnforcementFile:
        return u"withheld_7"_s;
    }
    return {};
}

QStringList withheldOutcomesNamedIn(const QString& basis)
{
    struct Clue
    {
        const char16_t* text;
        QStringList outcomes;
    };
    // The exemption's own words say most; the article alone says less (第十四条 holds three rows).
    static const Clue words[] = {
        { u"国家秘密", { u"withheld_1"_s } },
        { u"禁止公开", { u"withheld_2"_s } },
        { u"安全", { u"withheld_3"_s } },
        { u"稳定", { u"withheld_3"_s } },
        { u"商业秘密", { u"withheld_4"_s } },
        { u"隐私", { u"withheld_4"_s } },
        { u"第三方", { u"withheld_4"_s } },
        { u"内部事务", { u"withheld_5"_s } },
        { u"过程性", { u"withheld_6"_s } },
        { u"执法案卷", { u"withheld_7"_s } },
    };
    static const Clue articles[] = {
        { u"第十四条", { u"withheld_1"_s, u"withheld_2"_s, u"withheld_3"_s } },
        { u"第十五条", { u"withheld_4"_s } },
        { u"第十六条第一款", { u"withheld_5"_s } },
        { u"第十六条第二款", { u"withheld_6"_s, u"withheld_7"_s } },
    };
    const auto named = [&basis](const auto& clues) {
        QStringList outcomes;
        for (const Clue& clue : clues)
            if (basis.contains(QStringView(clue.text)))
                for (const QString& outcome : clue.outcomes)
                    if (!outcomes.contains(outcome))
                        outcomes << outcome;
        outcomes.sort();
        return outcomes;
    };
    const QStringList byWords = named(words);
    if (!byWords.isEmpty())
        return byWords;
    QStringList byArticle = named(articles);
    // 第十六条 without its paragraph: any of its three rows.
    if (basis.contains(u"第十六条") && !basis.contains(u"第十六条第一款") && !basis.contains(u"第十六条第二款")) {
        byArticle << u"withheld_5"_s << u"withheld_6"_s << u"withheld_7"_s;
        byArticle.removeDuplicates();
        byArticle.sort();
    }
    return byArticle;
}

} // namespace ogi
