#pragma once

#include "storage/Database.h"
#include "users/Role.h"

#include <QList>
#include <QString>

namespace ogi {

// The demo register's users, one or more of every role, for exploring only. Their
// passwords are public (README), so a demo file must never hold real cases.
struct DemoUser
{
    const char* login;
    const char* displayName;
    const char* password;
    QList<Role> roles;
};

const QList<DemoUser>& demoUsers();

// Creates the demo users, and the demo agency's settings (name, bodies, number pattern),
// when the register has no users; returns how many users were created.
int createDemoUsers(const Database& database);

} // namespace ogi
