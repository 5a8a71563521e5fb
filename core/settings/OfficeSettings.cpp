#include "OfficeSettings.h"

#include "SealedSecret.h"
#include "settings/DocumentNumberPattern.h"
#include "validation/ContactFormat.h"

#include "Error.h"
#include "Sha256.h"
#include "audit/AuditLog.h"
#include "storage/WriteTransaction.h"
#include "storage/settings/SettingRows.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

using MailSecurity = OfficeSettings::MailSecurity;

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::OfficeSettings)
    };

    const QString kFourEyes = u"four_eyes"_s;
    const QString kOfficeKind = u"office_kind"_s;
} // namespace

OfficeSettings::OfficeSettings(const Database& database, const Clock& clock)
    : m_db(database.connection())
    , m_clock(clock)
{
}

bool OfficeSettings::fourEyes() const { return value(kFourEyes, u"on"_s) != u"off"; }

void OfficeSettings::setFourEyes(bool on, const UserAccount& by) { setValue(kFourEyes, on ? u"on"_s : u"off"_s, by); }

OfficeKind OfficeSettings::officeKind() const
{
    return parseTerm(officeKinds(), value(kOfficeKind, QString())).value_or(OfficeKind::Department);
}

void OfficeSettings::setOfficeKind(OfficeKind kind, const UserAccount& by)
{
    setValue(kOfficeKind, codeOf(officeKinds(), kind), by);
}

QString OfficeSettings::value(const QString& key, const QString& fallback) const
{
    return storedSetting(m_db, key).value_or(fallback);
}

void OfficeSettings::setValue(const QString& key, const QString& newValue, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Changing the setting \"%1\"").arg(key));
    WriteTransaction transaction(m_db);
    store(key, newValue, by);
    transaction.commit();
}

void OfficeSettings::store(const QString& key, const QString& newValue, const UserAccount& by, bool secret)
{
    const QString old = value(key, QString());
    if (old == newValue)
        return;
    // A secret's digest, not the secret: verify sees the sealed value replaced in the file.
    const QString details = secret
        ? auditDetails({ { u"changed"_s, u"yes"_s }, { u"sha256"_s, sha256Hex(newValue.toUtf8()) } })
                                   : auditDetails({ { u"from"_s, old }, { u"to"_s, newValue } });
    storeSetting(m_db, key, newValue);
    AuditLog::append(m_db,
        { by.login, u"settings."_s + key, key, details },
        m_clock.now());
}

OfficeSettings::AgencyProfile OfficeSettings::agencyProfile() const
{
    return { value(u"agency_name"_s, QString()), value(u"agency_code"_s, QString()),
        value(u"reconsideration_body"_s, QString()), value(u"court"_s, QString()),
        value(u"document_number_pattern"_s, QString()), value(u"agency_contact"_s, QString()),
        value(u"notice_numbering"_s, u"shared"_s) == u"per_type" };
}

OfficeSettings::NoticeFonts OfficeSettings::noticeFonts() const
{
    return { value(u"notice_body_font"_s, u"仿宋"_s), value(u"notice_title_font"_s, u"方正小标宋简体"_s) };
}

void OfficeSettings::setNoticeFonts(const NoticeFonts& fonts, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Changing the fonts of notices"));
    if (fonts.body.trimmed().isEmpty() || fonts.title.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Choose a font for the text and one for the title of notices."));
    WriteTransaction transaction(m_db);
    store(u"notice_body_font"_s, fonts.body.trimmed(), by);
    store(u"notice_title_font"_s, fonts.title.trimmed(), by);
    transaction.commit();
}

namespace {
    OfficeSettings::AgencyProfile trimmed(const OfficeSettings::AgencyProfile& p)
    {
        return { p.name.trimmed(), p.code.trimmed(), p.reconsiderationBody.trimmed(), p.court.trimmed(),
            p.documentNumberPattern.trimmed(), p.contact.trimmed(), p.numberPerType };
    }
} // namespace

QList<FieldIssue> OfficeSettings::validateAgencyProfile(const AgencyProfile& profile)
{
    const AgencyProfile p = trimmed(profile);
    QList<FieldIssue> issues;
    if (p.name.isEmpty() || p.name.size() > 100)
        issues.append({ u"name"_s, Tr::tr("Agency name: required, at most 100 characters.") });
    static const QRegularExpression codePattern(u"^[A-Za-z0-9-]{0,32}$"_s);
    if (!codePattern.match(p.code).hasMatch())
        issues.append(
            { u"code"_s, Tr::tr("Agency code \"%1\": use letters, digits and '-' only, at most 32.").arg(p.code) });
    if (p.reconsiderationBody.size() > 100)
        issues.append({ u"reconsideration_body"_s,
            Tr::tr("\"%1…\": at most 100 characters.").arg(p.reconsiderationBody.left(10)) });
    if (p.court.size() > 100)
        issues.append({ u"court"_s, Tr::tr("\"%1…\": at most 100 characters.").arg(p.court.left(10)) });
    if (!p.documentNumberPattern.isEmpty()) {
        const QString problem = documentNumberPatternProblem(p.documentNumberPattern);
        if (!problem.isEmpty())
            issues.append({ u"document_number_pattern"_s, problem });
        else if (p.numberPerType && !p.documentNumberPattern.contains(u"{type}"_s))
            issues.append({ u"document_number_pattern"_s,
                Tr::tr("Document number pattern: write {type} in it when each type of notice is numbered "
                       "apart, or two notices would carry the same number.") });
    }
    if (p.contact.size() > 100)
        issues.append({ u"contact"_s, Tr::tr("\"%1…\": at most 100 characters.").arg(p.contact.left(10)) });
    return issues;
}

void OfficeSettings::setAgencyProfile(const AgencyProfile& profile, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Changing the agency settings"));
    const QList<FieldIssue> issues = validateAgencyProfile(profile);
    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput, issues.front().message, issues);
    const AgencyProfile p = trimmed(profile);
    WriteTransaction transaction(m_db);
    store(u"agency_name"_s, p.name, by);
    store(u"agency_code"_s, p.code, by);
    store(u"reconsideration_body"_s, p.reconsiderationBody, by);
    store(u"court"_s, p.court, by);
    store(u"document_number_pattern"_s, p.documentNumberPattern, by);
    store(u"agency_contact"_s, p.contact, by);
    store(u"notice_numbering"_s, p.numberPerType ? u"per_type"_s : u"shared"_s, by);
    transaction.commit();
}

