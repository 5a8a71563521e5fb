#include "ActionDefaults.h"

#include "deadline/DeadlineRules.h"
#include "lifecycle/ReplyType.h"
#include "workflow/ExemptionArticle.h"
#include "workflow/WorkflowVocabulary.h"

using namespace Qt::StringLiterals;

namespace ogi {

QJsonObject actionDefaults(const QString& action, const CaseRecord& record, const WorkflowFacts& facts)
{
    QJsonObject defaults;
    if (action == u"request_supplement") {
        if (!record.missing.isEmpty())
            defaults.insert(u"items"_s, supplementItemsText(record.application, record.missing));
        // Art. 30 asks for a reasonable period; the least the office gives is where the clerk starts.
        defaults.insert(u"days"_s, DeadlineRules {}.minSupplementDays);
    }
    // A review that passes leaves several reply types open (公开, 已主动公开 ...): no default then.
    if (action == u"draft" && record.state == CaseState::Drafting) {
        if (facts.reviewResult == u"partial")
            defaults.insert(u"reply_type"_s, codeOf(replyTypes(), ReplyType::PartlyDisclose));
        if (facts.reviewResult == u"withhold") {
            defaults.insert(u"reply_type"_s, codeOf(replyTypes(), ReplyType::Withhold));
            if (const auto article = parseTerm(exemptionArticles(), facts.reviewArticle))
                defaults.insert(u"outcome"_s, withheldOutcomeFor(*article));
        }
    }
    return defaults;
}

} // namespace ogi
