#include "../Commands.h"

#include "settings/OfficeSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::SettingsCommand)
    };

    const QString kUsage = u"ogi --db FILE [--user NAME] settings [four-eyes on|off]"_s;
} // namespace

int runSettings(CliContext& context)
{
    const QStringList positionals = context.args();
    context.args().clear();
    const Database database = context.openDatabase();
    OfficeSettings settings(database);
    if (positionals.isEmpty()) {
        context.out << Tr::tr("four-eyes: %1").arg(settings.fourEyes() ? u"on"_s : u"off"_s) << Qt::endl;
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
