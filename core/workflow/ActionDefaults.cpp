#include "ActionDefaults.h"

using namespace Qt::StringLiterals;

namespace ogi {

QJsonObject actionDefaults(const QString& action, const CaseRecord& record)
{
    QJsonObject defaults;
    if (action == u"request_supplement" && !record.missing.isEmpty())
        defaults.insert(u"items"_s, supplementItemsText(record.application, record.missing));
    return defaults;
}

} // namespace ogi
