#include "../Commands.h"

#include "demo/DemoData.h"
#include "demo/DemoUsers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::DemoCommand)
    };
} // namespace

int runDemo(CliContext& context)
{
    const QString countText = context.takeOption(u"cases"_s);
    const QString seedText = context.takeOption(u"seed"_s);
    context.takePositionals(0, u"ogi --db FILE demo --cases N [--seed S]"_s);
    bool ok = true;
    const int count = countText.isEmpty() ? 200 : countText.toInt(&ok);
    if (!ok || count < 1 || count > 2000000)
        throw UsageError { Tr::tr("--cases takes a whole number from 1 to 2000000, not \"%1\"").arg(countText) };
    const uint seed = seedText.isEmpty() ? 20260101u : seedText.toUInt(&ok);
    if (!ok)
        throw UsageError { Tr::tr("--seed takes a whole number, not \"%1\"").arg(seedText) };
    const Database database = context.openDatabase(OpenMode::CreateIfMissing);
    const int users = createDemoUsers(database);
    const DemoSummary summary = generateDemoData(database, count, SystemClock::instance(), seed, u"demo"_s);
    if (users > 0)
        context.out << Tr::tr("Created %n demo user(s); their passwords are in the README.", nullptr, users) << Qt::endl;
    context.out << Tr::tr("Added %n demo case(s) to %1.", nullptr, summary.cases).arg(database.path()) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
