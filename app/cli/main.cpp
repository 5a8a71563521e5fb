#include "CliContext.h"
#include "Commands.h"
#include "Error.h"
#include "PrivateFileMode.h"
#include "audit/AuditWitness.h"
#include "i18n/Translations.h"
#include "log/LogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <exception>
#include <memory>
#include <new>

#include <unistd.h>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace ogi::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ogi::cli::main)
};

// One line per command: the synopsis (syntax, not translated) and what it does.
struct CommandHelp
{
    const char* synopsis;
    const char* description;
};

const CommandHelp kCommandHelp[] = {
    { "init [--admin NAME]",
        QT_TRANSLATE_NOOP(
            "ogi::cli::main", "create (or migrate) the database FILE; with --admin, its first administrator") },
    { "add --json FILE|-",
        QT_TRANSLATE_NOOP("ogi::cli::main", "register one application given as JSON; prints its case number") },
    { "list [--state S] [--json]", QT_TRANSLATE_NOOP("ogi::cli::main", "list the register, newest first") },
    { "show CASE [--json]", QT_TRANSLATE_NOOP("ogi::cli::main", "one case with its timeline") },
    { "verify [--anchor CODE]", QT_TRANSLATE_NOOP("ogi::cli::main", "check the file, every case's events and the audit chain") },
    { "demo --cases N", QT_TRANSLATE_NOOP("ogi::cli::main", "fill FILE with N realistic demo cases") },
    { "calendar days FROM TO",
        QT_TRANSLATE_NOOP("ogi::cli::main", "working days and holidays from FROM to TO, one line per date") },
    { "calendar set|unset|import|years",
        QT_TRANSLATE_NOOP(
            "ogi::cli::main", "keep the office calendar: local arrangements, a yearly notice as CSV (audited)") },
    { "deadline calc --received D ...",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "the reply deadline for the given dates, explained (deadline calc --help: all options)") },
    { "deadline CASE [--json]", QT_TRANSLATE_NOOP("ogi::cli::main", "a stored case's deadlines, explained") },
    { "due [--within N] [--json]", QT_TRANSLATE_NOOP("ogi::cli::main", "open cases, most urgent deadline first") },
    { "act CASE ACTION [--date D] ...",
        QT_TRANSLATE_NOOP(
            "ogi::cli::main", "take a workflow action on a case (act --help: every action and its options)") },
    { "attach CASE PATH [--kind K]",
        QT_TRANSLATE_NOOP("ogi::cli::main", "attach a file to a case, kept under its SHA-256 (clerk or chief)") },
    { "notice CASE TYPE [--set N=T] [--pdf F]",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "issue a numbered notice for a case, optionally as PDF or HTML (notice --help: types, reprint, void)") },
    { "deliver-email CASE NOTICE",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "send the case's reply notice (number or id) to the applicant by email as PDF and record the delivery "
            "(clerk)") },
    { "notices CASE",
        QT_TRANSLATE_NOOP("ogi::cli::main", "the notices issued for a case, each checked against its SHA-256") },
    { "report annual YYYY [--format F]",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "section 三 of the annual report, checked before it is shown (text, csv, json); exit 1 if it does not add "
            "up") },
    { "report monthly YYYY-MM [--cases FIG]",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "the monthly tally (any range with --from/--to), by department and clerk; --cases lists the cases behind a "
            "figure") },
    { "report check FILE.csv",
        QT_TRANSLATE_NOOP(
            "ogi::cli::main", "check figures typed into section 三: every total and 一 + 二 = （七） + 四") },
    { "backup OUT.zip",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "a consistent snapshot of the register (a file, or a server register) with its attachments and a SHA-256 manifest, zipped") },
    { "restore IN.zip --db FILE [--user ADMIN] [--yes] [--override-history]",
        QT_TRANSLATE_NOOP(
            "ogi::cli::main", "restore a backup after checking it and showing what it changes; over a register, an administrator of it signs in; the register that was there is kept beside it; --db postgresql://… restores into an empty database") },
    { "copy FROM TO",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "copy a whole register between a file and a postgresql:// database (either way) into a new one, checked "
            "there (counts, audit chain, notices' SHA-256) before it says so; the source is not changed") },
    { "export OUT.csv|.xlsx [--state S] [--unmasked]",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "the ledger as CSV or Excel with deadline columns; ID numbers masked unless --unmasked (chief or administrator, "
            "audited)") },
    { "import LEDGER [--dry-run] [--skip-invalid]",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "bring an old ledger (.csv UTF-8 or GB18030, .xlsx, .xls) into the register, all rows or none; "
            "--encoding E, --mapping M.json for odd headers") },
    { "user add|passwd|list|disable|enable|roles",
        QT_TRANSLATE_NOOP("ogi::cli::main", "manage users and their roles (administrator; audited)") },
    { "settings [four-eyes on|off]",
        QT_TRANSLATE_NOOP("ogi::cli::main", "show the office settings, or switch four eyes (administrator, audited)") },
    { "settings agency --name N --pattern P ...",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "set the agency, its document number pattern, the remedies bodies and contact line (administrator, "
            "audited)") },
    { "settings mail --host H --sender A ...",
        QT_TRANSLATE_NOOP("ogi::cli::main",
            "the mail server replies are delivered through; --password reads OGI_SMTP_PASSWORD or asks (administrator, "
            "audited)") },
};

