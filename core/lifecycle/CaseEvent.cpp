#include "CaseEvent.h"

#include "lifecycle/CaseTransitions.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CaseEvent)
    };
} // namespace

FoldedCase foldEvents(const QList<CaseEvent>& events, CaseKind kind)
{
    FoldedCase folded;
    if (events.isEmpty()) {
        folded.problems << Tr::tr("the case has no events");
        return folded;
    }
    std::optional<CaseState> current;
    int expectedSeq = 1;
    for (const CaseEvent& event : events) {
        if (event.seq != expectedSeq)
            folded.problems << Tr::tr("event %1 follows event %2 (an event is missing)").arg(event.seq).arg(expectedSeq - 1);
        expectedSeq = event.seq + 1;
        if (event.fromState != current)
            folded.problems << Tr::tr("event %1 (%2) starts from %3, but the case was %4")
                                   .arg(event.seq)
                                   .arg(event.action,
                                       event.fromState ? caseStateCode(*event.fromState) : QStringLiteral("-"),
                                       current ? caseStateCode(*current) : QStringLiteral("-"));
        const std::optional<Transition> transition = findTransition(event.action, event.fromState, kind);
        if (!transition || transition->to != event.toState)
            folded.problems << Tr::tr("event %1 (%2) is not an allowed step to %3")
                                   .arg(event.seq)
                                   .arg(event.action, caseStateCode(event.toState));
        current = event.toState;
        if (!event.outcome.isEmpty())
            folded.outcome = event.outcome;
    }
    folded.state = *current;
    return folded;
}

} // namespace ogi
