#include "DemoUsers.h"

#include "settings/OfficeSettings.h"
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
    // A demo agency, so that notices can be issued from the demo register at once.
    OfficeSettings(database).setAgencyProfile(
        { u"示范区人民政府办公室"_s, u"DEMO-01"_s, u"示范区人民政府"_s, u"示范区人民法院"_s,
            u"示政办公开〔{year}〕第{n}号"_s, u"示范区政务服务中心三楼；电话：010-12345678"_s, false },
        admin);
    return int(demoUsers().size());
}

} // namespace ogi
