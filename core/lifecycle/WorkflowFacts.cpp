#include "WorkflowFacts.h"

#include "Timestamps.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/CorrectionVocabulary.h"

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
            f.reviewArticle = d.value(u"article"_s).toString();
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
            f.extensionApprovedOn = e.eventDate;
        } else if (a == u"extension_notice_sent") {
            f.extensionToldOutside = parseIsoDate(d.value(u"told"_s).toString());
        } else if (a == u"refuse_extension") {
            f.extensionRequestSeq = 0;
        } else if (a == u"request_supplement") {
            f.supplementRequested = e.eventDate;
            f.supplementDays = d.value(u"days"_s).toInt();
            f.supplementDue = parseIsoDate(d.value(u"due"_s).toString());
            f.supplementItems = d.value(u"items"_s).toString();
        } else if (a == u"notice_received") {
            const QDate received = parseIsoDate(d.value(u"received"_s).toString());
            if (d.value(u"notice_type"_s).toString() == u"fee")
                f.feeNoticeReceived = received;
            else
                f.supplementNoticeReceived = received;
        } else if (a == u"consult") {
            f.consultPartyKind = d.value(u"party_kind"_s).toString();
            f.consultParty = d.value(u"party"_s).toString();
            f.consultDate = e.eventDate;
        } else if (a == u"consult_answer") {
            // The third party's newest answer decides: a later consent withdraws an objection.
            if (f.consultPartyKind == u"third_party") {
                const bool objects = d.value(u"answer"_s).toString() == u"objection";
                f.objectingThirdParty = objects ? f.consultParty : QString();
                f.objectingThirdPartyConsulted = objects ? f.consultDate : QDate();
            }
        } else if (a == u"set_later_date") {
            f.laterDate = parseIsoDate(d.value(u"later_date"_s).toString());
            f.laterDateReason = d.value(u"reason"_s).toString();
        } else if (a == u"request_reasons") {
            f.reasonsRequested = e.eventDate;
            f.reasonsDue = parseIsoDate(d.value(u"reply_by"_s).toString());
            f.reasonsItems = d.value(u"items"_s).toString();
            f.reasonsAnswer.clear();
        } else if (a == u"reasons_received") {
            f.reasonsAnswer = d.value(u"finding"_s).toString();
        } else if (a == u"reasons_not_given") {
            f.reasonsAnswer = u"not_given"_s;
        } else if (a == u"supplement_overdue" || a == u"fee_overdue") {
            f.abandonedBy = a;
        } else if (a == u"fee_notice") {
            f.feeNoticeDate = e.eventDate;
            f.feeNoticeReceived = {};
            f.feeAmount = d.value(u"amount"_s).toInt();
            f.feeMethod = d.value(u"method"_s).toString();
        } else if (deliversReply(a)) {
            f.delivered = e.eventDate;
            f.applicantReceived = parseIsoDate(d.value(u"received"_s).toString());
            // An email sent through EmailDelivery carries the server's acceptance: its delivery record.
            f.receiptProof = d.contains(u"message_id"_s) ? u"email_record"_s : d.value(u"proof"_s).toString();
        } else if (a == u"delivery_received") {
            f.applicantReceived = e.eventDate;
            f.receiptProof = d.value(u"proof"_s).toString();
        } else if (a == u"issue_notice") {
            f.notices.append({ d.value(u"notice_type"_s).toString(), d.value(u"notice"_s).toString(),
                d.value(u"notice_id"_s).toInteger(), e.eventDate, false });
        } else if (a == u"void_notice") {
            const qint64 id = d.value(u"notice_id"_s).toInteger();
            for (NoticeFact& notice : f.notices)
                if (notice.noticeId == id)
                    notice.voided = true;
        }
    }
    return f;
}

const NoticeFact* WorkflowFacts::validNotice(const QString& type) const
{
    for (const NoticeFact& notice : notices)
        if (notice.type == type && !notice.voided)
            return &notice;
    return nullptr;
}

} // namespace ogi
