#pragma once

#include "lifecycle/ReplyType.h"
#include "lifecycle/WorkflowFacts.h"
#include "notices/NoticeType.h"
#include "register/Application.h"

#include <QJsonObject>
#include <QString>

namespace ogi {

// What must have happened in a case before `action` may be taken, beyond the state and the
// role the workflow table and the action's spec ask for: empty when nothing is missing, else a
// translated sentence that names the step to take first ("Issue the reply notice first ...").
// The workflow refuses with it, and the desktop greys the action out with it as the reason.
// - deliver: the reply notice of the signed-off draft's type issued and not voided (Art. 36:
//   the office replies in writing); when a consulted third party objected and the reply
//   discloses, also the notice to the third party (Art. 32, type "third_party_disclosure").
// - reasons_received, reasons_not_given: a request for reasons waiting for its answer; no
//   reasons can be missed before the 说明理由通知书 has been issued.
// - set_later_date: the applicant's reasons found reasonable (Art. 35).
// - approve_extension, refuse_extension: an extension waiting for the chief's decision.
// - extension_notice_sent: an approved extension the applicant has not yet been told of
//   (Art. 33(2)), neither by an issued notice nor by one recorded as sent.
// - notice_received: the applicant's receipt of the supplement or fee notice not yet recorded.
// - submit: a current draft reply.
// - draft: with `params` naming a reply_type, draftReplyTypeProblem() (the desktop offers only the
//   reply types that can be drafted, so the step itself is never greyed out: some type always can).
QString actionPrerequisiteProblem(
    const QString& action, const CaseRecord& record, const WorkflowFacts& facts, const QJsonObject& params = {});

// Why a reply of `type` cannot be drafted now, naming the steps to take first: before the
// confidentiality review only the replies concluded at once (isConcludedAtOnce) are drafted
// (分办 → 提交保密审查 for the others); after it the type must agree with the review's result;
// an Art. 35 refusal needs excessiveReplyProblem() empty. Empty when it can.
QString draftReplyTypeProblem(ReplyType type, const CaseRecord& record, const WorkflowFacts& facts);

// Why an Art. 35 refusal (reply type excessive) cannot be drafted yet: it needs the reasons
// asked for and found unreasonable, or not given by the date set. Empty when it can.
QString excessiveReplyProblem(const WorkflowFacts& facts);

// What the user should know before taking `action`, though it is allowed: archiving a reply
// with no proof that the applicant received it; accepting, which ends the one chance Art. 30
// gives to ask for a supplement; drafting before the review, which only some reply types may.
// Empty when there is nothing to say.
QString actionCaution(const QString& action, const CaseRecord& record, const WorkflowFacts& facts);

// The notice to issue before the drafted reply may be delivered (deliver's prerequisite): the
// reply notice of its type, then, when a consulted third party objected and the reply discloses,
// the notice to the third party (Art. 32). nullptr when none is missing or nothing is drafted.
const NoticeType* noticeBeforeDelivery(CaseKind kind, const WorkflowFacts& facts);

// The notice type code of the notice to a third party whose objection is overridden (Art. 32).
inline constexpr const char* kThirdPartyDisclosureNotice = "third_party_disclosure";

} // namespace ogi
