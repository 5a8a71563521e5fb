#include "ActionPrerequisites.h"

#include "Timestamps.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/ReplyType.h"
#include "notices/NoticeType.h"
#include "workflow/ReceiptEvidence.h"
#include "workflow/WorkflowVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ActionPrerequisites)
    };

    // The notice that states the drafted reply: an application's by its reply type, a
    // correction request's by its decision (Art. 41); nullptr when nothing is drafted.
    const NoticeType* replyNotice(CaseKind kind, const WorkflowFacts& f)
    {
        if (kind == CaseKind::Correction)
            return correctionReplyNoticeType(f.draft.value(u"decision"_s).toString());
        const std::optional<ReplyType> type = parseTerm(replyTypes(), f.draft.value(u"reply_type"_s).toString());
        return type ? &replyNoticeType(*type) : nullptr;
    }

    QString deliveryProblem(const CaseRecord& record, const WorkflowFacts& f)
    {
        if (!replyNotice(record.application.kind, f))
            return Tr::tr("There is no signed-off reply to deliver.");
        const NoticeType* missing = noticeBeforeDelivery(record.application.kind, f);
        if (!missing)
            return {};
        if (QLatin1String(missing->code) == QLatin1String(kThirdPartyDisclosureNotice))
            return Tr::tr("The consulted third party objected and the reply discloses: issue the notice to the third "
                          "party first (Art. 32: in writing, before the information is disclosed).");
        return Tr::tr("Issue the reply notice first (\"%1\", Notices → Issue notice): a reply is delivered only "
                      "once it is issued in writing.")
            .arg(noticeTypeName(*missing));
    }

    QString pendingReasonsProblem(const WorkflowFacts& f)
    {
        if (!f.reasonsRequested.isValid())
            return Tr::tr(
                "The applicant has not been asked for reasons: record the request for reasons first (Art. 35).");
        if (!f.reasonsAnswer.isEmpty())
            return Tr::tr("The answer to the request for reasons of %1 is already recorded; correct it with an "
                          "amendment.")
                .arg(isoDate(f.reasonsRequested));
        return {};
    }
} // namespace

const NoticeType* noticeBeforeDelivery(CaseKind kind, const WorkflowFacts& f)
{
    const NoticeType* notice = replyNotice(kind, f);
    if (!notice)
        return nullptr;
    if (!f.validNotice(QLatin1String(notice->code)))
        return notice;
    const std::optional<ReplyType> type = parseTerm(replyTypes(), f.draft.value(u"reply_type"_s).toString());
    if (kind != CaseKind::Correction && type && !f.objectingThirdParty.isEmpty() && disclosesInformation(*type)
        && !f.validNotice(QLatin1String(kThirdPartyDisclosureNotice)))
        return findNoticeType(QLatin1String(kThirdPartyDisclosureNotice));
    return nullptr;
}

QString actionPrerequisiteProblem(
    const QString& action, const CaseRecord& record, const WorkflowFacts& f, const QJsonObject& params)
{
    if (action == u"draft") {
        const std::optional<ReplyType> type = parseTerm(replyTypes(), params.value(u"reply_type"_s).toString());
        return type ? draftReplyTypeProblem(*type, record, f) : QString();
    }
    if (action == u"submit" && !f.hasCurrentDraft())
        return record.application.kind == CaseKind::Correction // its reply is drafted by its decision's step
            ? Tr::tr("Case %1 has no current draft reply to submit: draft it first.").arg(record.caseNumber)
            : Tr::tr("Case %1 has no current draft reply to submit: draft it first (\"%2\").")
                  .arg(record.caseNumber, actionDisplayName(u"draft"_s));
    if ((action == u"approve_extension" || action == u"refuse_extension") && f.extensionRequestSeq == 0)
        return Tr::tr("No extension of case %1 is waiting for a decision.").arg(record.caseNumber);
    if (action == u"extension_notice_sent") {
        if (!f.extensionApproved)
            return Tr::tr("No extension of case %1 has been approved: there is nothing to tell the applicant.")
                .arg(record.caseNumber);
        if (const NoticeFact* notice = f.validNotice(u"extension"_s))
            return Tr::tr("The applicant was told of the extension by notice %1 of %2.")
                .arg(notice->number, isoDate(notice->issuedOn));
        if (f.extensionToldOutside.isValid())
            return Tr::tr("The notice of extension is already recorded as sent on %1; correct it with an amendment.")
                .arg(isoDate(f.extensionToldOutside));
        return {};
    }
    if (action == u"notice_received") {
        const QDate recorded
            = record.state == CaseState::AwaitingFee ? f.feeNoticeReceived : f.supplementNoticeReceived;
        if (recorded.isValid())
            return Tr::tr("The applicant's receipt of this notice is already recorded (%1); correct it with an "
                          "amendment.")
                .arg(isoDate(recorded));
        return {};
    }
    if (action == u"deliver")
        return deliveryProblem(record, f);
    if (action == u"reasons_received")
        return pendingReasonsProblem(f);
    if (action == u"reasons_not_given") {
        if (const QString problem = pendingReasonsProblem(f); !problem.isEmpty())
            return problem;
        if (!f.validNotice(u"reasons_request"_s))
            return Tr::tr("Issue the request for reasons (说明理由通知书) first: the applicant cannot fail to answer a "
                          "request never sent.");
        return {};
    }
    if (action == u"request_reasons" && f.reasonsAnswer == u"reasonable")
        return Tr::tr("The applicant's reasons were found reasonable; the office sets a later reply date instead "
                      "(Art. 35).");
    if (action == u"set_later_date" && f.reasonsAnswer != u"reasonable")
        return Tr::tr("An Art. 35 later date needs the applicant's reasons found reasonable: ask for reasons and "
                      "record the finding first.");
    return {};
}

