#include "DeadlineOutput.h"

#include "Timestamps.h"
#include "deadline/DeadlineStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    // The strings keep the context of the command they were first written for.
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::DeadlineCommand)
    };

    void printPeriod(QTextStream& out, const PeriodStatus& period)
    {
        out << periodKindName(period.kind) << u": "_s << describePeriod(period);
        if (period.provisional)
            out << u' ' << Tr::tr("[provisional]");
        out << Qt::endl;
    }
} // namespace

void printDeadlineReport(QTextStream& out, const DeadlineReport& report)
{
    printPeriod(out, report.reply);
    if (report.supplementNotice)
        printPeriod(out, *report.supplementNotice);
    out << Tr::tr("As of %1.").arg(isoDate(report.asOf)) << Qt::endl;
    out << Tr::tr("How the dates were reached:") << Qt::endl;
    for (qsizetype i = 0; i < report.steps.size(); ++i)
        out << u"  "_s << (i + 1) << u". "_s << describeStep(report.steps.at(i)) << Qt::endl;
}

} // namespace ogi::cli
