#pragma once

#include "Error.h"
#include "users/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ogi {

// One allowed value of a choice parameter: stored code, Chinese term, display name.
struct ParamChoice
{
    QString code;
    QString chinese;
    QString displayName;
};

enum class ParamKind { Text, Integer, Date, Choice };

// One fact an action asks for ("days", "reply_type", ...). The CLI maps --tracking-number to
// "tracking_number"; the desktop builds the action's dialog from the same list.
struct ActionParam
{
    QString name;
    ParamKind kind = ParamKind::Text;
    bool required = false;
    const char* label = nullptr; // English source for tr() in context "ogi::ActionParam"
    std::function<QList<ParamChoice>()> choices = {}; // ParamKind::Choice only
};

// What an action needs: the roles that may take it (any one of them) and its parameters.
// The states it is allowed in are the workflow table's (CaseTransitions).
struct ActionSpec
{
    QString action;
    QList<Role> roles;
    QList<ActionParam> params;
};

// Every workflow action after registration, in the order of DESIGN.md §4.
const QList<ActionSpec>& actionSpecs();
// The spec of `action` ("sign_off"); nullptr if there is no such action.
const ActionSpec* findActionSpec(const QString& action);

// The parameter's label in the user's language.
QString paramLabel(const ActionParam& param);

// Checks `params` against the spec and returns them normalised for storage: text trimmed,
// integers as numbers, dates as "YYYY-MM-DD", choices as their code (the Chinese term is
// accepted too). Throws Error(InvalidInput) with one FieldIssue per problem (unknown
// parameter, missing required one, wrong type or value), naming the parameter.
QJsonObject normaliseParams(const ActionSpec& spec, const QJsonObject& params);

// The choices of a Term vocabulary, for ActionParam::choices.
template <typename E>
QList<ParamChoice> choicesOf(const QList<Term<E>>& terms)
{
    QList<ParamChoice> list;
    for (const Term<E>& term : terms)
        list.append({ QLatin1String(term.code), QString::fromUtf8(term.chinese), displayTerm(term.english) });
    return list;
}

} // namespace ogi
