#include "DeadlineJson.h"

#include "Timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    QJsonValue dateOrNull(const QDate& date) { return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(); }
} // namespace

QJsonObject periodStatusToJson(const PeriodStatus& p)
{
    return {
        { u"period"_s, periodKindCode(p.kind) },
        { u"status"_s, deadlineStatusCode(p.status) },
        { u"status_text"_s, deadlineStatusName(p.status) },
        { u"trigger"_s, dateOrNull(p.trigger) },
        { u"due"_s, dateOrNull(p.due) },
        { u"working_days_left"_s, p.workingDaysLeft },
        { u"paused_until"_s, dateOrNull(p.pausedUntil) },
        { u"ended_on"_s, dateOrNull(p.endedOn) },
        { u"provisional"_s, p.provisional },
        { u"paused_for"_s,
            p.pausedFor ? QJsonValue(*p.pausedFor == PauseReason::Consultation ? u"consultation"_s : u"fee"_s)
                        : QJsonValue() },
        { u"extended_due"_s, dateOrNull(p.extendedDue) },
        { u"warnings"_s, QJsonArray::fromStringList(periodWarningCodes(p.warnings)) },
        { u"warning_texts"_s, QJsonArray::fromStringList(describeWarnings(p)) },
    };
}

QJsonObject deadlineReportToJson(const DeadlineReport& report)
{
    QJsonObject json = periodStatusToJson(report.reply);
    json.insert(u"as_of"_s, dateOrNull(report.asOf));
    json.insert(u"provisional_reason"_s,
        report.provisionalReason.isEmpty() ? QJsonValue() : QJsonValue(report.provisionalReason));
    json.insert(u"supplement_notice"_s,
        report.supplementNotice ? QJsonValue(periodStatusToJson(*report.supplementNotice)) : QJsonValue());
    QJsonArray steps;
    for (const DeadlineStep& step : report.steps)
        steps.append(QJsonObject { { u"kind"_s, stepKindCode(step.kind) }, { u"period"_s, periodKindCode(step.period) },
            { u"date"_s, dateOrNull(step.date) }, { u"until"_s, dateOrNull(step.until) },
            { u"related"_s, dateOrNull(step.related) }, { u"days"_s, step.days }, { u"text"_s, describeStep(step) } });
    json.insert(u"steps"_s, steps);
    return json;
}

} // namespace ogi
