#include "Role.h"

#include <QCoreApplication>
#include <QStringList>

namespace ogi {

const QList<Term<Role>>& roles()
{
    static const QList<Term<Role>> terms = {
        { Role::Clerk, "clerk", "经办人", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Clerk") },
        { Role::Reviewer, "reviewer", "保密审查", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Confidentiality reviewer") },
        { Role::Chief, "chief", "负责人", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Chief") },
        { Role::Administrator, "admin", "管理员", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Administrator") },
    };
    return terms;
}

QString roleNames(const QList<Role>& list)
{
    QStringList names;
    for (Role role : list)
        names << displayName(roles(), role);
    // The Chinese enumeration comma reads right in both languages' messages.
    return names.join(QCoreApplication::translate("ogi::Vocabulary", ", "));
}

} // namespace ogi
