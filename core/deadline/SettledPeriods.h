#pragma once

#include "calendar/WorkingCalendar.h"
#include "deadline/DeadlineStatus.h"
#include "lifecycle/CaseEvent.h"
#include "storage/Sql.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ogi {

// A period that has ended, with the due date and verdict as computed on the day it ended
// (table case_periods).
struct SettledPeriod
{
    PeriodKind kind = PeriodKind::Reply;
    int endedSeq = 0; // the case event that ended it
    QDate trigger;
    QDate due;
    QDate ended;
    bool onTime = true;
    bool provisional = false;
    QDateTime recordedAt; // UTC
};

// Records, inside the caller's write transaction, every period that the case's timeline
// (`events`, in seq order, the newest included; `receipt` its Art. 31 receipt date) shows
// ended and that is not recorded yet:
// the supplement notice (ended by request_supplement), a consultation (consult_answer), a
// fee payment (fee_paid, counted from the applicant's receipt of the fee notice; not recorded
// when that receipt is not) and the reply (deliver, or a reply imported from an old ledger), each with its due date and
// verdict on `calendar`, the office calendar of today. Recorded rows are never changed, so a later calendar edit never
// rewrites a verdict. Throws Error like DeadlineCalculator for contradictory facts.
// `rows` NewCase: the case has no period recorded yet (a ledger import writing it): each is a
// plain INSERT, which an import sends by COPY; one already there is an error.
enum class PeriodRows
{
    KeepRecorded,
    NewCase
};
void recordEndedPeriods(sql::Statements& statements, qint64 caseId, const QDate& receipt, const QList<CaseEvent>& events,
    const WorkingCalendar& calendar, const QDateTime& now, PeriodRows rows = PeriodRows::KeepRecorded);

// True for the actions that can end a period (callers may skip recordEndedPeriods otherwise).
bool endsPeriod(const QString& action);

// The recorded periods of a case, in the order they ended.
QList<SettledPeriod> settledPeriods(const QSqlDatabase& db, qint64 caseId);

} // namespace ogi
