#include "../Commands.h"

#include "integrity/IntegrityCheck.h"
#include "register/CaseRepository.h"

#include <QCoreApplication>

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::VerifyCommand)
    };
} // namespace

int runVerify(CliContext& context)
{
    context.takePositionals(0, QStringLiteral("ogi --db FILE verify"));
    const Database database = context.openDatabase();
    const QStringList findings = verifyDatabase(database);
    for (const QString& finding : findings)
        context.out << finding << Qt::endl;
    if (!findings.isEmpty()) {
        context.err << Tr::tr("%n finding(s).", nullptr, int(findings.size())) << Qt::endl;
        return ExitFinding;
    }
    context.out << Tr::tr("OK: %1 — file intact, %n case(s) consistent with their events, audit chain unbroken.",
                       nullptr, int(CaseRepository(database).count()))
                       .arg(database.path())
                << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
