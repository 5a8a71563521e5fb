#include "DeadlineCalculator.h"

#include "Error.h"
#include "Timestamps.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DeadlineCalculator)
    };

    void addStep(QList<DeadlineStep>* steps, const DeadlineStep& step)
    {
        if (steps)
            steps->append(step);
    }

    [[noreturn]] void invalid(const QString& message) { throw Error(ErrorCode::InvalidInput, message); }

    // Where walking the pauses from the trigger leaves the due date.
    struct Walk
    {
        qint64 dueOrdinal = 0;
        const PauseSpan* openPause = nullptr; // the clock is stopped here with no end yet
        int leftWhenResumed = 0; // counted days still to run once the open pause ends
    };

    // The latest date a period's result depends on: a year beyond the calendar anywhere up
    // to it makes the result provisional.
    QDate lastRelevantDate(const PeriodStatus& period, const QDate& asOf)
    {
        QDate last = period.trigger;
        for (const QDate& date : { period.due, period.pausedUntil, period.endedOn })
            if (date.isValid() && date > last)
                last = date;
        const bool ended = period.status == DeadlineStatus::MetOnTime || period.status == DeadlineStatus::MetLate
            || period.status == DeadlineStatus::Closed;
        if (!ended && asOf > last)
            last = asOf;
        return last;
    }
} // namespace

DeadlineCalculator::DeadlineCalculator(const WorkingCalendar& calendar, DeadlineRules rules)
    : m_calendar(calendar)
    , m_rules(rules)
{
}

QDate DeadlineCalculator::dueAfter(const QDate& trigger, int days) const
{
    return m_calendar.addWorkingDays(trigger, days);
}

void DeadlineCalculator::validate(const ReplyFacts& f, const QDate& asOf) const
{
    if (!f.receipt.isValid())
        invalid(Tr::tr("The receipt date is missing or not a valid date."));
    if (!asOf.isValid())
        invalid(Tr::tr("The as-of date is missing or not a valid date."));
    if (f.supplementReceived.isValid() && !f.supplementRequested.isValid())
        invalid(Tr::tr("A supplement received on %1 was never asked for.").arg(isoDate(f.supplementReceived)));
    if (f.supplementRequested.isValid() && f.supplementRequested < f.receipt)
        invalid(Tr::tr("The supplement was asked on %1, before the application was received on %2.")
                    .arg(isoDate(f.supplementRequested), isoDate(f.receipt)));
    if (f.supplementReceived.isValid() && f.supplementReceived < f.supplementRequested)
        invalid(Tr::tr("The supplement was received on %1, before it was asked on %2.")
                    .arg(isoDate(f.supplementReceived), isoDate(f.supplementRequested)));
    const bool waitingForSupplement = f.supplementRequested.isValid() && !f.supplementReceived.isValid();
    if (waitingForSupplement && (f.replied.isValid() || !f.pauses.isEmpty() || !f.extensions.isEmpty()))
        invalid(Tr::tr("The supplement asked on %1 has not been received: no reply period runs yet, so it can "
                       "have no pause, extension or reply.")
                    .arg(isoDate(f.supplementRequested)));

    const QDate trigger = f.supplementReceived.isValid() ? f.supplementReceived : f.receipt;
    QDate previousEnd = trigger;
    for (qsizetype i = 0; i < f.pauses.size(); ++i) {
        const PauseSpan& p = f.pauses.at(i);
        if (!p.from.isValid())
            invalid(Tr::tr("Pause %1 has no valid start date.").arg(i + 1));
        if (p.to.isValid() && p.to < p.from)
            invalid(Tr::tr("The pause from %1 ends on %2, before it starts.").arg(isoDate(p.from), isoDate(p.to)));
        if (p.from < previousEnd) {
            if (i == 0)
                invalid(Tr::tr("The pause from %1 starts before the reply period's trigger on %2.")
                            .arg(isoDate(p.from), isoDate(trigger)));
            invalid(Tr::tr("The pause from %1 overlaps the pause before it, which ends on %2.")
                        .arg(isoDate(p.from), isoDate(previousEnd)));
        }
        if (!p.to.isValid() && i + 1 < f.pauses.size())
            invalid(Tr::tr("The pause from %1 has no end, but another pause follows it.").arg(isoDate(p.from)));
        previousEnd = p.to.isValid() ? p.to : p.from;
    }
    if (f.replied.isValid()) {
        if (f.replied < trigger)
            invalid(Tr::tr("The reply on %1 is before the reply period's trigger on %2.")
                        .arg(isoDate(f.replied), isoDate(trigger)));
        if (!f.pauses.isEmpty() && !f.pauses.back().to.isValid())
            invalid(Tr::tr("The reply on %1 was sent while the pause from %2 is still open.")
                        .arg(isoDate(f.replied), isoDate(f.pauses.back().from)));
    }
    if (f.extensions.size() > 1)
        throw Error(ErrorCode::Refused,
            Tr::tr("An extension may be granted only once (Art. 33); this application has %1.")
                .arg(f.extensions.size()));
    if (!f.extensions.isEmpty()) {
        const Extension& e = f.extensions.front();
        if (e.workingDays < 1)
            invalid(Tr::tr("An extension must add at least one working day, not %1.").arg(e.workingDays));
        if (e.workingDays > m_rules.maxExtensionDays)
            throw Error(ErrorCode::Refused,
                Tr::tr("An extension may add at most %1 working days (Art. 33), not %2.")
                    .arg(m_rules.maxExtensionDays)
                    .arg(e.workingDays));
        if (!e.approved.isValid())
            invalid(Tr::tr("The extension's approval date is missing or not a valid date."));
        if (e.approved < f.receipt)
            invalid(Tr::tr("The extension was approved on %1, before the application was received on %2.")
                        .arg(isoDate(e.approved), isoDate(f.receipt)));
    }
}

