#include "../Commands.h"
#include "../DateArguments.h"
#include "../DeadlineOutput.h"

#include "Clock.h"
#include "Error.h"
#include "Timestamps.h"
#include "calendar/ShippedCalendar.h"
#include "deadline/CalendarRepository.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/DeadlineJson.h"
#include "lifecycle/CaseState.h"
#include "register/CaseDeadline.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::DeadlineCommand)
    };

    const QString kCalcUsage
        = u"ogi [--db FILE] deadline calc --received D [--supplement-requested D "
          u"--supplement-received D] [--pause FROM:TO]... [--fee-pause FROM:TO]... "
          u"[--fee-received D] [--extend N [--extend-approved D] [--extend-told D|--extend-not-told]] "
          u"[--later-date D] [--replied D] [--as-of D] [--due-soon N] [--json]"_s;

    QDate asOfDate(CliContext& context)
    {
        const QString text = context.takeOption(u"as-of"_s);
        return text.isEmpty() ? SystemClock::instance().today() : parseDateArgument(u"--as-of"_s, text);
    }

    // "FROM:TO", or "FROM:" for a pause still waiting for its answer.
    PauseSpan parsePause(const QString& option, const QString& text, PauseReason reason)
    {
        const QStringList parts = text.split(u':');
        if (parts.size() != 2)
            throw UsageError { Tr::tr("%1: \"%2\" must be FROM:TO (or FROM: while still waiting)").arg(option, text) };
        PauseSpan pause { reason, parseDateArgument(option, parts.at(0)), {} };
        if (!parts.at(1).isEmpty()) {
            pause.to = parseDateArgument(option, parts.at(1));
            if (pause.to < pause.from)
                throw UsageError { Tr::tr("%1: the pause ends on %2, before it starts on %3")
                                       .arg(option, isoDate(pause.to), isoDate(pause.from)) };
        }
        return pause;
    }

    void printJson(QTextStream& out, QJsonObject json)
    {
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        out.flush();
    }

    int calculate(CliContext& context)
    {
        ReplyFacts facts;
        const QString received = context.takeOption(u"received"_s);
        if (received.isEmpty())
            throw UsageError { Tr::tr("--received is required; usage: %1").arg(kCalcUsage) };
        facts.receipt = parseDateArgument(u"--received"_s, received);
        facts.supplementRequested
            = parseOptionalDateArgument(u"--supplement-requested"_s, context.takeOption(u"supplement-requested"_s));
        facts.supplementReceived
            = parseOptionalDateArgument(u"--supplement-received"_s, context.takeOption(u"supplement-received"_s));
        for (const QString& text : context.takeOptions(u"pause"_s))
            facts.pauses << parsePause(u"--pause"_s, text, PauseReason::Consultation);
        for (const QString& text : context.takeOptions(u"fee-pause"_s))
            facts.pauses << parsePause(u"--fee-pause"_s, text, PauseReason::FeePayment);
        std::stable_sort(facts.pauses.begin(), facts.pauses.end(),
            [](const PauseSpan& a, const PauseSpan& b) { return a.from < b.from; });
        // The applicant's receipt of the fee notice, for the last fee pause (信息处理费管理办法第七条).
        const QDate feeReceived = parseOptionalDateArgument(u"--fee-received"_s, context.takeOption(u"fee-received"_s));
        if (feeReceived.isValid()) {
            auto last = std::find_if(facts.pauses.rbegin(), facts.pauses.rend(),
                [](const PauseSpan& p) { return p.reason == PauseReason::FeePayment; });
            if (last == facts.pauses.rend())
                throw UsageError { Tr::tr("--fee-received needs a --fee-pause") };
            last->noticeReceived = feeReceived;
        }
        const QStringList extensions = context.takeOptions(u"extend"_s);
        const QString approvedText = context.takeOption(u"extend-approved"_s);
        const QString toldText = context.takeOption(u"extend-told"_s);
        const bool notTold = context.takeFlag(u"extend-not-told"_s);
        if (notTold && !toldText.isEmpty())
            throw UsageError { Tr::tr("--extend-told and --extend-not-told exclude each other") };
        facts.laterDate = parseOptionalDateArgument(u"--later-date"_s, context.takeOption(u"later-date"_s));
        facts.replied = parseOptionalDateArgument(u"--replied"_s, context.takeOption(u"replied"_s));
        const QDate asOf = asOfDate(context);
        DeadlineRules rules;
        const QString dueSoon = context.takeOption(u"due-soon"_s);
        if (!dueSoon.isEmpty())
            rules.dueSoonDays = parseNumberArgument(u"--due-soon"_s, dueSoon, 0, 100);
        // Without --extend-approved the extension is taken as approved on the as-of date; without
        // --extend-told (or --extend-not-told) the applicant as told the day it was approved.
        const QDate approved = approvedText.isEmpty() ? asOf : parseDateArgument(u"--extend-approved"_s, approvedText);
        const QDate told = notTold ? QDate()
            : toldText.isEmpty()   ? approved
                                   : parseDateArgument(u"--extend-told"_s, toldText);
        for (const QString& days : extensions)
            facts.extensions << Extension { parseNumberArgument(u"--extend"_s, days, 1, 1000), approved, told };
        const bool json = context.takeFlag(u"json"_s);
        context.takePositionals(0, kCalcUsage);

        const WorkingCalendar calendar
            = context.dbPath().isEmpty() ? shippedCalendar() : CalendarRepository(context.openDatabase()).calendar();
        DeadlineReport report;
        try {
            report = DeadlineCalculator(calendar, rules).report(facts, asOf);
        } catch (const Error& error) {
            // Every fact came from this command line: contradictions are usage errors.
            if (error.code() == ErrorCode::InvalidInput)
                throw UsageError { error.message() };
            throw;
        }
        if (json)
            printJson(context.out, deadlineReportToJson(report));
        else
            printDeadlineReport(context.out, report);
        return ExitOk;
    }

    int showCase(CliContext& context)
    {
        const QDate asOf = asOfDate(context);
        const bool json = context.takeFlag(u"json"_s);
        const QString caseNumber
            = context.takePositionals(1, u"ogi --db FILE deadline CASE [--as-of D] [--json]"_s).front();
        const CaseDeadline deadline = caseDeadline(context.openDatabase(), caseNumber, asOf);
        if (json) {
            // A correction request has no period (Art. 41): no due date, status or steps.
            QJsonObject object = deadline.statutoryPeriod
                ? deadlineReportToJson(deadline.report)
                : QJsonObject { { u"as_of"_s, isoDate(asOf) },
                      { u"status_text"_s, caseDeadlineLines(deadline).front() } };
            object.insert(u"statutory_period"_s, deadline.statutoryPeriod);
            object.insert(u"case_number"_s, deadline.caseNumber);
            object.insert(u"state"_s, caseStateCode(deadline.state));
            printJson(context.out, object);
            return ExitOk;
        }
        context.out << Tr::tr("Case %1 — %2").arg(deadline.caseNumber, caseStateName(deadline.state)) << Qt::endl;
        for (const QString& line : caseDeadlineLines(deadline))
            context.out << line << Qt::endl;
        return ExitOk;
    }
} // namespace

int runDeadline(CliContext& context)
{
    if (!context.args().isEmpty() && context.args().front() == u"calc") {
        context.args().removeFirst();
        if (context.takeFlag(u"help"_s)) {
            context.out << Tr::tr("usage: %1").arg(kCalcUsage) << Qt::endl;
            return ExitOk;
        }
        return calculate(context);
    }
    return showCase(context);
}

} // namespace ogi::cli
