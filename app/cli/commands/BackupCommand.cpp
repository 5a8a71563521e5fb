#include "../Commands.h"

#include "backup/RegisterBackup.h"
#include "backup/RegisterRestore.h"
#include "storage/RegisterLocation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <tuple>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::BackupCommand)
    };
} // namespace

int runBackup(CliContext& context)
{
    const QStringList positionals = context.takePositionals(1, u"ogi --db FILE backup OUT.zip"_s);
    const Database database = context.openDatabase();
    const BackupSummary summary = writeBackup(database, positionals.at(0));
    context.out << Tr::tr("Backed up %1 with %n attached file(s) (%2) to %3", nullptr, summary.files)
                       .arg(database.path(), QLocale().formattedDataSize(summary.bytes), positionals.at(0))
                << Qt::endl;
    return ExitOk;
}

int runRestore(CliContext& context)
{
    // --db may follow the command here: "ogi restore IN.zip --db FILE".
    const QString given = context.takeOption(u"db"_s);
    const QString target = given.isEmpty() ? context.dbPath() : given;
    const bool yes = context.takeFlag(u"yes"_s);
    const bool overrideHistory = context.takeFlag(u"override-history"_s);
    const QStringList positionals
        = context.takePositionals(1, u"ogi restore IN.zip --db FILE [--user ADMIN] [--yes] [--override-history]"_s);
    if (target.isEmpty())
        throw UsageError { Tr::tr("restore needs --db FILE: where the register is restored") };
    if (const RegisterLocation server = RegisterLocation::parse(target); server.isPostgresql()) {
        // Into a new, empty database only: a server register is never replaced from a desk.
        const RegisterCopyResult copied = restoreIntoServer(positionals.at(0), server, context.actor());
        qint64 cases = 0;
        for (const auto& [table, rows] : copied.tables)
            if (table == u"cases")
                cases = rows;
        context.out << Tr::tr("Restored %1 from %2 (%3 cases, %4 attached files), checked there as ogi copy checks.")
                           .arg(server.display(), positionals.at(0))
                           .arg(cases)
                           .arg(copied.attachedFiles)
                    << Qt::endl;
        return ExitOk;
    }
    RegisterRestore restore(positionals.at(0), target);
    const RestoreChanges& changes = restore.changes();
    context.out << Tr::tr("The backup %1 passes verify. Restoring it to %2:").arg(positionals.at(0), target)
                << Qt::endl;
    for (const QString& line : changes.describe())
        context.out << u"  "_s << line << Qt::endl;
    QString login, password;
    if (changes.registerReadable)
        std::tie(login, password) = context.credentials(
            Tr::tr("a register is at %1: restoring over it needs --user with an administrator of it").arg(target));
    if (changes.replacesRegister && !yes) {
        context.out << Tr::tr("Replace %1 with the backup? Type yes to go on: ").arg(target) << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"yes" && answer != u"y" && answer != u"是") {
            context.err << Tr::tr("Nothing was replaced.") << Qt::endl;
            return ExitFinding;
        }
    }
    const QString kept = restore.replace(login, password, overrideHistory);
    context.out << Tr::tr("Restored %1 from %2; it passes verify.").arg(target, positionals.at(0)) << Qt::endl;
    if (!kept.isEmpty())
        context.out << Tr::tr("The register that was there is kept as %1.").arg(kept) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