PeriodStatus DeadlineCalculator::runningStatus(
    PeriodStatus period, const QDate& asOf, const QList<PauseSpan>& pauses) const
{
    const WorkingCalendar& cal = m_calendar;
    if (asOf > period.due) {
        period.status = DeadlineStatus::Overdue;
        period.workingDaysLeft = -int(cal.ordinal(asOf) - cal.ordinal(period.due));
        return period;
    }
    if (asOf == period.due) {
        period.status = DeadlineStatus::DueToday;
        period.workingDaysLeft = 0;
        return period;
    }
    qint64 left = cal.ordinal(period.due) - cal.ordinal(asOf);
    for (const PauseSpan& p : pauses) {
        if (!p.to.isValid() || p.from >= period.due || p.to <= asOf)
            continue;
        if (p.from <= asOf && asOf < p.to) {
            period.status = DeadlineStatus::Paused;
            period.pausedUntil = p.to;
        }
        const QDate from = std::max(p.from, asOf);
        const QDate to = std::min(p.to, period.due);
        left -= std::max<qint64>(0, cal.ordinal(to) - cal.ordinal(from));
    }
    period.workingDaysLeft = int(left);
    if (period.status != DeadlineStatus::Paused)
        period.status = left <= m_rules.dueSoonDays ? DeadlineStatus::DueSoon : DeadlineStatus::OnTrack;
    return period;
}

