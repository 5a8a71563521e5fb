#include "../Commands.h"

#include "audit/AuditLog.h"
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
    const QString anchor = context.takeOption(QStringLiteral("anchor"));
    context.takePositionals(0, QStringLiteral("ogi --db FILE verify [--anchor CODE]"));
    const Database database = context.openDatabase();
    QStringList limits;
    QStringList findings = verifyDatabase(database, &limits);
    // A check code (校验码) printed on an earlier report names an audit row: a rewritten history lacks it.
    if (!anchor.isEmpty()) {
        if (const std::optional<qint64> row = AuditLog::findAnchor(database.connection(), anchor))
            context.out << Tr::tr("Check code %1: audit log row %2, still in the register.").arg(anchor).arg(*row)
                        << Qt::endl;
        else
            findings << Tr::tr("Check code %1: no audit row carries it (the history printed with it was rewritten or "
                               "deleted, or the code is mistyped)")
                            .arg(anchor);
    }
    for (const QString& finding : std::as_const(findings))
        context.out << finding << Qt::endl;
    for (const QString& limit : std::as_const(limits))
        context.out << Tr::tr("Not checked: %1").arg(limit) << Qt::endl;
    if (!findings.isEmpty()) {
        context.err << Tr::tr("%n finding(s).", nullptr, int(findings.size())) << Qt::endl;
        return ExitFinding;
    }
    context.out << Tr::tr("OK: %1 — file intact, %n case(s) consistent with their events and with the audit log, "
                          "audit chain unbroken and sealed.",
                       nullptr, int(CaseRepository(database).count()))
                       .arg(database.path())
                << Qt::endl;
    context.out << Tr::tr("Check code %1 (keep it: verify --anchor checks it later)")
                       .arg(AuditLog::anchorCode(database.connection()))
                << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
