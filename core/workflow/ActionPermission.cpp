#include "ActionPermission.h"

#include "lifecycle/CaseTransitions.h"
#include "workflow/ActionSpec.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ActionPermission)
    };

    QString statesAllowing(const QString& action, CaseKind kind)
    {
        QStringList names;
        for (const Transition& transition : allTransitions())
            if (transition.action == action && transition.from && transition.appliesTo(kind)) {
                const QString name = caseStateName(*transition.from);
                if (!names.contains(name))
                    names << name;
            }
        return names.join(QCoreApplication::translate("ogi::Vocabulary", ", "));
    }

    bool holdsAny(const UserAccount& user, const QList<Role>& needed)
    {
        if (!user.active)
            return false;
        for (Role role : needed)
            if (user.holds(role))
                return true;
        return false;
    }
} // namespace

std::optional<Refusal> refusalFor(
    const QString& action, CaseState state, const UserAccount& user, const QString& caseNumber, CaseKind kind)
{
    const ActionSpec* spec = findActionSpec(action);
    if (!spec)
        return Refusal { Refusal::Kind::UnknownAction, Tr::tr("There is no action \"%1\".").arg(action) };
    const QString actionName = actionDisplayName(action);
    const QString needed = roleNames(spec->roles);
    if (statesAllowing(action, kind).isEmpty())
        return Refusal {
            Refusal::Kind::WrongState,
            Tr::tr("\"%1\" is not a step of case %2 (%3).").arg(actionName, caseNumber, displayName(caseKinds(), kind))
        };
    if (!findTransition(action, state, kind))
        return Refusal { Refusal::Kind::WrongState,
            Tr::tr("Case %1 is %2: \"%3\" is not possible in that state (it is possible when the case is %4, "
                   "by %5).")
                .arg(caseNumber, caseStateName(state), actionName, statesAllowing(action, kind), needed) };
    if (!holdsAny(user, spec->roles))
        return Refusal { Refusal::Kind::MissingRole,
            Tr::tr("\"%1\" on case %2 (%3) needs the role %4; %5 holds %6.")
                .arg(actionName, caseNumber, caseStateName(state), needed, user.login,
                    user.active ? (user.roles.isEmpty() ? Tr::tr("no role") : roleNames(user.roles))
                                : Tr::tr("no role (the account is disabled)")) };
    return std::nullopt;
}

QStringList availableActions(CaseState state, const UserAccount& user, CaseKind kind)
{
    QStringList actions;
    for (const ActionSpec& spec : actionSpecs())
        if (findTransition(spec.action, state, kind) && holdsAny(user, spec.roles))
            actions << spec.action;
    return actions;
}

} // namespace ogi
