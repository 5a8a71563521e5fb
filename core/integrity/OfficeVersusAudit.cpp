#include "StoredVersusAudited.h"

#include "Sha256.h"
#include "audit/RowDigest.h"
#include "storage/Sql.h"

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
        const int columns = int(QLatin1String(kNoticeDigestColumns).count(u',')) + 1;
        QSqlQuery q = sql::run(db,
            u"SELECT n.id, (SELECT 1 FROM notice_voids v WHERE v.notice_id = n.id), %1 FROM notices n ORDER BY n.id"_s
                .arg(QLatin1String(kNoticeDigestColumns)));
        QSet<QString> present, voided;
        while (sql::next(q)) {
            const QString number = q.value(7).toString();
            present.insert(number);
            if (!q.value(1).isNull())
                voided.insert(number);
            const auto audited = facts.notices.constFind(number);
            if (audited == facts.notices.cend()) {
                findings << Tr::tr("notice %1: its issue is not in the audit log (added or renumbered in the file)")
                                .arg(number);
                continue;
            }
            RowDigest digest;
            digest.add(q, 2, columns);
            if (audited->sha256 != q.value(12).toString()
                || (!audited->rowSha256.isEmpty() && audited->rowSha256 != digest.hex()))
                findings << Tr::tr("notice %1: differs from the notice issued and recorded in audit log row %2")
                                .arg(number)
                                .arg(audited->auditId);
        }
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
        QSqlQuery q = sql::run(db,
            u"SELECT u.login, u.display_name, u.password_hash, u.active, u.failed_attempts, coalesce(u.locked_until, ''), "
            u"(SELECT %1 FROM (SELECT role FROM user_roles WHERE user_id = u.id ORDER BY role) r) "
            u"FROM users u ORDER BY u.id"_s.arg(sql::joinedTexts(db, u"r.role"_s, u","_s)));
        while (sql::next(q)) {
            const QString login = q.value(0).toString();
            const AuditedUser user = facts.users.value(login.toLower());
            if (user.auditId == 0) {
                findings << Tr::tr("user %1: not created through the program (no record in the audit log)").arg(login);
                continue;
            }
            QStringList roles = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
            roles.sort();
            if (roles != user.roles)
                findings << Tr::tr("user %1: holds the roles %2 but the audit log gave %3")
                                .arg(login, roles.join(u", "_s), user.roles.join(u", "_s));
            if ((q.value(3).toInt() == 1) != user.active)
                findings << Tr::tr("user %1: enabled or disabled in the file, not through the program").arg(login);
            if (user.passwordSha256 && *user.passwordSha256 != sha256Hex(q.value(2).toString().toUtf8()))
                findings << Tr::tr("user %1: the password was replaced in the file").arg(login);
            if (user.failures && user.lockedUntil
                && (q.value(4).toInt() != *user.failures || q.value(5).toString() != *user.lockedUntil))
                findings << Tr::tr("user %1: wrong-password count or lock changed in the file (the audit log says %2 "
                                   "failure(s), locked until \"%3\")")
                                .arg(login)
                                .arg(*user.failures)
                                .arg(*user.lockedUntil);
        }
    }

    void checkSettings(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings)
    {
        QSqlQuery q = sql::run(db, u"SELECT key, value FROM settings ORDER BY key"_s);
        QSet<QString> present;
        while (sql::next(q)) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
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
        QSqlQuery q = sql::run(db, u"SELECT date, kind, coalesce(name, '') FROM calendar_overrides ORDER BY date"_s);
        QSet<QString> present;
        while (sql::next(q)) {
            const QString date = q.value(0).toString();
            present.insert(date);
            const auto audited = facts.calendar.constFind(date);
            if (audited == facts.calendar.cend())
                findings << Tr::tr("calendar %1: an override with no record in the audit log").arg(date);
            else if (audited->kind != q.value(1).toString() || audited->name != q.value(2).toString())
                findings << Tr::tr("calendar %1: changed in the file, not through the program").arg(date);
        }
        for (auto it = facts.calendar.cbegin(); it != facts.calendar.cend(); ++it)
            if (!present.contains(it.key()))
                findings << Tr::tr("calendar %1: the override recorded in the audit log is missing").arg(it.key());
    }

    void checkAttachments(const QSqlDatabase& db, const AuditedFacts& facts, QStringList& findings)
    {
        QHash<QString, int> expected = facts.attachments;
        QSqlQuery q = sql::run(db,
            u"SELECT c.case_number, a.sha256, a.file_name, a.kind, a.size FROM attachments a "
            u"JOIN cases c ON c.id = a.case_id ORDER BY a.id"_s);
        while (sql::next(q)) {
            const QString number = q.value(0).toString();
            const QString key = attachmentKey(number, q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toLongLong());
            if (expected.value(key) > 0)
                --expected[key];
            else
                findings << Tr::tr("case %1: attachment \"%2\" is not the one recorded in the audit log")
                                .arg(number, q.value(2).toString());
        }
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
