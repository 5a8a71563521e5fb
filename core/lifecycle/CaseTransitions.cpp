#include "CaseTransitions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

const QList<Transition>& allTransitions()
{
    using S = CaseState;
    static const QList<Transition> table = [] {
        constexpr KindScope both = KindScope::Both;
        constexpr KindScope correction = KindScope::Correction;
        QList<Transition> t = {
            { u"register"_s, std::nullopt, S::Registered, {}, both },
            { u"accept"_s, S::Registered, S::Accepted, {} },
            { u"request_supplement"_s, S::Registered, S::AwaitingSupplement, {} },
            { u"supplement_received"_s, S::AwaitingSupplement, S::Accepted, {} },
            { u"supplement_overdue"_s, S::AwaitingSupplement, S::Closed, u"other_1"_s },
            { u"assign"_s, S::Accepted, S::InReview, {} },
            { u"consult"_s, S::InReview, S::Consultation, {} },
            { u"consult_answer"_s, S::Consultation, S::InReview, {} },
            { u"fee_notice"_s, S::InReview, S::AwaitingFee, {} },
            { u"fee_paid"_s, S::AwaitingFee, S::InReview, {} },
            { u"fee_overdue"_s, S::AwaitingFee, S::Closed, u"other_2"_s },
            { u"submit_review"_s, S::InReview, S::ConfidentialityReview, {} },
            { u"review"_s, S::ConfidentialityReview, S::Drafting, {} },
            // Requests concluded at once (Art. 39, Art. 36(6)) skip search and review.
            { u"draft"_s, S::Accepted, S::Drafting, {} },
            { u"draft"_s, S::InReview, S::Drafting, {} },
            { u"draft"_s, S::Drafting, S::Drafting, {} },
            { u"submit"_s, S::Drafting, S::AwaitingSignOff, {}, both },
            { u"sign_off"_s, S::AwaitingSignOff, S::SignedOff, {}, both },
            { u"return"_s, S::AwaitingSignOff, S::InReview, {}, both },
            { u"deliver"_s, S::SignedOff, S::Replied, {}, both },
            { u"archive"_s, S::Replied, S::Archived, {}, both },
            { u"archive"_s, S::Closed, S::Archived, {}, both },
            // A correction request (Art. 41): the record is verified (审核), then corrected,
            // referred to the agency competent to correct it (转送), the applicant told to ask
            // that agency, or the correction refused; the reply is signed off and delivered
            // as any reply. No statutory period (hasStatutoryReplyPeriod).
            { u"verify"_s, S::Registered, S::InReview, {}, correction },
            { u"verify"_s, S::InReview, S::InReview, {}, correction },
            { u"correct"_s, S::InReview, S::Drafting, {}, correction },
            { u"refer"_s, S::InReview, S::Drafting, {}, correction },
            { u"redirect"_s, S::InReview, S::Drafting, {}, correction },
            { u"refuse_correction"_s, S::InReview, S::Drafting, {}, correction },
            // A case brought over from an office's old ledger (LedgerImport) with the reply or
            // conclusion the ledger records, back-dated and marked imported. No user takes
            // these (no ActionSpec): they exist so that the timeline folds to what was stored.
            { u"import_reply"_s, S::Registered, S::Replied, {} },
            { u"import_close"_s, S::Registered, S::Closed, {} },
        };
        for (CaseState state : allCaseStates())
            if (isOpen(state)) {
                // 其他处理-3 (申请人撤回) is an annual-report outcome: a correction request has none.
                t.push_back({ u"withdraw"_s, state, S::Closed, u"other_3"_s });
                t.push_back({ u"withdraw"_s, state, S::Closed, {}, correction });
            }
        // Steps that record a decision without moving the case. The reply period's
        // extension and Art. 35 date while a reply is owed and not yet sent.
        for (CaseState state : { S::Accepted, S::InReview, S::Consultation, S::AwaitingFee, S::ConfidentialityReview,
                 S::Drafting, S::AwaitingSignOff, S::SignedOff })
            for (const char* action : { "extend", "approve_extension", "refuse_extension", "set_later_date" })
                t.push_back({ QLatin1String(action), state, state, {} });
        // The applicant's periods that run from their receipt of a notice: the supplement
        // (Art. 30) and the fee (信息处理费管理办法第七条).
        for (CaseState state : { S::AwaitingSupplement, S::AwaitingFee })
            t.push_back({ u"notice_received"_s, state, state, {} });
        // An extension notice sent outside OGI Desk, while the reply is owed (Art. 33(2)).
        for (CaseState state : { S::Accepted, S::InReview, S::Consultation, S::AwaitingFee, S::ConfidentialityReview,
                 S::Drafting, S::AwaitingSignOff, S::SignedOff })
            t.push_back({ u"extension_notice_sent"_s, state, state, {} });
        // Art. 35: asking an applicant whose requests are clearly excessive for reasons, and the
        // answer or its absence, while the reply is being prepared. They do not stop the Art. 33
        // clock (the Regulations say nothing of it), so the case stays where it is.
        for (CaseState state : { S::Accepted, S::InReview, S::Consultation, S::AwaitingFee, S::ConfidentialityReview,
                 S::Drafting })
            for (const char* action : { "request_reasons", "reasons_received", "reasons_not_given" })
                t.push_back({ QLatin1String(action), state, state, {} });
        t.push_back({ u"delivery_received"_s, S::Replied, S::Replied, {}, both });
        // Remedies come after the decision; they may be recorded on an archived case.
        for (CaseState state : { S::Replied, S::Archived, S::Closed })
            t.push_back({ u"remedy"_s, state, state, {}, both });
        // Corrections never rewrite history: an amendment is an event of its own, in any state.
        // Every notice issued or voided is a step of the timeline too (NoticeStore records them,
        // no user takes them directly): what the applicant was told, and when, is part of the
        // case's history and decides periods (Art. 33's extension counts only once told).
        for (CaseState state : allCaseStates())
            for (const char* action : { "amend", "issue_notice", "void_notice" })
                t.push_back({ QLatin1String(action), state, state, {}, both });
        return t;
    }();
    return table;
}

