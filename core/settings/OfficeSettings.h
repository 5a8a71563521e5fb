#pragma once

#include "Clock.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QString>

namespace ogi {

// The office's settings kept in the database (table settings). Changing one requires the
// administrator role and is audited; reading is free.
class OfficeSettings
{
public:
    explicit OfficeSettings(const Database& database, const Clock& clock = SystemClock::instance());

    // Four eyes (DESIGN.md §4): whoever drafted a reply cannot sign it off. On unless an
    // office of one person switched it off.
    bool fourEyes() const;
    void setFourEyes(bool on, const UserAccount& by);

private:
    QString value(const QString& key, const QString& fallback) const;
    void setValue(const QString& key, const QString& value, const UserAccount& by);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace ogi
