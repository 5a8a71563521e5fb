#include "../Commands.h"

#include "storage/DatabaseFile.h"
#include "storage/SchemaMigrations.h"

#include <QCoreApplication>

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::InitCommand)
    };
} // namespace

int runInit(CliContext& context)
{
    context.takePositionals(0, QStringLiteral("ogi --db FILE init"));
    if (context.dbPath().isEmpty())
        throw UsageError { Tr::tr("init needs --db FILE") };
    const bool existed = inspectDatabaseFile(context.dbPath()) == DatabaseFileKind::Ours;
    const Database database = context.openDatabase(OpenMode::CreateIfMissing);
    context.out << (existed ? Tr::tr("%1 is an OGI Desk database (schema %2).")
                            : Tr::tr("Created OGI Desk database %1 (schema %2)."))
                           .arg(database.path())
                           .arg(currentSchemaVersion())
                << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
