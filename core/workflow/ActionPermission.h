#pragma once

#include "lifecycle/CaseKind.h"
#include "lifecycle/CaseState.h"
#include "users/UserAccount.h"

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

// Whether `user` may take `action` on case `caseNumber`, which is in `state` and of `kind`:
// nullopt when allowed; otherwise the refusal. The state is checked before the role, so a
// clerk asking to sign off a case in drafting is told about the state first; a step of the
// other kind of case (accepting a correction request) is refused as such. Inactive users
// hold no role.
std::optional<Refusal> refusalFor(const QString& action, CaseState state, const UserAccount& user,
    const QString& caseNumber, CaseKind kind = CaseKind::Disclosure);

// The actions `user` may take on a case in `state` of `kind`, in the order of ActionSpec.
QStringList availableActions(CaseState state, const UserAccount& user, CaseKind kind = CaseKind::Disclosure);

} // namespace ogi
