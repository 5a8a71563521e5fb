#include "../Commands.h"
#include "../DateArguments.h"

#include "exchange/LedgerExport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ExportCommand)
    };
} // namespace

int runExport(CliContext& context)
{
    LedgerExportOptions options;
    const QString state = context.takeOption(u"state"_s);
    options.filter.receivedFrom = parseOptionalDateArgument(u"from"_s, context.takeOption(u"from"_s));
    options.filter.receivedTo = parseOptionalDateArgument(u"to"_s, context.takeOption(u"to"_s));
    options.unmasked = context.takeFlag(u"unmasked"_s);
    const QStringList positionals = context.takePositionals(
        1, u"ogi --db FILE [--user NAME] export OUT.csv|OUT.xlsx [--state S] [--from D] [--to D] [--unmasked]"_s);
    if (!state.isEmpty()) {
        const std::optional<CaseState> parsed = parseCaseState(state);
        if (!parsed)
            throw UsageError { Tr::tr("--state: \"%1\" is not a state").arg(state) };
        options.filter.states = { *parsed };
    }
    if (!positionals.at(0).endsWith(u".csv"_s, Qt::CaseInsensitive)
        && !positionals.at(0).endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        throw UsageError { Tr::tr("the ledger is exported as .csv or .xlsx, not \"%1\"").arg(positionals.at(0)) };
    const Database database = context.openDatabase();
    std::optional<UserAccount> user;
    if (options.unmasked)
        user = context.signIn(database);
    QStringList shortened;
    const qint64 count = exportLedger(database, positionals.at(0), options, user ? &*user : nullptr, &shortened);
    context.out << Tr::tr("Exported %n case(s) to %1%2", nullptr, int(count))
                       .arg(
                           positionals.at(0), options.unmasked ? Tr::tr(" with whole ID numbers (audited)") : QString())
                << Qt::endl;
    if (!shortened.isEmpty())
        context.err << Tr::tr("%n cell(s) longer than the 32,767 characters an Excel cell holds were cut, each "
                              "ending in a mark saying so: %1. Export as .csv to keep the whole text.",
                           nullptr, int(shortened.size()))
                           .arg(shortened.join(u", "_s))
                    << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
