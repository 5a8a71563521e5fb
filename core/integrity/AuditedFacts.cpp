#include "AuditedFacts.h"

#include "storage/audit/AuditRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    QStringList strings(const QJsonValue& value)
    {
        QStringList list;
        for (const QJsonValue& item : value.toArray())
            list << item.toString();
        list.sort();
        return list;
    }

    void replayCase(AuditedFacts& facts, qint64 id, const QString& action, const QString& number, const QJsonObject& d)
    {
        if (action == u"case.register") {
            AuditedCase& c = facts.cases[number];
            c.auditId = id;
            c.registrationSha256 = d.value(u"registration_sha256"_s).toString();
            if (d.contains(u"event_sha256"_s))
                facts.steps[number].insert(1, { id, d.value(u"event_sha256"_s).toString(), std::nullopt });
        } else if (action == u"case.attach") {
            ++facts.attachments[attachmentKey(number, d.value(u"sha256"_s).toString(),
                d.value(u"file_name"_s).toString(), d.value(u"kind"_s).toString(),
                d.value(u"size"_s).toInteger())];
        } else if (d.contains(u"event_sha256"_s)) {
            AuditedEvent event { id, d.value(u"event_sha256"_s).toString(), std::nullopt };
            if (d.contains(u"periods_sha256"_s))
                event.periodsSha256 = d.value(u"periods_sha256"_s).toString();
            facts.steps[number].insert(d.value(u"seq"_s).toInt(), event);
        }
    }

    void replayUser(AuditedFacts& facts, qint64 id, const QString& action, const QString& login, const QJsonObject& d)
    {
        AuditedUser& user = facts.users[login.toLower()];
        const auto reset = [&user] {
            user.failures = 0;
            user.lockedUntil = QString();
        };
        if (action == u"user.create") {
            user.auditId = id;
            user.displayName = d.value(u"display_name"_s).toString();
            user.roles = strings(d.value(u"roles"_s));
            if (d.contains(u"password_sha256"_s))
                user.passwordSha256 = d.value(u"password_sha256"_s).toString();
        } else if (action == u"user.roles") {
            user.roles = strings(d.value(u"to"_s));
        } else if (action == u"user.enable" || action == u"user.disable") {
            user.active = action == u"user.enable";
            reset();
        } else if (action == u"user.password") {
            user.passwordSha256 = d.contains(u"password_sha256"_s)
                ? std::optional<QString>(d.value(u"password_sha256"_s).toString())
                : std::nullopt;
            reset();
        } else if (action == u"user.sign_in") {
            reset();
        } else if (action == u"user.sign_in_failed" && d.contains(u"failures"_s)) {
            if (d.contains(u"locked_until"_s)) {
                user.failures = d.value(u"failures"_s).toInt();
                user.lockedUntil = d.value(u"locked_until"_s).toString();
            } else {
                user.failures = std::nullopt;
                user.lockedUntil = std::nullopt;
            }
        } else if (action == u"user.locked" && user.lockedUntil) {
            user.lockedUntil = d.value(u"until"_s).toString();
        }
    }

    void replayCalendar(AuditedFacts& facts, const QString& action, const QString& subject, const QJsonObject& d)
    {
        if (action == u"calendar.set") {
            facts.calendar.insert(subject, { d.value(u"kind"_s).toString(), d.value(u"name"_s).toString() });
        } else if (action == u"calendar.unset") {
            facts.calendar.remove(subject);
        } else if (action == u"calendar.import") {
            if (!d.contains(u"days"_s))
                facts.calendarKnown = false;
            for (const QJsonValue& day : d.value(u"days"_s).toArray()) {
                const QJsonArray fields = day.toArray();
                facts.calendar.insert(fields.at(0).toString(), { fields.at(1).toString(), fields.at(2).toString() });
            }
        }
    }
} // namespace

QString attachmentKey(
    const QString& caseNumber, const QString& sha256, const QString& fileName, const QString& kind, qint64 size)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { caseNumber, sha256, fileName, kind, size }).toJson(QJsonDocument::Compact));
}

AuditedFacts readAuditedFacts(const QSqlDatabase& db)
{
    AuditedFacts facts;
    forEachAuditRow(db, [&facts](const AuditRow& row) {
        const qint64 id = row.id;
        const QString& action = row.action;
        const QString& subject = row.subject;
        const QJsonObject d = QJsonDocument::fromJson(row.details.toUtf8()).object();
        if (action.startsWith(u"case."_s))
            replayCase(facts, id, action, subject, d);
        else if (action.startsWith(u"user."_s))
            replayUser(facts, id, action, subject, d);
        else if (action.startsWith(u"calendar."_s))
            replayCalendar(facts, action, subject, d);
        else if (action == u"register.import")
            facts.hasImports = true;
        else if (action == u"notice.issue")
            facts.notices.insert(d.value(u"number"_s).toString(),
                { id, d.value(u"sha256"_s).toString(), d.value(u"notice_sha256"_s).toString() });
        else if (action == u"notice.void")
            facts.voids.insert(d.value(u"number"_s).toString(), id);
        else if (action.startsWith(u"settings."_s)) {
            const QString key = action.mid(9);
            if (d.contains(u"changed"_s)) {
                if (d.contains(u"sha256"_s)) {
                    facts.secretSettings.insert(key, d.value(u"sha256"_s).toString());
                    facts.secretSettingsUnknown.removeAll(key);
                } else if (!facts.secretSettingsUnknown.contains(key)) {
                    facts.secretSettingsUnknown << key;
                }
            } else {
                facts.settings.insert(key, d.value(u"to"_s).toString());
            }
        }
    });
    return facts;
}

} // namespace ogi
