#include "StoredVersusAudited.h"

#include "Sha256.h"
#include "audit/RowDigest.h"
#include "storage/attachments/AttachmentRows.h"
#include "storage/integrity/OfficeRows.h"
#include "storage/settings/SettingRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::IntegrityCheck)
    };

    void checkNotices(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings)
    {
        QSet<QString> present, voided;
        forEachNoticeDigestRow(db, [&](const NoticeDigestRow& row) {
            const QString& number = row.number;
            present.insert(number);
            if (row.voided)
                voided.insert(number);
            const auto audited = facts.notices.constFind(number);
            if (audited == facts.notices.cend()) {
                findings << Tr::tr("notice %1: its issue is not in the audit log (added or renumbered in the file)")
                                .arg(number);
                return;
            }
            RowDigest digest;
            digest.add(row.values);
            if (audited->sha256 != row.sha256 || (!audited->rowSha256.isEmpty() && audited->rowSha256 != digest.hex()))
                findings << Tr::tr("notice %1: differs from the notice issued and recorded in audit log row %2")
                                .arg(number)
                                .arg(audited->auditId);
        });
        for (auto it = facts.notices.cbegin(); it != facts.notices.cend(); ++it)
            if (!present.contains(it.key()))
                findings << Tr::tr("notice %1: issued in audit log row %2 but missing from the register")
                                .arg(it.key())
                                .arg(it->auditId);
        for (const QString& number : std::as_const(voided))
            if (!facts.voids.contains(number))
                findings << Tr::tr("notice %1: voided in the file without a record in the audit log").arg(number);
        for (auto it = facts.voids.cbegin(); it != facts.voids.cend(); ++it)
            if (present.contains(it.key()) && !voided.contains(it.key()))
                findings << Tr::tr("notice %1: voided in audit log row %2 but the register no longer says so")
                                .arg(it.key())
                                .arg(it.value());
    }

    void checkUsers(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings)
    {
        for (const UserStateRow& row : userStateRows(db)) {
            const QString& login = row.login;
            const AuditedUser user = facts.users.value(login.toLower());
            if (user.auditId == 0) {
                findings << Tr::tr("user %1: not created through the program (no record in the audit log)").arg(login);
                continue;
            }
            QStringList roles = row.roles;
            roles.sort();
            if (roles != user.roles)
                findings << Tr::tr("user %1: holds the roles %2 but the audit log gave %3")
                                .arg(login, roles.join(u", "_s), user.roles.join(u", "_s));
            if (row.active != user.active)
                findings << Tr::tr("user %1: enabled or disabled in the file, not through the program").arg(login);
            if (user.passwordSha256 && *user.passwordSha256 != sha256Hex(row.passwordHash.toUtf8()))
                findings << Tr::tr("user %1: the password was replaced in the file").arg(login);
            if (user.failures && user.lockedUntil
                && (row.failedAttempts != *user.failures || row.lockedUntil != *user.lockedUntil))
                findings << Tr::tr("user %1: wrong-password count or lock changed in the file (the audit log says %2 "
                                   "failure(s), locked until \"%3\")")
                                .arg(login)
                                .arg(*user.failures)
                                .arg(*user.lockedUntil);
        }
    }

    void checkSettings(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings)
    {
        QSet<QString> present;
        for (const auto& [key, value] : storedSettings(db)) {
            present.insert(key);
            if (facts.secretSettings.contains(key)) {
                if (facts.secretSettings.value(key) != sha256Hex(value.toUtf8()))
                    findings << Tr::tr("setting %1: replaced in the file, not through the program").arg(key);
            } else if (facts.secretSettingsUnknown.contains(key)) {
                continue;
            } else if (!facts.settings.contains(key)) {
                findings << Tr::tr("setting %1: set in the file, with no record in the audit log").arg(key);
            } else if (facts.settings.value(key) != value) {
                findings << Tr::tr("setting %1: is \"%2\" but the audit log last set it to \"%3\"")
                                .arg(key, value, facts.settings.value(key));
            }
        }
        for (auto it = facts.settings.cbegin(); it != facts.settings.cend(); ++it)
            if (!present.contains(it.key()))
                findings << Tr::tr("setting %1: removed from the file").arg(it.key());
    }

    void checkCalendar(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings, QStringList& limits)
    {
        if (!facts.calendarKnown) {
            limits << Tr::tr("The calendar was imported before the audit log recorded imported days: its overrides "
                             "could not be compared with it.");
            return;
        }
        QSet<QString> present;
        for (const CalendarOverrideRow& row : calendarOverrideRows(db)) {
            const QString& date = row.date;
            present.insert(date);
            const auto audited = facts.calendar.constFind(date);
            if (audited == facts.calendar.cend())
                findings << Tr::tr("calendar %1: an override with no record in the audit log").arg(date);
            else if (audited->kind != row.kind || audited->name != row.name)
                findings << Tr::tr("calendar %1: changed in the file, not through the program").arg(date);
        }
        for (auto it = facts.calendar.cbegin(); it != facts.calendar.cend(); ++it)
            if (!present.contains(it.key()))
                findings << Tr::tr("calendar %1: the override recorded in the audit log is missing").arg(it.key());
    }

    void checkAttachments(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings)
    {
        QHash<QString, int> expected = facts.attachments;
        forEachAttachmentRow(db, [&](const AttachmentRow& row, const QString& number) {
            const QString key = attachmentKey(number, row.sha256, row.fileName, row.kind, row.size);
            if (expected.value(key) > 0)
                --expected[key];
            else
                findings << Tr::tr("case %1: attachment \"%2\" is not the one recorded in the audit log")
                                .arg(number, row.fileName);
        });
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (it.value() > 0) {
                const QString number = QJsonDocument::fromJson(it.key().toUtf8()).array().at(0).toString();
                const QString name = QJsonDocument::fromJson(it.key().toUtf8()).array().at(2).toString();
                findings << Tr::tr("case %1: attachment \"%2\" recorded in the audit log is missing from the register")
                                .arg(number, name);
            }
    }
} // namespace

void checkOfficeAgainstAudit(
    const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings, QStringList& limits)
{
    checkNotices(db, facts, findings);
    checkUsers(db, facts, findings);
    checkSettings(db, facts, findings);
    checkCalendar(db, facts, findings, limits);
    checkAttachments(db, facts, findings);
}

} // namespace ogi