QString mailSecurityCode(OfficeSettings::MailSecurity security)
{
    switch (security) {
    case OfficeSettings::MailSecurity::None:
        return u"none"_s;
    case OfficeSettings::MailSecurity::StartTls:
        return u"starttls"_s;
    case OfficeSettings::MailSecurity::Tls:
        break;
    }
    return u"tls"_s;
}

std::optional<OfficeSettings::MailSecurity> parseMailSecurity(const QString& code)
{
    for (const auto security : { MailSecurity::None, MailSecurity::StartTls, MailSecurity::Tls })
        if (mailSecurityCode(security) == code)
            return security;
    return std::nullopt;
}

OfficeSettings::MailServer OfficeSettings::mailServer() const
{
    MailServer server;
    server.host = value(u"smtp_host"_s, QString());
    server.port = value(u"smtp_port"_s, u"25"_s).toInt();
    server.security = parseMailSecurity(value(u"smtp_security"_s, u"starttls"_s)).value_or(MailSecurity::StartTls);
    server.user = value(u"smtp_user"_s, QString());
    server.sender = value(u"smtp_sender"_s, QString());
    server.timeoutSeconds = value(u"smtp_timeout"_s, u"30"_s).toInt();
    const QString sealed = value(u"smtp_password"_s, QString());
    if (!sealed.isEmpty()) {
        const std::optional<QString> password = openSecret(sealed);
        server.password = password.value_or(QString());
        server.passwordUnreadable = !password;
    }
    return server;
}

QList<FieldIssue> OfficeSettings::validateMailServer(const MailServer& s)
{
    QList<FieldIssue> issues;
    if (s.host.trimmed().isEmpty() || s.host.trimmed().contains(u' '))
        issues.append({ u"host"_s, Tr::tr("Mail server: the name or address of the SMTP server is required.") });
    if (s.port < 1 || s.port > 65535)
        issues.append({ u"port"_s, Tr::tr("Port: a number from 1 to 65535, not %1.").arg(s.port) });
    if (!isValidEmail(s.sender.trimmed()))
        issues.append({ u"sender"_s, Tr::tr("Sender: a mail address such as xxgk@example.gov.cn is required.") });
    if (s.timeoutSeconds < 1 || s.timeoutSeconds > 300)
        issues.append({ u"timeout"_s, Tr::tr("Time-out: from 1 to 300 seconds, not %1.").arg(s.timeoutSeconds) });
    if (s.user.trimmed().isEmpty() && !s.password.isEmpty())
        issues.append({ u"user"_s, Tr::tr("A password needs the user name it belongs to.") });
    return issues;
}

void OfficeSettings::setMailServer(const MailServer& server, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Changing the mail server settings"));
    const QList<FieldIssue> issues = validateMailServer(server);
    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput, issues.front().message, issues);
    const MailServer current = mailServer();
    WriteTransaction transaction(m_db);
    store(u"smtp_host"_s, server.host.trimmed(), by);
    store(u"smtp_port"_s, QString::number(server.port), by);
    store(u"smtp_security"_s, mailSecurityCode(server.security), by);
    store(u"smtp_user"_s, server.user.trimmed(), by);
    store(u"smtp_sender"_s, server.sender.trimmed(), by);
    store(u"smtp_timeout"_s, QString::number(server.timeoutSeconds), by);
    // Sealed again only when it changed: every sealing gives other bytes (a new IV).
    if (server.password != current.password || current.passwordUnreadable)
        store(u"smtp_password"_s, server.password.isEmpty() ? QString() : sealSecret(server.password), by, true);
    transaction.commit();
}

} // namespace ogi
