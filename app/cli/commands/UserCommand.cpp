#include "../Commands.h"
#include "../PasswordPrompt.h"

#include "Error.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::UserCommand)
    };

    const QString kUsage = u"ogi --db FILE --user NAME user add LOGIN --role R... [--display-name TEXT] | "
                           u"passwd LOGIN | list [--json] | disable LOGIN | enable LOGIN | roles LOGIN --role R..."_s;

    QList<Role> takeRoles(CliContext& context)
    {
        QList<Role> list;
        for (const QString& text : context.takeOptions(u"role"_s)) {
            const std::optional<Role> role = parseTerm(roles(), text);
            if (!role)
                throw UsageError { Tr::tr("--role: \"%1\" is not one of %2").arg(text, acceptedCodes(roles())) };
            if (!list.contains(*role))
                list << *role;
        }
        if (list.isEmpty())
            throw UsageError { Tr::tr("give at least one --role (%1)").arg(acceptedCodes(roles())) };
        return list;
    }

    QString newPassword(const QString& login)
    {
        return readPassword("OGI_NEW_PASSWORD", Tr::tr("New password for %1: ").arg(login), true);
    }

    int list(CliContext& context, const Database& database)
    {
        const bool json = context.takeFlag(u"json"_s);
        context.takePositionals(0, kUsage);
        const QList<UserAccount> users = UserRepository(database).list();
        if (json) {
            QJsonArray array;
            for (const UserAccount& u : users) {
                QJsonArray roleCodes;
                for (Role role : u.roles)
                    roleCodes.append(codeOf(roles(), role));
                array.append(QJsonObject { { u"login"_s, u.login }, { u"display_name"_s, u.displayName },
                    { u"roles"_s, roleCodes }, { u"active"_s, u.active } });
            }
            context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        for (const UserAccount& u : users)
            context.out << u.login.leftJustified(16) << u' ' << u.displayName << u"  "_s << roleNames(u.roles)
                        << (u.active ? QString() : u"  "_s + Tr::tr("(disabled)")) << Qt::endl;
        return ExitOk;
    }
} // namespace

int runUser(CliContext& context)
{
    if (context.args().isEmpty())
        throw UsageError { Tr::tr("usage: %1").arg(kUsage) };
    const QString sub = context.args().takeFirst();
    const Database database = context.openDatabase();
    if (sub == u"list")
        return list(context, database);
    UserRepository users(database);
    if (sub == u"add") {
        const QList<Role> roleList = takeRoles(context);
        const QString displayName = context.takeOption(u"display-name"_s);
        const QString login = context.takePositionals(1, kUsage).front();
        const UserAccount by = context.signIn(database);
        const UserAccount created = users.create(by, login, displayName, roleList, newPassword(login));
        context.out << Tr::tr("Added %1 (%2).").arg(created.login, roleNames(created.roles)) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"roles") {
        const QList<Role> roleList = takeRoles(context);
        const QString login = context.takePositionals(1, kUsage).front();
        users.setRoles(context.signIn(database), login, roleList);
        context.out << Tr::tr("%1 now holds %2.").arg(login, roleNames(roleList)) << Qt::endl;
        return ExitOk;
    }
    const QString login = context.takePositionals(1, kUsage).front();
    if (sub == u"passwd") {
        const UserAccount by = context.signIn(database);
        users.setPassword(by, login, newPassword(login));
        context.out << Tr::tr("The password of %1 was changed.").arg(login) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"disable" || sub == u"enable") {
        users.setActive(context.signIn(database), login, sub == u"enable");
        context.out << (sub == u"enable" ? Tr::tr("%1 may sign in again.") : Tr::tr("%1 can no longer sign in.")).arg(login)
                    << Qt::endl;
        return ExitOk;
    }
    throw UsageError { Tr::tr("unknown user command \"%1\"; usage: %2").arg(sub, kUsage) };
}

} // namespace ogi::cli
