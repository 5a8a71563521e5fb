#pragma once

#include "users/UserAccount.h"

#include <QString>

namespace ogi {

// Throws Error(Refused) — "<what> needs the role <role>; <login> holds <roles>." — unless
// `user` is active and holds `role`. For the checks outside the case workflow (users,
// settings, calendar, registration); the workflow's own are in ActionPermission.
void requireRole(const UserAccount& user, Role role, const QString& what);

} // namespace ogi
