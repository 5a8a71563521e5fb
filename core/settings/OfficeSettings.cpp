#include "OfficeSettings.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::OfficeSettings)
    };

    const QString kFourEyes = u"four_eyes"_s;
} // namespace

OfficeSettings::OfficeSettings(const Database& database, const Clock& clock)
    : m_db(database.connection())
    , m_clock(clock)
{
}

bool OfficeSettings::fourEyes() const
{
    return value(kFourEyes, u"on"_s) != u"off";
}

void OfficeSettings::setFourEyes(bool on, const UserAccount& by)
{
    setValue(kFourEyes, on ? u"on"_s : u"off"_s, by);
}

QString OfficeSettings::value(const QString& key, const QString& fallback) const
{
    const QVariant stored = sql::scalar(m_db, u"SELECT value FROM settings WHERE key = ?"_s, { key });
    return stored.isNull() ? fallback : stored.toString();
}

void OfficeSettings::setValue(const QString& key, const QString& newValue, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Changing the setting \"%1\"").arg(key));
    WriteTransaction transaction(m_db);
    const QString old = value(key, QString());
    sql::run(m_db,
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        { key, newValue });
    AuditLog::append(m_db,
        { by.login, u"settings."_s + key, key,
            auditDetails({ { u"from"_s, old }, { u"to"_s, newValue } }) },
        m_clock.now());
    transaction.commit();
}

} // namespace ogi
