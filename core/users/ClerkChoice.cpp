#include "ClerkChoice.h"

#include <QCoreApplication>

namespace ogi {

QString userChoiceText(const UserAccount& user)
{
    if (user.displayName.isEmpty() || user.displayName == user.login)
        return user.login;
    return QCoreApplication::translate("ogi::UserRepository", "%1 (%2)").arg(user.displayName, user.login);
}

namespace {
    // Whether a and b differ by at most one inserted, deleted or replaced character.
    bool withinOneEdit(const QString& a, const QString& b)
    {
        if (a == b)
            return true;
        const QString& longer = a.size() >= b.size() ? a : b;
        const QString& shorter = a.size() >= b.size() ? b : a;
        if (longer.size() - shorter.size() > 1)
            return false;
        qsizetype i = 0;
        while (i < shorter.size() && shorter.at(i) == longer.at(i))
            ++i;
        // Past the first difference the rest must agree, shifted by one when the lengths differ.
        const qsizetype skip = longer.size() == shorter.size() ? 1 : 0;
        return longer.mid(i + 1) == shorter.mid(i + skip);
    }

    bool resembles(const QString& name, const QString& typed)
    {
        if (name.isEmpty())
            return false;
        const QString a = name.toCaseFolded();
        return a.contains(typed) || typed.contains(a) || (typed.size() >= 2 && withinOneEdit(a, typed));
    }
} // namespace

QList<UserAccount> usersResembling(const QList<UserAccount>& users, const QString& typed)
{
    const QString t = typed.trimmed().toCaseFolded();
    QList<UserAccount> found;
    if (t.isEmpty())
        return found;
    for (const UserAccount& user : users)
        if (resembles(user.login, t) || resembles(user.displayName, t))
            found << user;
    return found;
}

} // namespace ogi
