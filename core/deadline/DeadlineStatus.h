#pragma once

#include <QString>

namespace ogi {

// Which period a status is about.
enum class PeriodKind
{
    Reply, // Art. 33 (from receipt, or from the supplemented application, Art. 30)
    SupplementNotice, // Art. 30: the office's 7 working days to ask for a supplement
    Consultation, // Art. 32, Art. 34: the consulted side's 15 working days
    FeePayment, // fees.md: the applicant's 20 working days to pay
};

// The states DESIGN.md §5 shows everywhere.
enum class DeadlineStatus
{
    OnTrack,
    DueSoon, // at most DeadlineRules::dueSoonDays working days left
    DueToday,
    Overdue,
    Paused, // the clock is stopped (consultation, fee, waiting for a supplement)
    MetOnTime,
    MetLate,
    Closed, // concluded without a reply owed
};

QString periodKindCode(PeriodKind kind); // "reply", "supplement_notice", ...
QString periodKindName(PeriodKind kind); // translated
QString deadlineStatusCode(DeadlineStatus status); // "on_track", "due_soon", ...
QString deadlineStatusName(DeadlineStatus status); // translated

// True while the period still runs and can be missed (on track, due soon, due today, overdue).
bool isRunning(DeadlineStatus status);

} // namespace ogi
