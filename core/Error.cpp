#include "Error.h"

namespace ogi {

Error::Error(ErrorCode code, QString message, QList<FieldIssue> issues)
    : m_code(code)
    , m_message(std::move(message))
    , m_issues(std::move(issues))
{
    QString text = m_message;
    for (const FieldIssue& issue : m_issues)
        text += u'\n' + issue.field + u": " + issue.message;
    m_utf8 = text.toUtf8();
}

} // namespace ogi
