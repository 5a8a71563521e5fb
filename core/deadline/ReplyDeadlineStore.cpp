#include "ReplyDeadlineStore.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/CalendarRepository.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/DeadlineCalculator.h"
#include "storage/deadline/CasePeriodRows.h"
#include "storage/deadline/ReplyDeadlineRows.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // `db` null: a case written for the first time, with no recorded period to read.
    StoredReplyDeadline computeRow(
        const QSqlDatabase* db, const CaseTimeline& timeline, const DeadlineCalculator& calculator, const QDate& today)
    {
        StoredReplyDeadline row;
        PeriodStatus reply;
        PeriodStatus resumed;
        try {
            const ReplyFacts facts = replyFactsFromEvents(timeline.receipt, timeline.events);
            reply = calculator.replyStatus(facts, today);
            // A consultation stops the clock for the consulted side's 15 working days at the
            // most (Art. 32, 34): with no answer by then it runs again, without another event.
            if (reply.status == DeadlineStatus::Paused && reply.pausedFor == PauseReason::Consultation
                && reply.pausedUntil.isValid())
                resumed = calculator.replyStatus(facts, reply.pausedUntil.addDays(1));
        } catch (const Error&) {
            return row; // Unknown: the case view and `ogi verify` name the contradiction
        }
        if (resumed.due.isValid()) {
            // Running once the pause has passed: paused until then, due on the day it gives.
            row.clock = ReplyClock::Running;
            row.due = resumed.due;
            row.pausedUntil = reply.pausedUntil;
            return row;
        }
        row.due = reply.due;
        switch (reply.status) {
        case DeadlineStatus::OnTrack:
        case DeadlineStatus::DueSoon:
        case DeadlineStatus::DueToday:
        case DeadlineStatus::Overdue:
            row.clock = ReplyClock::Running;
            break;
        case DeadlineStatus::Paused:
            row.clock = ReplyClock::Paused;
            row.pausedUntil = reply.pausedUntil;
            break;
        case DeadlineStatus::MetOnTime:
        case DeadlineStatus::MetLate: {
            // The verdict recorded on the day of the reply stands over today's calendar.
            const std::optional<RecordedReply> recorded = db ? recordedReplyOf(*db, timeline.id) : std::nullopt;
            const bool onTime = recorded ? recorded->onTime : reply.status == DeadlineStatus::MetOnTime;
            if (recorded)
                row.due = recorded->due;
            row.clock = onTime ? ReplyClock::MetOnTime : ReplyClock::MetLate;
            break;
        }
        case DeadlineStatus::Closed:
            row.clock = ReplyClock::Closed;
            row.due = {};
            break;
        }
        return row;
    }

    void writeRow(sql::Statements& statements, qint64 caseId, const StoredReplyDeadline& row,
        StoredDeadline stored = StoredDeadline::Replaced)
    {
        writeReplyDeadlineRow(statements, { caseId, replyClockCode(row.clock), row.due, row.pausedUntil }, stored);
    }
} // namespace

