#pragma once

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// What the audit log says the register should hold, replayed from the details of its rows
// (one pass over the log). Verify compares the stored rows with it. Rows written before
// issue 18 carry fewer facts; the fields they leave unknown stay empty or nullopt.

struct AuditedEvent
{
    qint64 auditId = 0;
    QString eventSha256; // of the case_events row (RowDigest)
    std::optional<QString> periodsSha256; // of the case_periods rows it ended
};

struct AuditedCase
{
    qint64 auditId = 0;
    QString registrationSha256; // empty: registered before issue 18
    QHash<int, AuditedEvent> events; // by seq
};

struct AuditedNotice
{
    qint64 auditId = 0;
    QString sha256; // of its HTML
    QString rowSha256; // of the whole row; empty before issue 18
};

struct AuditedUser
{
    qint64 auditId = 0; // of user.create; 0: created outside the log
    QString displayName;
    QStringList roles;
    bool active = true;
    std::optional<QString> passwordSha256;
    // Failures and lock after the last step that set them; nullopt when that step was
    // recorded before issue 18 (a reset on sign-in was not audited then).
    std::optional<int> failures = 0;
    std::optional<QString> lockedUntil = QString();
};

struct AuditedCalendarDay
{
    QString kind, name;
};

struct AuditedFacts
{
    QHash<QString, AuditedCase> cases; // by case number
    QHash<QString, QHash<int, AuditedEvent>> steps; // by case number and seq
    bool hasImports = false; // register.import rows: cases registered without a row each
    QHash<QString, AuditedNotice> notices; // by number
    QHash<QString, qint64> voids; // notice number -> audit row
    QHash<QString, AuditedUser> users; // by login, lower case
    QHash<QString, QString> settings; // key -> value as last set
    QHash<QString, QString> secretSettings; // key -> SHA-256 of the sealed value
    QStringList secretSettingsUnknown; // changed before their digest was recorded
    QMap<QString, AuditedCalendarDay> calendar; // ISO date -> override
    bool calendarKnown = true; // false: an import recorded before its days were
    QHash<QString, int> attachments; // attachmentKey() -> how many
};

QString attachmentKey(
    const QString& caseNumber, const QString& sha256, const QString& fileName, const QString& kind, qint64 size);

AuditedFacts readAuditedFacts(const QSqlDatabase& db);

} // namespace ogi
