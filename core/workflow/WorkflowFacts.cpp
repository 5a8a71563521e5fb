#include "WorkflowFacts.h"

#include "Timestamps.h"
#include "workflow/CaseTransitions.h"
#include "workflow/CorrectionVocabulary.h"

using namespace Qt::StringLiterals;

namespace ogi {

WorkflowFacts workflowFacts(const QList<CaseEvent>& events)
{
    WorkflowFacts f;
    for (const CaseEvent& e : events) {
        const QString& a = e.action;
        const QJsonObject& d = e.details;
        if (a == u"draft") {
            f.draftSeq = e.seq;
            f.drafter = e.actor;
            f.draft = d;
        } else if (isCorrectionDecision(a)) {
            f.draftSeq = e.seq;
            f.drafter = e.actor;
            f.draft = d;
            f.draft.insert(u"decision"_s, a);
        } else if (a == u"verify") {
            f.correctionFinding = d.value(u"finding"_s).toString();
        } else if (a == u"review") {
            f.draftInvalidatedSeq = e.seq;
            f.reviewResult = d.value(u"result"_s).toString();
            f.reviewBasis = d.value(u"basis"_s).toString();
        } else if (a == u"sign_off") {
            f.signOffSeq = e.seq;
        } else if (a == u"return") {
            f.draftInvalidatedSeq = e.seq;
            f.reviewResult.clear();
        } else if (a == u"extend") {
            f.extensionRequestSeq = e.seq;
            f.extensionRequestDays = d.value(u"days"_s).toInt();
            f.extensionReason = d.value(u"reason"_s).toString();
        } else if (a == u"approve_extension") {
            f.extensionRequestSeq = 0;
            f.extensionApproved = true;
        } else if (a == u"refuse_extension") {
            f.extensionRequestSeq = 0;
        } else if (a == u"request_supplement") {
            f.supplementRequested = e.eventDate;
            f.supplementDue = parseIsoDate(d.value(u"due"_s).toString());
            f.supplementItems = d.value(u"items"_s).toString();
        } else if (a == u"consult") {
            f.consultPartyKind = d.value(u"party_kind"_s).toString();
            f.consultParty = d.value(u"party"_s).toString();
        } else if (a == u"supplement_overdue" || a == u"fee_overdue") {
            f.abandonedBy = a;
        } else if (a == u"fee_notice") {
            f.feeNoticeDate = e.eventDate;
            f.feeAmount = d.value(u"amount"_s).toInt();
            f.feeMethod = d.value(u"method"_s).toString();
        } else if (deliversReply(a)) {
            f.delivered = e.eventDate;
            f.applicantReceived = parseIsoDate(d.value(u"received"_s).toString());
        } else if (a == u"delivery_received") {
            f.applicantReceived = e.eventDate;
        }
    }
    return f;
}

} // namespace ogi