namespace {
    // The steps from where the case stands to the confidentiality review (分办 → 提交保密审查).
    QString pathToReview(CaseState state)
    {
        QStringList path;
        if (state == CaseState::Accepted)
            path << actionDisplayName(u"assign"_s);
        path << actionDisplayName(u"submit_review"_s);
        return path.join(u" → "_s);
    }
} // namespace

QString draftReplyTypeProblem(ReplyType type, const CaseRecord& record, const WorkflowFacts& f)
{
    const QString typeName = displayName(replyTypes(), type);
    const bool reviewed = record.state == CaseState::Drafting && !f.reviewResult.isEmpty();
    if (!reviewed && !isConcludedAtOnce(type))
        return Tr::tr("A reply of type %1 must pass the search and the confidentiality review first: %2. Only "
                      "petitions, publications, repeated applications and information whose access other laws "
                      "govern are answered without them.")
            .arg(typeName, pathToReview(record.state));
    if (reviewed) {
        const QString& review = f.reviewResult;
        const bool fits = review == u"withhold" ? type == ReplyType::Withhold
            : review == u"partial"              ? type == ReplyType::PartlyDisclose
                                                : type != ReplyType::Withhold && type != ReplyType::PartlyDisclose;
        if (!fits)
            return Tr::tr("The confidentiality review decided \"%1\": a reply of type %2 does not agree with it.")
                .arg(displayName(reviewResults(), *parseTerm(reviewResults(), review)), typeName);
    }
    if (type == ReplyType::Excessive)
        return excessiveReplyProblem(f);
    return {};
}

QString excessiveReplyProblem(const WorkflowFacts& f)
{
    if (f.reasonsAnswer == u"unreasonable" || f.reasonsAnswer == u"not_given")
        return {};
    if (!f.reasonsRequested.isValid())
        return Tr::tr("A refusal for excessive requests (Art. 35) comes after asking the applicant for reasons: "
                      "record the request for reasons first.");
    if (f.reasonsAnswer.isEmpty())
        return Tr::tr("The applicant was asked for reasons by %1: record the reasons and the office's finding, or "
                      "that none were given, first.")
            .arg(isoDate(f.reasonsDue));
    return Tr::tr("The applicant's reasons were found reasonable: the office may set a later reply date (Art. 35), "
                  "not refuse to process the application.");
}

QString actionCaution(const QString& action, const CaseRecord& record, const WorkflowFacts& f)
{
    if (action == u"accept" && record.state == CaseState::Registered)
        return record.missing.isEmpty()
            ? Tr::tr("Accepting ends the chance to ask for a supplement: Art. 30 lets the office ask the applicant "
                     "once, within 7 working days of receipt, and OGI Desk asks it before acceptance. If the "
                     "request is unclear, choose \"%1\" instead.")
                  .arg(actionDisplayName(u"request_supplement"_s))
            : Tr::tr("The application lacks what Art. 29 asks for, and accepting ends the chance to ask for a "
                     "supplement (Art. 30: once, within 7 working days of receipt). Choose \"%1\" instead unless "
                     "the request can be answered as it stands.")
                  .arg(actionDisplayName(u"request_supplement"_s));
    if (action == u"draft" && record.state != CaseState::Drafting)
        return Tr::tr("Before the confidentiality review only petitions, publications, repeated applications and "
                      "information whose access other laws govern are answered; any other reply comes after %1.")
            .arg(pathToReview(record.state));
    if (action == u"archive" && record.state == CaseState::Replied && !provesReceipt(f.receiptProof))
        return Tr::tr("No proof that the applicant received the reply is recorded (proof of service, tracking result, "
                      "signed receipt or email delivery record). Record it first (\"%1\"), or say why the case is "
                      "archived without one: that is recorded with the archiving.")
            .arg(QCoreApplication::translate("ogi::CaseAction", "Applicant received the reply"));
    return {};
}

} // namespace ogi
