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
// including `to` are not counted.
struct PauseSpan
{
    PauseReason reason = PauseReason::Consultation;
    QDate from; // the letter or notice was sent
    QDate to; // the answer or payment arrived; invalid while still waiting
};

// An extension of the reply period (Art. 33).
struct Extension
{
    int workingDays = 0; // 1 .. DeadlineRules::maxExtensionDays
    QDate approved; // the day the head of the disclosure unit approved it
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
