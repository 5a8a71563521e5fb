#include "../Commands.h"
#include "../DateArguments.h"

#include "Clock.h"
#include "Timestamps.h"
#include "deadline/DeadlineJson.h"
#include "workflow/DueList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::DueCommand)
    };
} // namespace

int runDue(CliContext& context)
{
    const QString withinText = context.takeOption(u"within"_s);
    const QString asOfText = context.takeOption(u"as-of"_s);
    const bool json = context.takeFlag(u"json"_s);
    context.takePositionals(0, u"ogi --db FILE due [--within N] [--as-of D] [--json]"_s);
    std::optional<int> within;
    if (!withinText.isEmpty())
        within = parseNumberArgument(u"--within"_s, withinText, 0, 10000);
    const QDate asOf = asOfText.isEmpty() ? SystemClock::instance().today() : parseDateArgument(u"--as-of"_s, asOfText);

    const QList<DueEntry> entries = dueList(context.openDatabase(), asOf, within);
    if (json) {
        QJsonArray array;
        for (const DueEntry& e : entries) {
            QJsonObject object = e.problem.isEmpty() ? periodStatusToJson(e.period) : QJsonObject();
            object.insert(u"case_number"_s, e.caseNumber);
            object.insert(u"applicant"_s, e.applicantName);
            object.insert(u"state"_s, caseStateCode(e.state));
            if (!e.problem.isEmpty())
                object.insert(u"problem"_s, e.problem);
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const DueEntry& e : entries) {
        context.out << e.caseNumber << u"  "_s;
        if (e.problem.isEmpty())
            context.out << periodLine(e.period);
        else
            context.out << e.problem;
        context.out << u"  "_s << e.applicantName << Qt::endl;
        // What the clerk must do now, each on its own line (an extension not yet told ...).
        if (e.problem.isEmpty())
            for (const QString& warning : describeWarnings(e.period))
                context.out << u"    "_s << Tr::tr("Attention: %1").arg(warning) << Qt::endl;
    }
    context.out << Tr::tr("%n open case(s) listed, as of %1", nullptr, int(entries.size())).arg(isoDate(asOf))
                << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
