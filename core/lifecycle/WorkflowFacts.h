#pragma once

#include "lifecycle/CaseEvent.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ogi {

// A notice the timeline records as issued (issue_notice), and whether it was voided since.
struct NoticeFact
{
    QString type; // the notice type's code: "extension", "reply_withhold", ...
    QString number; // 文号
    qint64 noticeId = 0;
    QDate issuedOn;
    bool voided = false;
};

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
    QString reviewBasis; // the legal basis the newest review gave (free-text citation)
    QString reviewArticle; // and the provision it rests on (ExemptionArticle code; empty in old reviews)
    int signOffSeq = 0; // the newest sign-off (0: none)
    int extensionRequestSeq = 0; // a pending extension request (0: none pending)
    int extensionRequestDays = 0;
    QString extensionReason;
    bool extensionApproved = false;
    QDate extensionApprovedOn;
    // The applicant was told of the extension by a notice made outside OGI Desk and recorded
    // as sent (extension_notice_sent); an issued one is validNotice("extension").
    QDate extensionToldOutside;
    QDate supplementRequested;
    QString supplementItems; // what the supplement notice asked for
    // The applicant's supplement period in working days, counted from the day after they
    // receive the notice (Art. 30); 0 for a request recorded before periods were counted so.
    int supplementDays = 0;
    // A request recorded before: the end of the period as it set it, counted from the notice.
    QDate supplementDue;
    QDate supplementNoticeReceived; // the applicant received the supplement notice
    QDate feeNoticeReceived; // the applicant received the fee notice (信息处理费管理办法第七条)
    QString consultPartyKind; // the newest consultation: "third_party" or "agency"
    QString consultParty; // and whom it consulted
    QDate consultDate; // and when
    QString objectingThirdParty; // a consulted third party whose answer was "objection" (Art. 32)
    QDate objectingThirdPartyConsulted; // when that third party was consulted
    QDate reasonsRequested; // the newest request for reasons (Art. 35 要求说明理由)
    QDate reasonsDue; // the day it asked them by
    QString reasonsItems; // what it asked to explain
    QString reasonsAnswer; // "" while pending, "reasonable", "unreasonable" or "not_given"
    QDate feeNoticeDate;
    QString feeMethod;
    int feeAmount = 0; // yuan, as the fee notice stated
    QDate delivered; // the reply went out
    QDate applicantReceived; // the applicant received it: the remedy windows start here
    QString receiptProof; // how that receipt is known (ReceiptProof code), empty if it is not
    QString abandonedBy; // "supplement_overdue" or "fee_overdue" when the case was treated as abandoned
    // A correction request (Art. 41): the newest verification's finding. Its decision
    // (correct, refer, redirect, refuse_correction) is the case's draft reply, with
    // draft["decision"] naming it.
    QString correctionFinding;
    QDate laterDate; // Art. 35: the reasonable later date the chief set (set_later_date)
    QString laterDateReason; // and why the reply cannot come within Art. 33's period
    QList<NoticeFact> notices; // in the order issued

    // The first notice of `type` issued and not voided (nullptr: none): the day the applicant
    // was told is that notice's date. A voided notice told nothing that stands.
    const NoticeFact* validNotice(const QString& type) const;

    // A current draft exists: drafted after the last review or return.
    bool hasCurrentDraft() const { return draftSeq > draftInvalidatedSeq; }
    // The current draft has been signed off: its reply may be issued.
    bool hasSignedOffDraft() const { return hasCurrentDraft() && signOffSeq > draftSeq; }
};

WorkflowFacts workflowFacts(const QList<CaseEvent>& events);

} // namespace ogi
