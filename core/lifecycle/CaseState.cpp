#include "CaseState.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct StateTerm
    {
        CaseState state;
        const char* code;
        const char* chinese;
        const char* english;
    };

    const QList<StateTerm>& terms()
    {
        static const QList<StateTerm> list = {
            { CaseState::Registered, "registered", "已登记", QT_TRANSLATE_NOOP("ogi::CaseState", "Registered") },
            { CaseState::Accepted, "accepted", "已受理", QT_TRANSLATE_NOOP("ogi::CaseState", "Accepted") },
            { CaseState::AwaitingSupplement, "awaiting_supplement", "待补正",
                QT_TRANSLATE_NOOP("ogi::CaseState", "Awaiting supplement") },
            { CaseState::InReview, "in_review", "办理中", QT_TRANSLATE_NOOP("ogi::CaseState", "In progress") },
            { CaseState::Consultation, "consultation", "征求意见中",
                QT_TRANSLATE_NOOP("ogi::CaseState", "In consultation") },
            { CaseState::AwaitingFee, "awaiting_fee", "待缴费", QT_TRANSLATE_NOOP("ogi::CaseState", "Awaiting fee") },
            { CaseState::ConfidentialityReview, "confidentiality_review", "保密审查中",
                QT_TRANSLATE_NOOP("ogi::CaseState", "Confidentiality review") },
            { CaseState::Drafting, "drafting", "拟稿中", QT_TRANSLATE_NOOP("ogi::CaseState", "Drafting reply") },
            { CaseState::AwaitingSignOff, "awaiting_signoff", "待签发",
                QT_TRANSLATE_NOOP("ogi::CaseState", "Awaiting sign-off") },
            { CaseState::SignedOff, "signed_off", "已签发", QT_TRANSLATE_NOOP("ogi::CaseState", "Signed off") },
            { CaseState::Replied, "replied", "已答复", QT_TRANSLATE_NOOP("ogi::CaseState", "Replied") },
            { CaseState::Archived, "archived", "已归档", QT_TRANSLATE_NOOP("ogi::CaseState", "Archived") },
            { CaseState::Closed, "closed", "已终止", QT_TRANSLATE_NOOP("ogi::CaseState", "Closed") },
        };
        return list;
    }

    const StateTerm& termOf(CaseState state)
    {
        for (const StateTerm& term : terms())
            if (term.state == state)
                return term;
        return terms().front();
    }
} // namespace

const QList<CaseState>& allCaseStates()
{
    static const QList<CaseState> states = [] {
        QList<CaseState> list;
        for (const StateTerm& term : terms())
            list << term.state;
        return list;
    }();
    return states;
}

QString caseStateCode(CaseState state)
{
    return QLatin1String(termOf(state).code);
}

std::optional<CaseState> parseCaseState(const QString& code)
{
    for (const StateTerm& term : terms())
        if (code == QLatin1String(term.code) || code == QString::fromUtf8(term.chinese))
            return term.state;
    return std::nullopt;
}

QString caseStateName(CaseState state)
{
    return QCoreApplication::translate("ogi::CaseState", termOf(state).english);
}

QString caseStateTerm(CaseState state) { return QString::fromUtf8(termOf(state).chinese); }

bool isOpen(CaseState state)
{
    return state != CaseState::Replied && state != CaseState::Archived && state != CaseState::Closed;
}

} // namespace ogi
