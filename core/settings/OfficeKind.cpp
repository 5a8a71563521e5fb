#include "OfficeKind.h"

#include <QCoreApplication>

namespace ogi {

const QList<Term<OfficeKind>>& officeKinds()
{
    static const QList<Term<OfficeKind>> terms = {
        { OfficeKind::Department, "department", "县级以上人民政府部门",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Government department at county level or above") },
        { OfficeKind::Government, "government", "政府信息公开工作主管部门",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Competent office for government information of a local government") },
    };
    return terms;
}

} // namespace ogi
