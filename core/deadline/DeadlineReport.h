#pragma once

#include "deadline/DeadlineStatus.h"
#include "deadline/ReplyFacts.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// What the office must be told about a period beyond its status. Flags, so that a board over
// many cases carries them without allocating.
enum class PeriodWarning : quint8
{
    // An approved extension whose notice has not gone out: it counts only if the applicant is
    // told no later than the due date shown, which is the original one (Art. 33(2)).
    ExtensionNotTold = 0x1,
    // ... and at most DeadlineRules::extensionNoticeWarningDays working days are left.
    ExtensionNoticeUrgent = 0x2,
    // Waiting for the fee, but the applicant's receipt of the fee notice is not recorded: their
    // 20 working days to pay cannot be counted yet (信息处理费管理办法第七条).
    FeeReceiptUnknown = 0x4,
    // The consulted side's 15 working days ended without an answer: the clock runs again and
    // the office decides (Art. 32; Art. 34: no answer counts as consent).
    ConsultationUnanswered = 0x8,
};
Q_DECLARE_FLAGS(PeriodWarnings, PeriodWarning)

// Where one period stands as of a date.
struct PeriodStatus
{
    PeriodKind kind = PeriodKind::Reply;
    DeadlineStatus status = DeadlineStatus::OnTrack;
    QDate trigger; // the day the period was triggered (not counted)
    QDate due; // the last counted working day; invalid while it cannot be known (the clock
               // is stopped with no end in sight: waiting for a supplement or an answer)
    // Running: counted working days after the as-of date up to the due date (0 on the due
    // day; negative: working days overdue). Met: the margin from the end to the due date
    // (negative: days late). Paused with no due date: the days left when the clock resumes.
    int workingDaysLeft = 0;
    QDate pausedUntil; // Paused: when the other side's period ends or the pause ended
    QDate endedOn; // Met / Closed: the day the period ended
    bool provisional = false; // the result depends on a year whose calendar is not known
    // Paused: what stopped the clock, a consultation or a fee notice; none while the reply
    // period waits for a supplement.
    std::optional<PauseReason> pausedFor = std::nullopt;
    // An approved extension that does not count (yet, or at all: the applicant was not told in
    // time): the due date it gives once told. Invalid otherwise.
    QDate extendedDue = {};
    PeriodWarnings warnings = {};
};

// One line of a deadline's explanation. describeStep() turns it into a translated sentence.
enum class StepKind
{
    Receipt, // date: the receipt (the reply trigger unless a supplement was asked)
    SupplementNoticeDue, // date: notice sent or invalid; until: its due date; days: its length
    SupplementRequested, // date: supplement notice sent; the reply clock waits for the answer
    SupplementReceived, // date: the supplemented application arrived (the new trigger)
    CountingStarts, // date: first counted working day; days: the period's length
    Pause, // date..until: letter and answer; days: working days not counted
    PauseOpen, // date: letter sent; until: the other side's due date; days: left on resumption
    Extension, // date: approved; days: added; until: the new due date; related: the applicant told
    LaterDate, // until: the Art. 35 date; date: the statutory due date it replaces
    Due, // until: the due date; days: counted working days
    Replied, // date: reply sent; until: due date; days: margin
    Closed, // date: concluded without a reply owed
    Recorded, // date: the day the period ended; until: the due date recorded then;
              // detail: the date today's calendar would give, when different
    Provisional, // detail: the reason
    // date: letter sent; until: the consulted side's 15th working day; days: not counted;
    // related: the answer that came after that day (invalid: none recorded)
    ConsultationCapped,
    // date: fee notice sent; related: the applicant received it (invalid: not recorded);
    // until: their last day to pay (invalid: not known); days: left when the clock resumes
    FeeWaiting,
    // date: approved; until: the original due date, by which the applicant must be told
    // (invalid while the clock is stopped); days: added; related: the due date once told
    ExtensionPending,
    // date: approved; until: the original due date; days: added; related: the day the
    // applicant was told, after that date (invalid: never)
    ExtensionNotTold,
};

struct DeadlineStep
{
    StepKind kind = StepKind::Receipt;
    PeriodKind period = PeriodKind::Reply;
    QDate date;
    QDate until;
    int days = 0;
    PauseReason pauseReason = PauseReason::Consultation;
    QString detail;
    QDate related = {}; // a further date some steps name (see StepKind)
};

// A case's deadlines as of a date, with the explanation of how they were reached.
struct DeadlineReport
{
    QDate asOf;
    PeriodStatus reply;
    std::optional<PeriodStatus> supplementNotice; // while it runs, or once the notice went out
    QList<DeadlineStep> steps;
    QString provisionalReason; // translated; empty unless a result is provisional

    // The period the office must act on first: the supplement notice while it can still be
    // sent in time and is due no later than the reply, else the reply.
    const PeriodStatus& mostUrgent() const;
};

// Where the period stands, as one translated phrase: "due 2026-02-04 — on track, 12
// working days left", "paused until 2026-03-02; 8 working days left when the clock resumes".
QString describePeriod(const PeriodStatus& period);

// The period's warnings, one translated sentence each, citing the rule.
QStringList describeWarnings(const PeriodStatus& period);
// Every warning of the report: the reply's, and a supplement notice that went out after
// Art. 30's 7 working days.
QStringList reportWarnings(const DeadlineReport& report);

// The period's name and where it stands, marked provisional where it is: one line of
// `ogi show`, `ogi deadline`, `ogi due` and the case view.
QString periodLine(const PeriodStatus& period);

// The step as one translated sentence, citing its rule.
QString describeStep(const DeadlineStep& step);
// The whole report as translated lines: each period's status (marked provisional where it
// is), its warnings, the as-of date, then the explanation step by step. For `ogi show` and the case view.
QStringList deadlineReportLines(const DeadlineReport& report);

// "extension_not_told", "fee_receipt_unknown", ...: the warnings in JSON.
QStringList periodWarningCodes(PeriodWarnings warnings);

// "receipt", "pause", ...: the step's kind in JSON.
QString stepKindCode(StepKind kind);

} // namespace ogi

// At global scope: declared inside the namespace, these operators hide Qt's own `|` there.
Q_DECLARE_OPERATORS_FOR_FLAGS(ogi::PeriodWarnings)
