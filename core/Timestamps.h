#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ogi {

// How core writes instants: UTC, ISO 8601 with milliseconds ("2026-03-16T08:15:02.123Z").
QString isoTimestamp(const QDateTime& at);
// Reads what isoTimestamp wrote; an invalid QDateTime for anything else.
QDateTime parseIsoTimestamp(const QString& text);

// How core writes and reads calendar dates: "YYYY-MM-DD". parseIsoDate returns an invalid
// QDate for anything else (including dates that do not exist, like 2026-02-30).
QString isoDate(const QDate& date);
QDate parseIsoDate(const QString& text);

} // namespace ogi
