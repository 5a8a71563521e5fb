#pragma once

#include "users/UserAccount.h"

#include <QList>
#include <QString>

namespace ogi {

// A user as a list offers them: "王芳（wangfang）", the name people know first.
QString userChoiceText(const UserAccount& user);

// The users among `users` that `typed` may have meant when it names none of them by login:
// the display name or login contains it or is contained in it, or differs from it by one
// character (a homophone typed for the name, a letter missed in the login). In `users`' order.
QList<UserAccount> usersResembling(const QList<UserAccount>& users, const QString& typed);

} // namespace ogi
