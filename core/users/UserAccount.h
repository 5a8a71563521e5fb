#pragma once

#include "users/Role.h"

#include <QList>
#include <QString>

namespace ogi {

// A user as the rest of core sees it once signed in: who acts, and with which roles.
// Never carries the password hash.
struct UserAccount
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QList<Role> roles;
    bool active = true;

    bool holds(Role role) const { return roles.contains(role); }
};

} // namespace ogi
