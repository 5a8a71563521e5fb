#pragma once

#include "lifecycle/CaseKind.h"
#include "lifecycle/CaseState.h"

#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// The workflow as data: which action moves a case from which state to which. Role checks
// and guards (deadlines, four eyes) sit on top of this table; nothing else sets a state.
// Which kinds of case a step belongs to: most steps are those of an application for
// government information; a correction request (Art. 41) has a few of its own and shares the
// reply's sign-off, delivery and archiving.
enum class KindScope
{
    Disclosure,
    Correction,
    Both
};

struct Transition
{
    QString action; // e.g. "accept"
    std::optional<CaseState> from; // nullopt: the action that creates the case ("register")
    CaseState to;
    QString impliedOutcome; // outcome code the action concludes with, if fixed (e.g. "other_3")
    KindScope kinds = KindScope::Disclosure;

    bool appliesTo(CaseKind kind) const
    {
        return kinds == KindScope::Both || (kinds == KindScope::Correction) == (kind == CaseKind::Correction);
    }
};

const QList<Transition>& allTransitions();

// The transition for `action` taken in state `from` (nullopt `from`: a case not yet
// registered) on a case of `kind`; nullopt if the table does not allow it.
std::optional<Transition> findTransition(
    const QString& action, std::optional<CaseState> from, CaseKind kind = CaseKind::Disclosure);

// True for the actions that send the applicant the office's reply and so end the reply
// period: "deliver", and "import_reply" (a reply recorded in an old ledger).
bool deliversReply(const QString& action);

// True when `action` is a known action at all (in some state).
bool isKnownAction(const QString& action);

// The action's name in the user's language ("sign_off" -> 签发); the code itself if unknown.
QString actionDisplayName(const QString& action);

} // namespace ogi
