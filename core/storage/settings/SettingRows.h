#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace ogi {

// The settings table: one text value per key.

// The value stored under `key`; nullopt when none is.
std::optional<QString> storedSetting(const QSqlDatabase& db, const QString& key);

// Stores `value` under `key` in place of any value before. A null value is stored empty: a
// cleared setting is '', not NULL.
void storeSetting(const QSqlDatabase& db, const QString& key, const QString& value);

// Every stored setting as (key, value), by key.
QList<std::pair<QString, QString>> storedSettings(const QSqlDatabase& db);

} // namespace ogi
