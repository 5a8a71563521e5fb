#include "SettledPeriods.h"

#include "Timestamps.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/DeadlineCalculator.h"
#include "lifecycle/CaseTransitions.h"
#include "storage/deadline/CasePeriodRows.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    void insertSettled(sql::Statements& statements, qint64 caseId, const SettledPeriod& p, PeriodRows rows)
    {
        // Kept: a period recorded once keeps its verdict.
        insertCasePeriodRow(statements,
            { caseId, p.endedSeq, periodKindCode(p.kind), p.trigger, p.due, p.ended, p.onTime, p.provisional,
                p.recordedAt },
            rows == PeriodRows::NewCase ? RecordedPeriod::Refused : RecordedPeriod::Kept);
    }

    std::optional<PeriodKind> parsePeriodKind(const QString& code)
    {
        for (PeriodKind kind :
            { PeriodKind::Reply, PeriodKind::SupplementNotice, PeriodKind::Consultation, PeriodKind::FeePayment })
            if (periodKindCode(kind) == code)
                return kind;
        return std::nullopt;
    }
} // namespace

bool endsPeriod(const QString& action)
{
    return action == u"request_supplement" || action == u"supplement_received" || action == u"consult_answer"
        || action == u"fee_paid" || deliversReply(action);
}

void recordEndedPeriods(sql::Statements& statements, qint64 caseId, const QDate& receipt,
    const QList<CaseEvent>& events, const WorkingCalendar& calendar, const QDateTime& now, PeriodRows rows)
{
    if (events.isEmpty())
        return;
    const DeadlineCalculator calculator(calendar);
    const ReplyFacts facts = replyFactsFromEvents(receipt, events);
    const DeadlineReport report = calculator.report(facts, events.back().eventDate);

    auto settle = [&](PeriodKind kind, int seq, const QDate& trigger, const QDate& due, const QDate& ended) {
        if (!due.isValid())
            return;
        SettledPeriod p { kind, seq, trigger, due, ended, ended <= due,
            !calendar.isKnownSpan(trigger, std::max(due, ended)), now };
        insertSettled(statements, caseId, p, rows);
    };

    QDate pauseStart;
    QDate feeNoticeReceived;
    for (const CaseEvent& e : events) {
        const QString& a = e.action;
        if (a == u"request_supplement" && report.supplementNotice)
            settle(PeriodKind::SupplementNotice, e.seq, receipt, report.supplementNotice->due, e.eventDate);
        else if (a == u"consult" || a == u"fee_notice") {
            pauseStart = e.eventDate;
            feeNoticeReceived = {};
        } else if (a == u"notice_received" && e.details.value(u"notice_type"_s).toString() == u"fee")
            feeNoticeReceived = parseIsoDate(e.details.value(u"received"_s).toString());
        else if (a == u"consult_answer" && pauseStart.isValid())
            settle(PeriodKind::Consultation, e.seq, pauseStart,
                calculator.dueAfter(pauseStart, calculator.rules().consultationDays), e.eventDate);
        else if (a == u"fee_paid" && feeNoticeReceived.isValid())
            // 信息处理费管理办法第七条: from the day after the applicant received the notice. A
            // payment with that day never recorded has no period to judge it by.
            settle(PeriodKind::FeePayment, e.seq, feeNoticeReceived,
                calculator.dueAfter(feeNoticeReceived, calculator.rules().feePaymentDays), e.eventDate);
        else if (deliversReply(a))
            settle(PeriodKind::Reply, e.seq, report.reply.trigger, report.reply.due, e.eventDate);
    }
}

QList<SettledPeriod> settledPeriods(const QSqlDatabase& db, qint64 caseId)
{
    QList<SettledPeriod> list;
    for (const CasePeriodRow& row : casePeriodRowsOf(db, caseId)) {
        const std::optional<PeriodKind> kind = parsePeriodKind(row.period);
        if (!kind)
            continue;
        list << SettledPeriod { *kind, row.endedSeq, row.trigger, row.due, row.ended, row.onTime, row.provisional,
            row.recordedAt };
    }
    return list;
}

} // namespace ogi