PeriodStatus DeadlineCalculator::computeReply(const ReplyFacts& f, const QDate& asOf, QList<DeadlineStep>* steps) const
{
    validate(f, asOf);
    const WorkingCalendar& cal = m_calendar;
    PeriodStatus r;
    r.kind = PeriodKind::Reply;
    r.trigger = f.receipt;
    addStep(steps, { StepKind::Receipt, PeriodKind::Reply, f.receipt, {}, 0, {}, {} });

    auto finish = [&](PeriodStatus& period) {
        period.provisional = !cal.isKnownSpan(f.receipt, lastRelevantDate(period, asOf));
        return period;
    };
    auto close = [&](PeriodStatus& period) {
        period.status = DeadlineStatus::Closed;
        period.endedOn = f.closed;
        addStep(steps, { StepKind::Closed, PeriodKind::Reply, f.closed, {}, 0, {}, {} });
    };

    if (f.supplementRequested.isValid()) {
        addStep(steps, { StepKind::SupplementRequested, PeriodKind::Reply, f.supplementRequested, {}, 0, {}, {} });
        if (!f.supplementReceived.isValid()) {
            // Art. 30: the reply period has not begun; it waits for the applicant.
            r.workingDaysLeft = m_rules.replyDays;
            if (f.closed.isValid())
                close(r);
            else
                r.status = DeadlineStatus::Paused;
            return finish(r);
        }
        addStep(steps, { StepKind::SupplementReceived, PeriodKind::Reply, f.supplementReceived, {}, 0, {}, {} });
        r.trigger = f.supplementReceived;
    }
    addStep(steps,
        { StepKind::CountingStarts, PeriodKind::Reply, cal.addWorkingDays(r.trigger, 1), {}, m_rules.replyDays, {},
            {} });

    auto walk = [&](int length, QList<DeadlineStep>* pauseSteps) {
        Walk w;
        w.dueOrdinal = cal.ordinal(r.trigger) + length;
        for (const PauseSpan& p : f.pauses) {
            const qint64 fromOrdinal = cal.ordinal(p.from);
            if (fromOrdinal >= w.dueOrdinal)
                break; // sent on or after the due date: the period had already run out
            if (!p.to.isValid()) {
                w.openPause = &p;
                w.leftWhenResumed = int(w.dueOrdinal - fromOrdinal);
                break;
            }
            const qint64 paused = cal.ordinal(p.to) - fromOrdinal;
            w.dueOrdinal += paused;
            addStep(pauseSteps, { StepKind::Pause, PeriodKind::Reply, p.from, p.to, int(paused), p.reason, {} });
        }
        return w;
    };

    int length = m_rules.replyDays;
    const Extension* extension = f.extensions.isEmpty() ? nullptr : &f.extensions.front();
    Walk w = walk(length, extension ? nullptr : steps);
    if (extension) {
        // Art. 33: approved no later than the deadline it extends. While the clock is
        // stopped with no answer yet, the deadline cannot have passed.
        if (!w.openPause) {
            const QDate originalDue = cal.dateOfOrdinal(w.dueOrdinal);
            if (extension->approved > originalDue)
                throw Error(ErrorCode::Refused,
                    Tr::tr("The extension approved on %1 comes after the deadline of %2: an extension must be "
                           "approved before the reply is due (Art. 33).")
                        .arg(isoDate(extension->approved), isoDate(originalDue)));
        }
        length += extension->workingDays;
        w = walk(length, steps);
        addStep(steps,
            { StepKind::Extension, PeriodKind::Reply, extension->approved,
                w.openPause ? QDate() : cal.dateOfOrdinal(w.dueOrdinal), extension->workingDays, {}, {} });
    }

    if (w.openPause) {
        r.workingDaysLeft = w.leftWhenResumed;
        r.pausedUntil = cal.addWorkingDays(w.openPause->from,
            w.openPause->reason == PauseReason::Consultation ? m_rules.consultationDays : m_rules.feePaymentDays);
        addStep(steps,
            { StepKind::PauseOpen, PeriodKind::Reply, w.openPause->from, r.pausedUntil, w.leftWhenResumed,
                w.openPause->reason, {} });
        if (f.closed.isValid())
            close(r);
        else
            r.status = DeadlineStatus::Paused;
        return finish(r);
    }

    QDate due = cal.dateOfOrdinal(w.dueOrdinal);
    addStep(steps, { StepKind::Due, PeriodKind::Reply, {}, due, length, {}, {} });
    if (f.laterDate.isValid()) {
        if (f.laterDate <= due)
            invalid(Tr::tr("The later reply date %1 (Art. 35) must be after the statutory due date %2.")
                        .arg(isoDate(f.laterDate), isoDate(due)));
        addStep(steps, { StepKind::LaterDate, PeriodKind::Reply, due, f.laterDate, 0, {}, {} });
        due = f.laterDate;
    }
    r.due = due;

    if (f.closed.isValid()) {
        close(r);
    } else if (f.replied.isValid()) {
        r.endedOn = f.replied;
        const PeriodStatus atReply = runningStatus(r, f.replied, f.pauses);
        r.workingDaysLeft = atReply.workingDaysLeft;
        r.status = f.replied <= due ? DeadlineStatus::MetOnTime : DeadlineStatus::MetLate;
        addStep(steps, { StepKind::Replied, PeriodKind::Reply, f.replied, due, r.workingDaysLeft, {}, {} });
    } else {
        r = runningStatus(r, asOf, f.pauses);
    }
    return finish(r);
}