QString replyClockCode(ReplyClock clock)
{
    switch (clock) {
    case ReplyClock::Running:
        return u"running"_s;
    case ReplyClock::Paused:
        return u"paused"_s;
    case ReplyClock::MetOnTime:
        return u"met_on_time"_s;
    case ReplyClock::MetLate:
        return u"met_late"_s;
    case ReplyClock::Closed:
        return u"closed"_s;
    case ReplyClock::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<ReplyClock> parseReplyClock(const QString& code)
{
    for (ReplyClock clock : { ReplyClock::Running, ReplyClock::Paused, ReplyClock::MetOnTime, ReplyClock::MetLate,
             ReplyClock::Closed, ReplyClock::Unknown })
        if (replyClockCode(clock) == code)
            return clock;
    return std::nullopt;
}

PeriodStatus replyStatusAsOf(
    const StoredReplyDeadline& stored, const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules)
{
    PeriodStatus period;
    period.due = stored.due;
    // A running clock always has a due date; a row without one is treated as unknown.
    const ReplyClock clock
        = stored.clock == ReplyClock::Running && !stored.due.isValid() ? ReplyClock::Unknown : stored.clock;
    switch (clock) {
    case ReplyClock::Running:
        if (stored.pausedUntil.isValid() && asOf <= stored.pausedUntil) {
            // A consultation not answered yet, within the other side's 15 working days.
            period.due = {};
            period.status = DeadlineStatus::Paused;
            period.pausedUntil = stored.pausedUntil;
            period.pausedFor = PauseReason::Consultation;
            break;
        }
        period = DeadlineCalculator(calendar, rules).runningStatus(period, asOf);
        period.provisional = !calendar.isKnownSpan(asOf, stored.due);
        break;
    case ReplyClock::Paused:
        period.status = DeadlineStatus::Paused;
        period.pausedUntil = stored.pausedUntil;
        break;
    case ReplyClock::MetOnTime:
        period.status = DeadlineStatus::MetOnTime;
        break;
    case ReplyClock::MetLate:
        period.status = DeadlineStatus::MetLate;
        break;
    case ReplyClock::Closed:
    case ReplyClock::Unknown:
        period.status = DeadlineStatus::Closed;
        break;
    }
    return period;
}

void storeReplyDeadline(
    const QSqlDatabase& db, const CaseTimeline& timeline, const WorkingCalendar& calendar, const QDate& today)
{
    const DeadlineCalculator calculator(calendar);
    sql::Statements statements(db);
    writeRow(statements, timeline.id, computeRow(&db, timeline, calculator, today));
}

void storeNewCaseReplyDeadline(sql::Statements& statements, const CaseTimeline& timeline,
    const DeadlineCalculator& calculator, const QDate& today)
{
    writeRow(statements, timeline.id, computeRow(nullptr, timeline, calculator, today), StoredDeadline::Refused);
}

namespace {
    CaseTimeline readTimeline(const QSqlDatabase& db, qint64 caseId)
    {
        return caseTimelineOf({ caseId, {}, {}, {}, receiptDateOf(db, caseId) }, eventRowsOf(db, caseId));
    }
} // namespace

int refreshReplyDeadlines(const QSqlDatabase& db, bool everyCase, const QDate& today, Progress* progress, int* moved)
{
    if (moved)
        *moved = 0;
    const WorkingCalendar calendar = loadOfficeCalendar(db);
    const DeadlineCalculator calculator(calendar);
    sql::Statements statements(db);
    int written = 0;
    constexpr int kReportEvery = 512;
    if (everyCase) {
        // The whole register in one streamed pass.
        const qint64 total = caseCount(db);
        forEachCaseTimeline(db, std::nullopt, [&](const CaseTimeline& timeline) {
            if (written % kReportEvery == 0)
                reportProgress(progress, written, total);
            writeRow(statements, timeline.id, computeRow(&db, timeline, calculator, today));
            ++written;
        });
        return written;
    }
    // The open cases are a small part of a register: read each one by its key.
    const QList<ReplyDeadlineRow> open
        = replyDeadlineRowsWithClock(db, { replyClockCode(ReplyClock::Running), replyClockCode(ReplyClock::Paused) });
    for (const ReplyDeadlineRow& row : open) {
        if (written % kReportEvery == 0)
            reportProgress(progress, written, open.size());
        const StoredReplyDeadline now = computeRow(&db, readTimeline(db, row.caseId), calculator, today);
        if (moved && (now.due != row.due || now.pausedUntil != row.pausedUntil))
            ++*moved;
        writeRow(statements, row.caseId, now);
        ++written;
    }
    return written;
}

SqlCondition replyStatusCondition(
    DeadlineStatus status, const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules)
{
    const QString day = isoDate(asOf);
    // The first day with more than dueSoonDays working days left.
    const QString beyondSoon = isoDate(calendar.dateOfOrdinal(calendar.ordinal(asOf) + rules.dueSoonDays + 1));
    // A running row with a pause date is paused up to it (an open consultation's 15 days).
    const QString running = u"reply_clock = 'running' AND (reply_paused_until IS NULL OR reply_paused_until < ?)"_s;
    switch (status) {
    case DeadlineStatus::Overdue:
        return { running + u" AND reply_due < ?"_s, { day, day } };
    case DeadlineStatus::DueToday:
        return { running + u" AND reply_due = ?"_s, { day, day } };
    case DeadlineStatus::DueSoon:
        return { running + u" AND reply_due > ? AND reply_due < ?"_s, { day, day, beyondSoon } };
    case DeadlineStatus::OnTrack:
        return { running + u" AND reply_due >= ?"_s, { day, beyondSoon } };
    case DeadlineStatus::Paused:
        return { u"(reply_clock = 'paused' OR (reply_clock = 'running' AND reply_paused_until >= ?))"_s, { day } };
    case DeadlineStatus::MetOnTime:
        return { u"reply_clock = 'met_on_time'"_s, {} };
    case DeadlineStatus::MetLate:
        return { u"reply_clock = 'met_late'"_s, {} };
    case DeadlineStatus::Closed:
        return { u"reply_clock IN ('closed', 'unknown')"_s, {} };
    }
    return { u"0"_s, {} };
}

} // namespace ogi
