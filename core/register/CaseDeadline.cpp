#include "CaseDeadline.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/CalendarRepository.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/SettledPeriods.h"
#include "register/CaseRepository.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CaseDeadline)
    };

    // The recorded verdict stands over today's computation.
    void applyRecord(
        PeriodStatus& period, const SettledPeriod& record, const WorkingCalendar& calendar, QList<DeadlineStep>& steps)
    {
        const QString todayWouldGive = period.due == record.due ? QString() : isoDate(period.due);
        if (!todayWouldGive.isEmpty())
            period.workingDaysLeft = int(calendar.ordinal(record.due) - calendar.ordinal(record.ended));
        period.due = record.due;
        period.endedOn = record.ended;
        period.status = record.onTime ? DeadlineStatus::MetOnTime : DeadlineStatus::MetLate;
        period.provisional = record.provisional;
        steps.append({ StepKind::Recorded, period.kind, record.ended, record.due, 0, {}, todayWouldGive });
    }
} // namespace

QStringList caseDeadlineLines(const CaseDeadline& deadline)
{
    if (!deadline.statutoryPeriod)
        return { Tr::tr("No statutory period: the Regulations set none for a request to correct a record "
                        "(Art. 41); no reply deadline is counted.") };
    return deadlineReportLines(deadline.report);
}

CaseDeadline caseDeadline(const Database& database, const QString& caseNumber, const QDate& asOf)
{
    const CaseRepository repository(database);
    const std::optional<CaseRecord> record = repository.find(caseNumber);
    if (!record)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
    const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
    const DeadlineCalculator calculator(calendar);
    CaseDeadline result;
    result.caseNumber = record->caseNumber;
    result.state = record->state;
    result.report.asOf = asOf;
    if (!hasStatutoryReplyPeriod(record->application.kind)) {
        result.statutoryPeriod = false;
        return result;
    }
    result.report
        = calculator.report(replyFactsFromEvents(record->application.receiptDate, repository.events(record->id)), asOf);

    DeadlineReport& report = result.report;
    for (const SettledPeriod& settled : settledPeriods(database.connection(), record->id)) {
        if (settled.kind == PeriodKind::Reply)
            applyRecord(report.reply, settled, calendar, report.steps);
        else if (settled.kind == PeriodKind::SupplementNotice && report.supplementNotice)
            applyRecord(*report.supplementNotice, settled, calendar, report.steps);
    }
    return result;
}

} // namespace ogi
