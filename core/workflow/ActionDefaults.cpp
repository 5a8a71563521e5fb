#include "ActionDefaults.h"

#include "deadline/DeadlineRules.h"

using namespace Qt::StringLiterals;

namespace ogi {

QJsonObject actionDefaults(const QString& action, const CaseRecord& record)
{
    QJsonObject defaults;
    if (action == u"request_supplement") {
        if (!record.missing.isEmpty())
            defaults.insert(u"items"_s, supplementItemsText(record.application, record.missing));
        // Art. 30 asks for a reasonable period; the least the office gives is where the clerk starts.
        defaults.insert(u"days"_s, DeadlineRules {}.minSupplementDays);
    }
    return defaults;
}

} // namespace ogi
