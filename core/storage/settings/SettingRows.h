#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ogi {

// The settings table: one text value per key.

// The value stored under `key`; nullopt when none is.
std::optional<QString> storedSetting(const QSqlDatabase& db, const QString& key);

// Stores `value` under `key` in place of any value before. A null value is stored empty: a
// cleared setting is '', not NULL.
void storeSetting(const QSqlDatabase& db, const QString& key, const QString& value);

} // namespace ogi
