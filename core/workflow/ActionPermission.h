#pragma once

#include "users/UserAccount.h"
#include "workflow/CaseState.h"

#include <QString>

#include <optional>

namespace ogi {

// Why an action may not be taken. The message names the action, the case's state and the
// role the action needs, in the user's language.
struct Refusal
{
    enum class Kind { UnknownAction, WrongState, MissingRole };
    Kind kind = Kind::UnknownAction;
    QString message;
};

// Whether `user` may take `action` on case `caseNumber`, which is in `state`: nullopt when
// allowed; otherwise the refusal. The state is checked before the role, so a clerk asking to
// sign off a case in drafting is told about the state first. Inactive users hold no role.
std::optional<Refusal> refusalFor(
    const QString& action, CaseState state, const UserAccount& user, const QString& caseNumber);

// The actions `user` may take on a case in `state`, in the order of ActionSpec.
QStringList availableActions(CaseState state, const UserAccount& user);

} // namespace ogi
