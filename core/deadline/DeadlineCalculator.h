#pragma once

#include "calendar/WorkingCalendar.h"
#include "deadline/DeadlineReport.h"
#include "deadline/DeadlineRules.h"
#include "deadline/ReplyFacts.h"

namespace ogi {

// The legal clock (DESIGN.md §5): a pure function of an application's facts, the calendar
// and an as-of date. Counting starts on the working day after the trigger; the due date is
// the last counted working day. Reply: replyDays from receipt (Art. 33), or from the receipt
// of the supplemented application when a supplement was asked (Art. 30). The working days
// after a fee notice up to and including the day the payment arrives are not counted
// (fees.md); after a consultation letter up to the answer, at most the consulted side's
// consultationDays (Art. 32, 34): unanswered by then, the clock runs again. One extension of
// at most maxExtensionDays, approved no later than the due date, counted only once the
// applicant is told by that date (Art. 33(2)); until then the due date stays and a warning
// says so. An Art. 35 date replaces the statutory due date.
//
// Throws Error(InvalidInput) for facts that contradict each other (a pause that ends
// before it starts, overlapping pauses, a supplement received but never asked, dates before
// the receipt, an Art. 35 date not later than the statutory one) and Error(Refused) for an
// extension the law does not allow (a second one, more than maxExtensionDays, approved after
// the deadline). O(number of pauses) per call; no allocation unless explaining.
class DeadlineCalculator
{
public:
    explicit DeadlineCalculator(const WorkingCalendar& calendar, DeadlineRules rules = {});

    // The reply period's status as of `asOf`, without explanation: for lists and reports.
    PeriodStatus replyStatus(const ReplyFacts& facts, const QDate& asOf) const;

    // Reply and supplement-notice periods with the explanation of every step.
    DeadlineReport report(const ReplyFacts& facts, const QDate& asOf) const;
    // The same without the explanation (steps empty): for deadline boards over many cases.
    DeadlineReport summary(const ReplyFacts& facts, const QDate& asOf) const;

    // The due date of a period of `days` working days triggered on `trigger`.
    QDate dueAfter(const QDate& trigger, int days) const;

    // Where a period with a known due date stands as of `asOf` (overdue, due today, due soon,
    // on track, or paused inside one of `pauses`), with the working days left: the one
    // statement of that rule, for stored due dates as much as for computed ones.
    PeriodStatus runningStatus(PeriodStatus period, const QDate& asOf, const QList<PauseSpan>& pauses = {}) const;

    const WorkingCalendar& calendar() const { return m_calendar; }
    const DeadlineRules& rules() const { return m_rules; }

private:
    PeriodStatus computeReply(const ReplyFacts& facts, const QDate& asOf, QList<DeadlineStep>* steps) const;
    // The consulted side's last day to answer (Art. 32, 34).
    QDate consultationEnd(const PauseSpan& pause) const;
    // The last day of `pause` not counted, as of `asOf`; invalid while the clock is still
    // stopped with no end known.
    QDate pauseEnd(const PauseSpan& pause, const QDate& asOf) const;
    std::optional<PeriodStatus> computeSupplementNotice(
        const ReplyFacts& facts, const QDate& asOf, QList<DeadlineStep>* steps) const;
    DeadlineReport build(const ReplyFacts& facts, const QDate& asOf, bool explain) const;
    void validate(const ReplyFacts& facts, const QDate& asOf) const;

    const WorkingCalendar& m_calendar;
    DeadlineRules m_rules;
};

} // namespace ogi
