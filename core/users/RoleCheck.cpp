#include "RoleCheck.h"

#include "Error.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RoleCheck)
    };
} // namespace

void requireRole(const UserAccount& user, Role role, const QString& what)
{
    if (user.active && user.holds(role))
        return;
    const QString held = !user.active ? Tr::tr("no role (the account is disabled)")
        : user.roles.isEmpty()        ? Tr::tr("no role")
                                      : roleNames(user.roles);
    throw Error(ErrorCode::Refused, Tr::tr("%1 needs the role %2; %3 holds %4.").arg(what, roleNames({ role }), user.login, held));
}

} // namespace ogi
