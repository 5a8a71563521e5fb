#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace ogi {

// The office's tables as stored, read whole for `ogi verify` to compare with the audit log.

// A notice with the values of its kNoticeDigestColumns (storage/audit/DigestRows.h).
struct NoticeDigestRow
{
    QString number;
    QString sha256; // of its HTML, as recorded when issued
    bool voided = false;
    QVariantList values;
};

// Hands every notice to `visit` in the order they were issued.
void forEachNoticeDigestRow(const QSqlDatabase& db, const std::function<void(const NoticeDigestRow&)>& visit);

// A user with what the program alone changes: password hash, enabled, sign-in failures and
// lock (lockedUntil the timestamp text, empty when NULL), role codes in no particular order.
struct UserStateRow
{
    QString login;
    QString displayName;
    QString passwordHash;
    bool active = false;
    int failedAttempts = 0;
    QString lockedUntil;
    QStringList roles;
};

// Every user, in the order they were created.
QList<UserStateRow> userStateRows(const QSqlDatabase& db);

// A day of the calendar_overrides table: date as stored ("YYYY-MM-DD"), kind code, name
// (empty when NULL).
struct CalendarOverrideRow
{
    QString date;
    QString kind;
    QString name;
};

// Every override, by date.
QList<CalendarOverrideRow> calendarOverrideRows(const QSqlDatabase& db);

} // namespace ogi
