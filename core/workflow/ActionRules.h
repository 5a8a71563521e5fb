#pragma once

#include "calendar/WorkingCalendar.h"
#include "lifecycle/CaseEvent.h"
#include "lifecycle/WorkflowFacts.h"
#include "register/Application.h"
#include "remedies/Remedy.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace ogi {

// What an action's own rules look at, beyond state and role.
struct ActionContext
{
    const Database& database;
    const QSqlDatabase& db; // database's connection
    const CaseRecord& record;
    const QList<CaseEvent>& events;
    const WorkflowFacts& facts;
    const UserAccount& user;
    const WorkingCalendar& calendar;
    QDate date; // the act's legal date
    QDate today;
    bool fourEyes = true;
};

// What the action will record, completed by the rules.
struct ActionEffect
{
    QJsonObject details; // the normalised parameters plus what the rules computed
    QString outcome; // the outcome code the event sets, if any
    std::optional<Remedy> remedy; // the remedy to store (id 0: a new one)
};

// Applies the rules of `action` that go beyond the workflow table (DESIGN.md §4, §5,
// reference/fees.md): throws Error(Refused) or Error(InvalidInput) with a message that names
// what is wrong; otherwise completes `effect` (the supplement due date, the fee amount and
// its explanation, the days of an approved extension, the draft's outcome).
void applyActionRules(const QString& action, const ActionContext& context, ActionEffect& effect);

} // namespace ogi
