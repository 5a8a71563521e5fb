#pragma once

#include "Clock.h"
#include "Error.h"
#include "settings/OfficeKind.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QString>

#include <optional>

namespace ogi {

// The office's settings kept in the database (table settings). Changing one requires the
// administrator role and is audited; reading is free.
class OfficeSettings
{
public:
    explicit OfficeSettings(const Database& database, const Clock& clock = SystemClock::instance());

    // Four eyes (DESIGN.md §4): whoever drafted a reply cannot sign it off. On unless an
    // office of one person switched it off.
    bool fourEyes() const;
    void setFourEyes(bool on, const UserAccount& by);

    // What kind of office this is, for the annual report's date (Art. 49, OfficeKind.h): a
    // department unless an administrator says it is a local government's competent office.
    OfficeKind officeKind() const;
    void setOfficeKind(OfficeKind kind, const UserAccount& by);

    // The agency as notices and reports name it, the pattern of its document numbers, and
    // the bodies the remedies paragraph of every reply names (Art. 51: 行政复议机关, 人民法院).
    struct AgencyProfile
    {
        QString name; // 机关名称
        QString code; // 机关代码 (report headers)
        QString reconsiderationBody; // 行政复议机关
        QString court; // 人民法院
        QString documentNumberPattern; // 文号, e.g. "X政公开〔{year}〕第{n}号" (DocumentNumberPattern.h)
        QString contact; // the contact line of notices: address, telephone
        // Each notice type has its own sequence of numbers ({type} in the pattern tells them
        // apart) instead of one sequence shared by all notices.
        bool numberPerType = false;
    };
    AgencyProfile agencyProfile() const;
    // One FieldIssue per problem (fields "name", "code", "reconsideration_body", "court",
    // "document_number_pattern", "contact"): name required, at most 100 characters; code
    // letters, digits and '-' only, at most 32; the bodies and the contact at most 100
    // characters; the pattern empty (not yet chosen) or valid, and holding {type} when each
    // type is numbered apart. Values are checked trimmed.
    static QList<FieldIssue> validateAgencyProfile(const AgencyProfile& profile);
    // Stores the profile in one transaction with one audit row per changed value. Throws
    // Error(InvalidInput) with the issues above, Error(Refused) unless `by` administers.
    void setAgencyProfile(const AgencyProfile& profile, const UserAccount& by);

    // The font families of printed notices (GB/T 9704: 仿宋 for the text, 小标宋 for the
    // title). Where a family is not installed the printer falls back to Noto CJK.
    struct NoticeFonts
    {
        QString body;
        QString title;
    };
    NoticeFonts noticeFonts() const;
    // Throws Error(InvalidInput) for an empty family, Error(Refused) unless `by` administers.
    void setNoticeFonts(const NoticeFonts& fonts, const UserAccount& by);

    // The mail server replies are delivered through (邮件送达). The password is stored
    // sealed (SealedSecret.h), never as plain text, and the audit row of a change says only
    // that it changed.
    enum class MailSecurity { None, StartTls, Tls }; // plain; STARTTLS after connecting; TLS from the start
    struct MailServer
    {
        QString host; // empty: email delivery is not set up
        int port = 25;
        MailSecurity security = MailSecurity::StartTls;
        QString user; // empty: no sign-in (AUTH)
        QString password;
        QString sender; // the From address, e.g. xxgk@example.gov.cn
        int timeoutSeconds = 30; // for connecting and for each answer of the server
        // The stored password was sealed under a key this computer or account does not have:
        // it must be entered again (password is then empty).
        bool passwordUnreadable = false;
    };
    MailServer mailServer() const;
    // One FieldIssue per problem ("host", "port", "sender", "timeout", "user", "password"):
    // host required, port 1–65535, sender a mail address, timeout 1–300 s, a password
    // only with a user.
    static QList<FieldIssue> validateMailServer(const MailServer& server);
    // Stores the settings in one transaction, audited. Throws Error(InvalidInput) with the
    // issues above, Error(Refused) unless `by` administers, Error(NotWritable) when the key
    // that seals the password cannot be made.
    void setMailServer(const MailServer& server, const UserAccount& by);

private:
    QString value(const QString& key, const QString& fallback) const;
    void setValue(const QString& key, const QString& value, const UserAccount& by);
    // Writes one value and its audit row inside the caller's transaction.
    // `secret`: the audit row records that the value changed, not the value.
    void store(const QString& key, const QString& value, const UserAccount& by, bool secret = false);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

// "none", "starttls", "tls" (settings, CLI) and back; nullopt for anything else.
QString mailSecurityCode(OfficeSettings::MailSecurity security);
std::optional<OfficeSettings::MailSecurity> parseMailSecurity(const QString& code);

} // namespace ogi
