#pragma once

#include <QDate>
#include <QList>

namespace ogi {

// Why the reply clock stopped.
enum class PauseReason
{
    Consultation, // Art. 32 third party / Art. 34 other agency: letter sent .. answer received
    FeePayment, // Art. 42, fees.md: fee notice sent .. payment received
};

// A span in which the reply clock does not run: the working days after `from` up to and
// including `to` are not counted. A consultation excludes at most the consulted side's
// 15 working days from the letter (Art. 32, 34): unanswered by then, the clock runs again,
// and an answer after them excludes only the 15. The letter's date, not the day the other
// side received it, starts those days: the earlier day, so the office never counts on more.
struct PauseSpan
{
    PauseReason reason = PauseReason::Consultation;
    QDate from; // the letter or notice was sent
    QDate to; // the answer or payment arrived; invalid while still waiting
    // FeePayment: the day the applicant received the fee notice; their 20 working days to pay
    // run from the day after (信息处理费管理办法第七条). Invalid while not recorded.
    QDate noticeReceived = {};
};

// An extension of the reply period (Art. 33). It counts only once the applicant is told,
// no later than the due date it extends (Art. 33(2): 经……负责人同意并告知申请人).
struct Extension
{
    int workingDays = 0; // 1 .. DeadlineRules::maxExtensionDays
    QDate approved; // the day the head of the disclosure unit approved it
    // The applicant was told: the extension notice issued (and not voided), or recorded as
    // sent outside OGI Desk; for a case imported from an old ledger, its word. Invalid: not yet.
    QDate told = {};
};

// The facts of one application that decide its reply deadline: everything the deadline
// engine reads. Invalid QDates mean "has not happened".
struct ReplyFacts
{
    QDate receipt; // Art. 31 receipt date
    QDate supplementRequested; // Art. 30 supplement notice sent
    QDate supplementReceived; // the supplemented application arrived
    QList<PauseSpan> pauses; // ascending, not overlapping; only the last may still be open
    QList<Extension> extensions; // the law allows at most one
    QDate laterDate; // Art. 35: the later reply date set by the office
    QDate replied; // the reply was sent
    QDate closed; // concluded without a reply owed (withdrawn, abandoned)
    bool awaitingAcceptance = false; // registered, neither accepted nor a supplement asked yet
};

} // namespace ogi
