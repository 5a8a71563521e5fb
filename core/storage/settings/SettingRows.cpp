#include "SettingRows.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

std::optional<QString> storedSetting(const QSqlDatabase& db, const QString& key)
{
    const QVariant stored = sql::scalar(db, u"SELECT value FROM settings WHERE key = ?"_s, { key });
    if (stored.isNull())
        return std::nullopt;
    return stored.toString();
}

void storeSetting(const QSqlDatabase& db, const QString& key, const QString& value)
{
    sql::run(db,
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        { key, value.isNull() ? u""_s : value });
}

QList<std::pair<QString, QString>> storedSettings(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, u"SELECT key, value FROM settings ORDER BY key"_s);
    QList<std::pair<QString, QString>> settings;
    while (sql::next(q))
        settings.append({ q.value(0).toString(), q.value(1).toString() });
    return settings;
}

} // namespace ogi
