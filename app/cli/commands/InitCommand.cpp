#include "../Commands.h"
#include "../PasswordPrompt.h"

#include "Error.h"
#include "users/UserRepository.h"

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
    const QString admin = context.takeOption(QStringLiteral("admin"));
    const QString displayName = context.takeOption(QStringLiteral("display-name"));
    context.takePositionals(0, QStringLiteral("ogi --db FILE init [--admin NAME [--display-name TEXT]]"));
    if (context.dbPath().isEmpty())
        throw UsageError { Tr::tr("init needs --db FILE") };
    const Database database = context.openDatabase(OpenMode::CreateIfMissing);
    context.out << (!database.created() ? Tr::tr("%1 is an OGI Desk database (schema %2).")
                            : Tr::tr("Created OGI Desk database %1 (schema %2)."))
                           .arg(database.path())
                           .arg(currentSchemaVersion())
                << Qt::endl;
    if (!admin.isEmpty()) {
        // The first administrator, with the password the person chooses: no default exists.
        UserRepository users(database);
        if (!users.isEmpty())
            throw Error(ErrorCode::Refused,
                Tr::tr("%1 already has users; the administrator adds new ones with ogi user add.").arg(database.path()));
        const QString password
            = readPassword("OGI_PASSWORD", Tr::tr("Choose the password for %1: ").arg(admin), true);
        const UserAccount account = users.createFirstAdministrator(admin, displayName, password);
        context.out << Tr::tr("Created the administrator %1.").arg(account.login) << Qt::endl;
    }
    return ExitOk;
}

} // namespace ogi::cli
