#include "DemoUsers.h"

#include "users/UserRepository.h"

using namespace Qt::StringLiterals;

namespace ogi {

const QList<DemoUser>& demoUsers()
{
    static const QList<DemoUser> users = {
        { "admin", "管理员", "demo-admin-2026", { Role::Administrator } },
        { "wangfang", "王芳", "demo-clerk-2026", { Role::Clerk } },
        { "liqiang", "李强", "demo-clerk-2026", { Role::Clerk } },
        { "zhaomin", "赵敏", "demo-review-2026", { Role::Reviewer } },
        { "chenjun", "陈军", "demo-chief-2026", { Role::Chief } },
    };
    return users;
}

int createDemoUsers(const Database& database)
{
    UserRepository repository(database);
    if (!repository.isEmpty())
        return 0;
    const DemoUser& first = demoUsers().front();
    const UserAccount admin = repository.createFirstAdministrator(
        QLatin1String(first.login), QString::fromUtf8(first.displayName), QLatin1String(first.password));
    for (qsizetype i = 1; i < demoUsers().size(); ++i) {
        const DemoUser& user = demoUsers().at(i);
        repository.create(admin, QLatin1String(user.login), QString::fromUtf8(user.displayName), user.roles,
            QLatin1String(user.password));
    }
    return int(demoUsers().size());
}

} // namespace ogi