std::optional<PeriodStatus> DeadlineCalculator::computeSupplementNotice(
    const ReplyFacts& f, const QDate& asOf, QList<DeadlineStep>* steps) const
{
    const bool stillOpen = f.awaitingAcceptance && !f.closed.isValid();
    if (!f.supplementRequested.isValid() && !stillOpen)
        return std::nullopt;
    PeriodStatus n;
    n.kind = PeriodKind::SupplementNotice;
    n.trigger = f.receipt;
    n.due = dueAfter(f.receipt, m_rules.supplementNoticeDays);
    if (f.supplementRequested.isValid()) {
        n.endedOn = f.supplementRequested;
        n.workingDaysLeft = int(m_calendar.ordinal(n.due) - m_calendar.ordinal(f.supplementRequested));
        n.status = f.supplementRequested <= n.due ? DeadlineStatus::MetOnTime : DeadlineStatus::MetLate;
    } else {
        n = runningStatus(n, asOf, {});
    }
    n.provisional = !m_calendar.isKnownSpan(f.receipt, lastRelevantDate(n, asOf));
    addStep(steps,
        { StepKind::SupplementNoticeDue, PeriodKind::SupplementNotice, f.supplementRequested, n.due,
            m_rules.supplementNoticeDays, {}, {} });
    return n;
}

PeriodStatus DeadlineCalculator::replyStatus(const ReplyFacts& facts, const QDate& asOf) const
{
    return computeReply(facts, asOf, nullptr);
}

DeadlineReport DeadlineCalculator::report(const ReplyFacts& facts, const QDate& asOf) const
{
    return build(facts, asOf, true);
}

DeadlineReport DeadlineCalculator::summary(const ReplyFacts& facts, const QDate& asOf) const
{
    return build(facts, asOf, false);
}

DeadlineReport DeadlineCalculator::build(const ReplyFacts& facts, const QDate& asOf, bool explain) const
{
    DeadlineReport report;
    report.asOf = asOf;
    report.reply = computeReply(facts, asOf, explain ? &report.steps : nullptr);
    QList<DeadlineStep> noticeSteps;
    report.supplementNotice = computeSupplementNotice(facts, asOf, explain ? &noticeSteps : nullptr);
    // The notice step belongs right after the receipt it counts from.
    for (qsizetype i = 0; i < noticeSteps.size(); ++i)
        report.steps.insert(1 + i, noticeSteps.at(i));

    QDate last = lastRelevantDate(report.reply, asOf);
    if (report.supplementNotice)
        last = std::max(last, lastRelevantDate(*report.supplementNotice, asOf));
    if (report.reply.provisional || (report.supplementNotice && report.supplementNotice->provisional)) {
        report.provisionalReason = m_calendar.provisionalReason(facts.receipt, last);
        if (explain)
            report.steps.append({ StepKind::Provisional, PeriodKind::Reply, {}, {}, 0, {}, report.provisionalReason });
    }
    return report;
}

} // namespace ogi