QString usage()
{
    QString text
        = Tr::tr("Usage: ogi [--db FILE] [--user NAME] COMMAND [options]") + u"\n\n"_s + Tr::tr("Commands:") + u'\n';
    for (const CommandHelp& help : kCommandHelp)
        text += u"  "_s + QString::fromLatin1(help.synopsis).leftJustified(42) + u' '
            + QCoreApplication::translate("ogi::cli::main", help.description) + u'\n';
    return text + u'\n' + Tr::tr("Exit codes: 0 ok, 1 a finding or a refusal, 2 a usage error.");
}

const std::map<QString, std::function<int(CliContext&)>>& commands()
{
    static const std::map<QString, std::function<int(CliContext&)>> table = {
        { u"init"_s, runInit },
        { u"add"_s, runAdd },
        { u"list"_s, runList },
        { u"show"_s, runShow },
        { u"verify"_s, runVerify },
        { u"demo"_s, runDemo },
        { u"calendar"_s, runCalendar },
        { u"deadline"_s, runDeadline },
        { u"due"_s, runDue },
        { u"act"_s, runAct },
        { u"attach"_s, runAttach },
        { u"notice"_s, runNotice },
        { u"notices"_s, runNotices },
        { u"deliver-email"_s, runDeliverEmail },
        { u"report"_s, runReport },
        { u"backup"_s, runBackup },
        { u"restore"_s, runRestore },
        { u"copy"_s, runCopy },
        { u"export"_s, runExport },
        { u"import"_s, runImport },
        { u"settings"_s, runSettings },
        { u"user"_s, runUser },
    };
    return table;
}

} // namespace

int main(int argc, char* argv[])
{
    ogi::denyOthersByDefault();
    // Notices are laid out with fonts (QtGui); no display is needed for that.
    const bool needsFonts
        = argc > 1 && std::any_of(argv + 1, argv + argc,
              [](const char* a) { return qstrcmp(a, "notice") == 0 || qstrcmp(a, "deliver-email") == 0; });
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsFonts && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on stderr without one; a private folder is what it would use anyway.
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(
            QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::unique_ptr<QCoreApplication> application
        = needsFonts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(u"ogi"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OGI_VERSION));
    ogi::installTranslations(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath;
    QString user;
    QTextStream err(stderr);
    QTextStream out(stdout);
    // Global options come before the command.
    while (!args.isEmpty() && args.front().startsWith(u"--")) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h") {
            out << usage() << Qt::endl;
            return ExitOk;
        }
        if (option == u"--version") {
            out << "ogi " << QStringLiteral(OGI_VERSION) << Qt::endl;
            return ExitOk;
        }
        if ((option == u"--db" || option == u"--user") && !args.isEmpty()) {
            (option == u"--db" ? dbPath : user) = args.takeFirst();
            continue;
        }
        err << Tr::tr("ogi: unknown or incomplete option %1").arg(option) << Qt::endl << usage() << Qt::endl;
        return ExitUsage;
    }
    if (args.isEmpty()) {
        err << usage() << Qt::endl;
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end()) {
        err << Tr::tr("ogi: unknown command \"%1\"").arg(name) << Qt::endl << usage() << Qt::endl;
        return ExitUsage;
    }

    ogi::log::openLogFile();
    ogi::AuditWitness::recordOnEveryClose(); // the audit head, outside the register, at every close
    CliContext context(dbPath, user, args);
    try {
        return command->second(context);
    } catch (const UsageError& error) {
        context.err << Tr::tr("ogi %1: %2").arg(name, error.message) << Qt::endl;
        return ExitUsage;
    } catch (const ogi::Error& error) {
        context.err << Tr::tr("ogi %1: %2").arg(name, error.message()) << Qt::endl;
        ogi::log::error(u"ogi %1: %2"_s.arg(name, error.message()));
        for (const ogi::FieldIssue& issue : error.issues())
            context.err << u"  "_s << issue.field << u": "_s << issue.message << Qt::endl;
        return ExitFinding;
    } catch (const std::bad_alloc&) {
        // Whatever asked for the memory (a hostile file past a check), the clerk sees a sentence.
        const QString message = Tr::tr("ogi %1: this needs more memory than the computer has; nothing was changed "
                                       "by the step that failed")
                                    .arg(name);
        context.err << message << Qt::endl;
        ogi::log::error(message);
        return ExitFinding;
    } catch (const std::exception& error) {
        const QString message
            = Tr::tr("ogi %1: internal error: %2").arg(name, QString::fromLocal8Bit(error.what()));
        context.err << message << Qt::endl;
        ogi::log::error(message);
        return ExitFinding;
    } catch (...) {
        const QString message = Tr::tr("ogi %1: internal error of unknown kind").arg(name);
        context.err << message << Qt::endl;
        ogi::log::error(message);
        return ExitFinding;
    }
}
