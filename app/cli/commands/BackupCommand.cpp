#include "../Commands.h"

#include "backup/RegisterBackup.h"

#include <QCoreApplication>
#include <QLocale>

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
    const QStringList positionals = context.takePositionals(1, u"ogi restore IN.zip --db FILE"_s);
    if (target.isEmpty())
        throw UsageError { Tr::tr("restore needs --db FILE: where the register is restored") };
    const QString kept = restoreBackup(positionals.at(0), target);
    context.out << Tr::tr("Restored %1 from %2; it passes verify.").arg(target, positionals.at(0)) << Qt::endl;
    if (!kept.isEmpty())
        context.out << Tr::tr("The register that was there is kept as %1.").arg(kept) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
