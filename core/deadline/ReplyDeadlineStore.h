#pragma once

#include "Progress.h"
#include "calendar/WorkingCalendar.h"
#include "deadline/CaseTimelines.h"
#include "deadline/DeadlineReport.h"
#include "deadline/DeadlineRules.h"
#include "storage/Sql.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ogi {

class DeadlineCalculator;

// How a case's reply clock stood when its row in reply_deadlines was last written.
enum class ReplyClock
{
    Running, // counting towards `due` (after `pausedUntil`, when that is set)
    Paused, // stopped (consultation, fee, waiting for a supplement) until `pausedUntil`
    MetOnTime,
    MetLate,
    Closed, // concluded without a reply owed
    Unknown, // the timeline contradicts itself; `ogi show` explains why
};

QString replyClockCode(ReplyClock clock); // "running", "paused", ...
std::optional<ReplyClock> parseReplyClock(const QString& code);

// One row of reply_deadlines: the reply period of a case, kept so that lists can show,
// sort and filter a register of any size by it. A cache of the deadline engine, rewritten
// in the same transaction as every change to the case's timeline and, for the cases
// still running or paused, on every calendar change.
struct StoredReplyDeadline
{
    ReplyClock clock = ReplyClock::Unknown;
    QDate due; // Running, MetOnTime, MetLate: the reply's due date
    // Paused: when the other side's period ends (may be invalid). Running: set while a
    // consultation waits for its answer; the clock is stopped up to this day and runs again
    // after it towards `due` (Art. 32, 34: 15 working days at the most).
    QDate pausedUntil;
};

// The reply period of a stored row as of `asOf`: the same status and working days left that
// DeadlineCalculator gives from the whole timeline (every pause of a running clock ended on
// or before the day the row was written, so only the due date matters). Closed, Unknown and a
// running row without a due date give DeadlineStatus::Closed.
PeriodStatus replyStatusAsOf(const StoredReplyDeadline& stored, const QDate& asOf, const WorkingCalendar& calendar,
    const DeadlineRules& rules = {});

// Computes the reply period of `timeline` on `calendar` as of `today` and writes its row,
// inside the caller's write transaction. A reply already recorded in case_periods keeps the
// due date and verdict recorded then.
void storeReplyDeadline(
    const QSqlDatabase& db, const CaseTimeline& timeline, const WorkingCalendar& calendar, const QDate& today);

// storeReplyDeadline for a case being written for the first time by a bulk job (the ledger
// import), whose reply, if any, is recorded with it: nothing is read from the database, and a
// row already stored for the case is an error.
void storeNewCaseReplyDeadline(sql::Statements& statements, const CaseTimeline& timeline,
    const DeadlineCalculator& calculator, const QDate& today);

// Rewrites the rows of every case whose reply clock is running or paused (after a calendar
// change), or of every case at all (`everyCase`: the migration that creates the table).
// Inside the caller's write transaction. Returns the number of rows written. Reports to
// `progress` (may be null) and throws Error(Cancelled) when it says stop. `moved` (may be
// null) receives how many running or paused cases got another due date or end of pause.
int refreshReplyDeadlines(
    const QSqlDatabase& db, bool everyCase, const QDate& today, Progress* progress = nullptr, int* moved = nullptr);

// A condition on the case_list view's reply_clock / reply_due columns that selects the cases
// whose reply period has `status` as of `asOf`, with its bound values, in step with
// replyStatusAsOf().
struct SqlCondition
{
    QString sql;
    QVariantList values;
};
SqlCondition replyStatusCondition(
    DeadlineStatus status, const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules = {});

} // namespace ogi
