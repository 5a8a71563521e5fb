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
        bool unanswered = false; // the last pause: a consultation past its 15 days, no answer
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
        if (p.noticeReceived.isValid() && p.noticeReceived < p.from)
            invalid(Tr::tr("The fee notice sent on %1 cannot have been received on %2, before it was sent.")
                        .arg(isoDate(p.from), isoDate(p.noticeReceived)));
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
        if (e.told.isValid() && e.told < e.approved)
            invalid(Tr::tr("The applicant was told of the extension on %1, before it was approved on %2.")
                        .arg(isoDate(e.told), isoDate(e.approved)));
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
        const QDate end = pauseEnd(p, asOf);
        if (!end.isValid() || p.from >= period.due || end <= asOf)
            continue;
        if (p.from <= asOf && asOf < end) {
            period.status = DeadlineStatus::Paused;
            period.pausedUntil = end;
            period.pausedFor = p.reason;
        }
        const QDate from = std::max(p.from, asOf);
        const QDate to = std::min(end, period.due);
        left -= std::max<qint64>(0, cal.ordinal(to) - cal.ordinal(from));
    }
    period.workingDaysLeft = int(left);
    if (period.status != DeadlineStatus::Paused)
        period.status = left <= m_rules.dueSoonDays ? DeadlineStatus::DueSoon : DeadlineStatus::OnTrack;
    return period;
}

QDate DeadlineCalculator::consultationEnd(const PauseSpan& pause) const
{
    return m_calendar.addWorkingDays(pause.from, m_rules.consultationDays);
}

QDate DeadlineCalculator::pauseEnd(const PauseSpan& p, const QDate& asOf) const
{
    if (p.reason != PauseReason::Consultation)
        return p.to; // fees.md: the time from the notice to the payment, however long
    // Art. 32, 34: the consulted side answers within 15 working days of the letter; only the
    // time the consultation needs is not counted (Art. 33), so at most those days. (Compared
    // as working-day counts: an answer on the days off after the 15th is still in time.)
    const qint64 last = m_calendar.ordinal(p.from) + m_rules.consultationDays;
    if (p.to.isValid() && m_calendar.ordinal(p.to) <= last)
        return p.to;
    const QDate lastDay = m_calendar.dateOfOrdinal(last);
    if (p.to.isValid())
        return lastDay;
    return asOf > lastDay ? lastDay : QDate();
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
        period.warnings = {};
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
            const QDate end = pauseEnd(p, asOf);
            if (!end.isValid()) {
                w.openPause = &p;
                w.leftWhenResumed = int(w.dueOrdinal - fromOrdinal);
                break;
            }
            const qint64 paused = cal.ordinal(end) - fromOrdinal;
            w.dueOrdinal += paused;
            // A consultation answered late, or not at all, stops the clock for its 15 days only.
            const bool capped = p.reason == PauseReason::Consultation && (!p.to.isValid() || p.to > end);
            w.unanswered = capped && !p.to.isValid();
            addStep(pauseSteps,
                { capped ? StepKind::ConsultationCapped : StepKind::Pause, PeriodKind::Reply, p.from, end, int(paused),
                    p.reason, {}, capped ? p.to : QDate() });
        }
        return w;
    };

    int length = m_rules.replyDays;
    const Extension* extension = f.extensions.isEmpty() ? nullptr : &f.extensions.front();
    Walk w = walk(length, extension ? nullptr : steps);
    bool extensionPending = false;
    if (extension) {
        // Art. 33: approved no later than the deadline it extends. While the clock is
        // stopped with no answer yet, the deadline cannot have passed.
        QDate originalDue;
        if (!w.openPause) {
            originalDue = cal.dateOfOrdinal(w.dueOrdinal);
            if (extension->approved > originalDue)
                throw Error(ErrorCode::Refused,
                    Tr::tr("The extension approved on %1 comes after the deadline of %2: an extension must be "
                           "approved before the reply is due (Art. 33).")
                        .arg(isoDate(extension->approved), isoDate(originalDue)));
        }
        // Art. 33(2): it counts once the applicant is told, no later than the original due date.
        // Untold, it waits while that date has not passed (for a concluded case: had not, when
        // it concluded); after it, the original deadline stands.
        const QDate lookedAt = f.replied.isValid() ? f.replied : f.closed.isValid() ? f.closed : asOf;
        const bool told = extension->told.isValid() && (w.openPause || extension->told <= originalDue);
        extensionPending = !extension->told.isValid() && (w.openPause || lookedAt <= originalDue);
        const Walk extended = walk(length + extension->workingDays, told ? steps : nullptr);
        const QDate extendedDue = extended.openPause ? QDate() : cal.dateOfOrdinal(extended.dueOrdinal);
        if (told) {
            w = extended;
            length += extension->workingDays;
            addStep(steps,
                { StepKind::Extension, PeriodKind::Reply, extension->approved, extendedDue, extension->workingDays, {},
                    {}, extension->told });
        } else {
            if (steps)
                walk(length, steps); // the pause steps of the period that stands
            r.extendedDue = extendedDue;
            addStep(steps,
                { extensionPending ? StepKind::ExtensionPending : StepKind::ExtensionNotTold, PeriodKind::Reply,
                    extension->approved, originalDue, extension->workingDays, {}, {},
                    extensionPending ? extendedDue : extension->told });
        }
    }

    if (w.openPause) {
        const PauseSpan& open = *w.openPause;
        r.workingDaysLeft = w.leftWhenResumed;
        r.pausedFor = open.reason;
        if (open.reason == PauseReason::Consultation) {
            r.pausedUntil = consultationEnd(open);
            addStep(steps,
                { StepKind::PauseOpen, PeriodKind::Reply, open.from, r.pausedUntil, w.leftWhenResumed, open.reason,
                    {} });
        } else {
            // 信息处理费管理办法第七条: the applicant's 20 working days run from the day after they
            // receive the notice; until that is recorded, their end is not known.
            if (open.noticeReceived.isValid())
                r.pausedUntil = cal.addWorkingDays(open.noticeReceived, m_rules.feePaymentDays);
            else
                r.warnings |= PeriodWarning::FeeReceiptUnknown;
            addStep(steps,
                { StepKind::FeeWaiting, PeriodKind::Reply, open.from, r.pausedUntil, w.leftWhenResumed, open.reason, {},
                    open.noticeReceived });
        }
        if (extensionPending)
            r.warnings |= PeriodWarning::ExtensionNotTold;
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
        if (extensionPending) {
            r.warnings |= PeriodWarning::ExtensionNotTold;
            if (isRunning(r.status) && r.workingDaysLeft <= m_rules.extensionNoticeWarningDays)
                r.warnings |= PeriodWarning::ExtensionNoticeUrgent;
        }
        if (w.unanswered)
            r.warnings |= PeriodWarning::ConsultationUnanswered;
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
