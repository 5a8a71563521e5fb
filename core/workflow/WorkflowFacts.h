#pragma once

#include "workflow/CaseEvent.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ogi {

// What a case's timeline says that the workflow's guards need: who drafted the reply
// awaiting sign-off, whether an extension is pending, what the review decided, and when the
// applicant's own periods end. A pure fold of the events.
struct WorkflowFacts
{
    int draftSeq = 0; // the newest draft event (0: none)
    QString drafter; // its actor
    QJsonObject draft; // its details (reply_type, outcome, text)
    int draftInvalidatedSeq = 0; // the newest review or return: a draft before it is stale
    QString reviewResult; // the newest review's result code, empty if none since the last return
    QString reviewBasis; // the legal basis the newest review gave
    int signOffSeq = 0; // the newest sign-off (0: none)
    int extensionRequestSeq = 0; // a pending extension request (0: none pending)
    int extensionRequestDays = 0;
    QString extensionReason;
    bool extensionApproved = false;
    QDate supplementRequested;
    QString supplementItems; // what the supplement notice asked for
    QDate supplementDue; // the applicant's supplement period, as the notice set it
    QString consultPartyKind; // the newest consultation: "third_party" or "agency"
    QString consultParty; // and whom it consulted
    QDate feeNoticeDate;
    QString feeMethod;
    int feeAmount = 0; // yuan, as the fee notice stated
    QDate delivered; // the reply went out
    QDate applicantReceived; // the applicant received it: the remedy windows start here
    QString abandonedBy; // "supplement_overdue" or "fee_overdue" when the case was treated as abandoned
    // A correction request (Art. 41): the newest verification's finding. Its decision
    // (correct, refer, redirect, refuse_correction) is the case's draft reply, with
    // draft["decision"] naming it.
    QString correctionFinding;

    // A current draft exists: drafted after the last review or return.
    bool hasCurrentDraft() const { return draftSeq > draftInvalidatedSeq; }
    // The current draft has been signed off: its reply may be issued.
    bool hasSignedOffDraft() const { return hasCurrentDraft() && signOffSeq > draftSeq; }
};

WorkflowFacts workflowFacts(const QList<CaseEvent>& events);

} // namespace ogi