std::optional<Transition> findTransition(const QString& action, std::optional<CaseState> from, CaseKind kind)
{
    for (const Transition& transition : allTransitions())
        if (transition.action == action && transition.from == from && transition.appliesTo(kind))
            return transition;
    return std::nullopt;
}

bool deliversReply(const QString& action) { return action == u"deliver" || action == u"import_reply"; }

bool isKnownAction(const QString& action)
{
    for (const Transition& transition : allTransitions())
        if (transition.action == action)
            return true;
    return false;
}

QString actionDisplayName(const QString& action)
{
    struct Name
    {
        const char* code;
        const char* english;
    };
    static const Name names[] = {
        { "register", QT_TRANSLATE_NOOP("ogi::CaseAction", "Register") },
        { "accept", QT_TRANSLATE_NOOP("ogi::CaseAction", "Accept") },
        { "request_supplement", QT_TRANSLATE_NOOP("ogi::CaseAction", "Ask for supplement") },
        { "supplement_received", QT_TRANSLATE_NOOP("ogi::CaseAction", "Supplement received") },
        { "supplement_overdue", QT_TRANSLATE_NOOP("ogi::CaseAction", "Supplement overdue") },
        { "assign", QT_TRANSLATE_NOOP("ogi::CaseAction", "Assign") },
        { "consult", QT_TRANSLATE_NOOP("ogi::CaseAction", "Consult") },
        { "consult_answer", QT_TRANSLATE_NOOP("ogi::CaseAction", "Consultation answered") },
        { "fee_notice", QT_TRANSLATE_NOOP("ogi::CaseAction", "Send fee notice") },
        { "fee_paid", QT_TRANSLATE_NOOP("ogi::CaseAction", "Fee paid") },
        { "fee_overdue", QT_TRANSLATE_NOOP("ogi::CaseAction", "Fee overdue") },
        { "submit_review", QT_TRANSLATE_NOOP("ogi::CaseAction", "Submit for confidentiality review") },
        { "review", QT_TRANSLATE_NOOP("ogi::CaseAction", "Confidentiality review") },
        { "draft", QT_TRANSLATE_NOOP("ogi::CaseAction", "Draft reply") },
        { "submit", QT_TRANSLATE_NOOP("ogi::CaseAction", "Submit for sign-off") },
        { "sign_off", QT_TRANSLATE_NOOP("ogi::CaseAction", "Sign off") },
        { "return", QT_TRANSLATE_NOOP("ogi::CaseAction", "Return") },
        { "deliver", QT_TRANSLATE_NOOP("ogi::CaseAction", "Deliver") },
        { "archive", QT_TRANSLATE_NOOP("ogi::CaseAction", "Archive") },
        { "withdraw", QT_TRANSLATE_NOOP("ogi::CaseAction", "Withdraw") },
        { "extend", QT_TRANSLATE_NOOP("ogi::CaseAction", "Request extension") },
        { "approve_extension", QT_TRANSLATE_NOOP("ogi::CaseAction", "Approve extension") },
        { "refuse_extension", QT_TRANSLATE_NOOP("ogi::CaseAction", "Refuse extension") },
        { "extension_notice_sent", QT_TRANSLATE_NOOP("ogi::CaseAction", "Extension notice sent outside OGI Desk") },
        { "notice_received", QT_TRANSLATE_NOOP("ogi::CaseAction", "Applicant received the notice") },
        { "set_later_date", QT_TRANSLATE_NOOP("ogi::CaseAction", "Set later reply date (Art. 35)") },
        { "request_reasons", QT_TRANSLATE_NOOP("ogi::CaseAction", "Ask the applicant for reasons (Art. 35)") },
        { "reasons_received", QT_TRANSLATE_NOOP("ogi::CaseAction", "Reasons received and assessed") },
        { "reasons_not_given", QT_TRANSLATE_NOOP("ogi::CaseAction", "No reasons given in time") },
        { "delivery_received", QT_TRANSLATE_NOOP("ogi::CaseAction", "Applicant received the reply") },
        { "remedy", QT_TRANSLATE_NOOP("ogi::CaseAction", "Record reconsideration or lawsuit") },
        { "amend", QT_TRANSLATE_NOOP("ogi::CaseAction", "Amend") },
        { "import_reply", QT_TRANSLATE_NOOP("ogi::CaseAction", "Reply (imported from the old ledger)") },
        { "import_close", QT_TRANSLATE_NOOP("ogi::CaseAction", "Concluded (imported from the old ledger)") },
        { "issue_notice", QT_TRANSLATE_NOOP("ogi::CaseAction", "Notice issued") },
        { "void_notice", QT_TRANSLATE_NOOP("ogi::CaseAction", "Notice voided") },
        { "verify", QT_TRANSLATE_NOOP("ogi::CaseAction", "Verify the record (Art. 41)") },
        { "correct", QT_TRANSLATE_NOOP("ogi::CaseAction", "Correct the record") },
        { "refer", QT_TRANSLATE_NOOP("ogi::CaseAction", "Refer to the competent agency") },
        { "redirect", QT_TRANSLATE_NOOP("ogi::CaseAction", "Tell the applicant to ask the competent agency") },
        { "refuse_correction", QT_TRANSLATE_NOOP("ogi::CaseAction", "Refuse the correction") },
    };
    for (const Name& name : names)
        if (action == QLatin1String(name.code))
            return QCoreApplication::translate("ogi::CaseAction", name.english);
    return action;
}

} // namespace ogi
