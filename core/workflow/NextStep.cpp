#include "NextStep.h"

#include "workflow/ActionPrerequisites.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::NextStep)
    };

    NextStep step(const char* action, const QString& text) { return { QLatin1String(action), text }; }

    NextStep signedOffStep(CaseKind kind, const WorkflowFacts& f)
    {
        // Delivering needs the reply in writing first (actionPrerequisiteProblem("deliver")).
        if (const NoticeType* missing = noticeBeforeDelivery(kind, f))
            return step("issue_notice",
                QLatin1String(missing->code) == QLatin1String(kThirdPartyDisclosureNotice)
                    ? Tr::tr("To issue the notice to the third party")
                    : Tr::tr("To issue the reply notice"));
        return step("deliver", Tr::tr("To deliver"));
    }
} // namespace

NextStep nextStep(CaseState state, CaseKind kind, const WorkflowFacts& f)
{
    const bool correction = kind == CaseKind::Correction;
    if (isOpen(state) && f.extensionRequestSeq != 0)
        return step("approve_extension", Tr::tr("Awaiting the extension decision"));
    switch (state) {
    case CaseState::Registered:
        return correction ? step("verify", Tr::tr("To verify the record")) : step("accept", Tr::tr("To accept"));
    case CaseState::Accepted:
        return step("assign", Tr::tr("To assign"));
    case CaseState::AwaitingSupplement:
        return step("supplement_received", Tr::tr("Awaiting the supplement"));
    case CaseState::InReview:
        if (correction)
            return f.correctionFinding.isEmpty() ? step("verify", Tr::tr("To verify the record"))
                                                 : step("correct", Tr::tr("To decide the correction"));
        return step("submit_review", Tr::tr("To submit for confidentiality review"));
    case CaseState::Consultation:
        return step("consult_answer", Tr::tr("Awaiting the consultation's answer"));
    case CaseState::AwaitingFee:
        return step("fee_paid", Tr::tr("Awaiting the fee"));
    case CaseState::ConfidentialityReview:
        return step("review", Tr::tr("Awaiting confidentiality review"));
    case CaseState::Drafting:
        return f.hasCurrentDraft() ? step("submit", Tr::tr("To submit for sign-off"))
                                   : step("draft", Tr::tr("To draft the reply"));
    case CaseState::AwaitingSignOff:
        return step("sign_off", Tr::tr("Awaiting sign-off"));
    case CaseState::SignedOff:
        return signedOffStep(kind, f);
    case CaseState::Replied:
    case CaseState::Closed:
        return step("archive", Tr::tr("To archive"));
    case CaseState::Archived:
        break;
    }
    return {};
}

} // namespace ogi
