#include "../Commands.h"

#include "../DateArguments.h"
#include "../PasswordPrompt.h"

#include "settings/OfficeSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::SettingsCommand)
    };

    const QString kUsage = u"ogi --db FILE [--user NAME] settings [four-eyes on|off]\n"
                           u"ogi --db FILE --user NAME settings agency [--name N] [--code C] [--pattern P] "
                           u"[--per-type on|off] [--reconsideration-body B] [--court C] [--contact T] "
                           u"[--office-kind department|government]\n"
                           u"ogi --db FILE --user NAME settings mail [--host H] [--port P] [--security none|starttls|tls] "
                           u"[--sender ADDRESS] [--login NAME] [--password | --no-password] [--timeout SECONDS]"_s;

    void printSettings(CliContext& context, const OfficeSettings& settings)
    {
        const OfficeSettings::AgencyProfile p = settings.agencyProfile();
        const OfficeSettings::NoticeFonts fonts = settings.noticeFonts();
        context.out << Tr::tr("four-eyes: %1").arg(settings.fourEyes() ? u"on"_s : u"off"_s) << Qt::endl
                    << Tr::tr("agency: %1 (%2)").arg(p.name, p.code) << Qt::endl
                    << Tr::tr("office kind: %1 (%2)")
                           .arg(codeOf(officeKinds(), settings.officeKind()),
                               displayName(officeKinds(), settings.officeKind()))
                    << Qt::endl
                    << Tr::tr("document numbers: %1 (%2)")
                           .arg(p.documentNumberPattern,
                               p.numberPerType ? Tr::tr("each type apart") : Tr::tr("one sequence for all"))
                    << Qt::endl
                    << Tr::tr("reconsideration body: %1").arg(p.reconsiderationBody) << Qt::endl
                    << Tr::tr("court: %1").arg(p.court) << Qt::endl
                    << Tr::tr("contact line: %1").arg(p.contact) << Qt::endl
                    << Tr::tr("notice fonts: %1 / %2").arg(fonts.body, fonts.title) << Qt::endl;
        const OfficeSettings::MailServer mail = settings.mailServer();
        if (mail.host.isEmpty()) {
            context.out << Tr::tr("mail server: not set up (no delivery by email)") << Qt::endl;
            return;
        }
        const QString password = mail.passwordUnreadable ? Tr::tr("stored, but not readable on this computer")
            : mail.password.isEmpty()                     ? Tr::tr("none")
                                                          : Tr::tr("stored (sealed)");
        context.out << Tr::tr("mail server: %1:%2 (%3), time-out %4 s")
                           .arg(mail.host)
                           .arg(mail.port)
                           .arg(mailSecurityCode(mail.security))
                           .arg(mail.timeoutSeconds)
                    << Qt::endl
                    << Tr::tr("mail sender: %1").arg(mail.sender) << Qt::endl
                    << Tr::tr("mail login: %1; password: %2")
                           .arg(mail.user.isEmpty() ? Tr::tr("none") : mail.user, password)
                    << Qt::endl;
    }

    // `--option VALUE` replaces `field` when given; true when it was.
    bool takeInto(CliContext& context, const char* option, QString& field)
    {
        const QString value = context.takeOption(QLatin1String(option));
        if (!value.isEmpty())
            field = value;
        return !value.isEmpty();
    }

    // `settings mail --host ...`: the options given replace those values; the password comes
    // from OGI_SMTP_PASSWORD or the terminal, never from the command line.
    int setMail(CliContext& context, const Database& database, OfficeSettings& settings)
    {
        OfficeSettings::MailServer m = settings.mailServer();
        takeInto(context, "host", m.host);
        takeInto(context, "sender", m.sender);
        takeInto(context, "login", m.user);
        if (const QString port = context.takeOption(u"port"_s); !port.isEmpty())
            m.port = parseNumberArgument(u"--port"_s, port, 1, 65535);
        if (const QString timeout = context.takeOption(u"timeout"_s); !timeout.isEmpty())
            m.timeoutSeconds = parseNumberArgument(u"--timeout"_s, timeout, 1, 300);
        if (const QString security = context.takeOption(u"security"_s); !security.isEmpty()) {
            const std::optional<OfficeSettings::MailSecurity> parsed = parseMailSecurity(security);
            if (!parsed)
                throw UsageError { Tr::tr("--security takes none, starttls or tls, not \"%1\"").arg(security) };
            m.security = *parsed;
        }
        const bool askPassword = context.takeFlag(u"password"_s);
        if (context.takeFlag(u"no-password"_s))
            m.password.clear();
        context.takePositionals(0, kUsage);
        const UserAccount admin = context.signIn(database);
        if (askPassword)
            m.password = readPassword("OGI_SMTP_PASSWORD", Tr::tr("Password of %1 at the mail server: ").arg(m.user), false);
        settings.setMailServer(m, admin);
        printSettings(context, settings);
        return ExitOk;
    }

    // `settings agency --name ...`: the options given replace those values of the profile.
    int setAgency(CliContext& context, const Database& database, OfficeSettings& settings)
    {
        OfficeSettings::AgencyProfile p = settings.agencyProfile();
        bool profileGiven = false;
        for (const auto& [option, field] : { std::pair { "name", &p.name }, std::pair { "code", &p.code },
                 std::pair { "pattern", &p.documentNumberPattern },
                 std::pair { "reconsideration-body", &p.reconsiderationBody }, std::pair { "court", &p.court },
                 std::pair { "contact", &p.contact } })
            profileGiven = takeInto(context, option, *field) || profileGiven;
        const QString perType = context.takeOption(u"per-type"_s);
        if (!perType.isEmpty() && perType != u"on" && perType != u"off")
            throw UsageError { Tr::tr("--per-type takes on or off, not \"%1\"").arg(perType) };
        if (!perType.isEmpty())
            p.numberPerType = perType == u"on";
        const QString kindText = context.takeOption(u"office-kind"_s);
        const std::optional<OfficeKind> kind
            = kindText.isEmpty() ? std::optional(settings.officeKind()) : parseTerm(officeKinds(), kindText);
        if (!kind)
            throw UsageError {
                Tr::tr("--office-kind takes %1, not \"%2\"").arg(acceptedCodes(officeKinds()), kindText)
            };
        context.takePositionals(0, kUsage);
        const UserAccount admin = context.signIn(database);
        // Only the kind given: the rest of the profile is left as it is (even unfinished).
        if (profileGiven || !perType.isEmpty() || kindText.isEmpty())
            settings.setAgencyProfile(p, admin);
        settings.setOfficeKind(*kind, admin);
        printSettings(context, settings);
        return ExitOk;
    }
} // namespace

int runSettings(CliContext& context)
{
    const Database database = context.openDatabase();
    OfficeSettings settings(database);
    if (!context.args().isEmpty() && context.args().front() == u"agency") {
        context.args().removeFirst();
        return setAgency(context, database, settings);
    }
    if (!context.args().isEmpty() && context.args().front() == u"mail") {
        context.args().removeFirst();
        return setMail(context, database, settings);
    }
    const QStringList positionals = context.args();
    context.args().clear();
    if (positionals.isEmpty()) {
        printSettings(context, settings);
        return ExitOk;
    }
    if (positionals.size() != 2 || positionals.at(0) != u"four-eyes"
        || (positionals.at(1) != u"on" && positionals.at(1) != u"off"))
        throw UsageError { Tr::tr("usage: %1").arg(kUsage) };
    settings.setFourEyes(positionals.at(1) == u"on", context.signIn(database));
    context.out << Tr::tr("four-eyes: %1").arg(positionals.at(1)) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
