#pragma once

#include "Term.h"

#include <QList>
#include <QString>

namespace ogi {

// The roles of DESIGN.md §3/§4. A user may hold several; every check is in core.
enum class Role {
    Clerk, // 经办人: registers, handles and drafts
    Reviewer, // 保密审查: the confidentiality review
    Chief, // 负责人: approves extensions, signs off replies
    Administrator, // 管理员: users, calendar, settings
};

// Codes "clerk", "reviewer", "chief", "admin"; Chinese terms accepted on input.
const QList<Term<Role>>& roles();

// "经办人、负责人" style list of role names in the user's language.
QString roleNames(const QList<Role>& list);

} // namespace ogi
