#pragma once

#include "deadline/DeadlineReport.h"
#include "deadline/DeadlineRules.h"
#include "lifecycle/CaseState.h"
#include "storage/Database.h"
#include "workflow/NextStep.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// One open case on the deadline board.
struct DueEntry
{
    QString caseNumber;
    QString applicantName;
    CaseState state = CaseState::Registered;
    PeriodStatus period; // the most urgent running period (DeadlineReport::mostUrgent)
    QString problem; // translated; set (and period left empty) when the timeline contradicts itself
    QString clerk; // the assigned clerk's login, empty while unassigned
    QString clerkName; // and their display name (the login if the user is gone)
    NextStep next; // the step the case waits for
};

// The open cases (isOpen(state)) with their most urgent period as of `asOf`, most urgent
// first: overdue (longest overdue first), then by working days left, then paused cases by
// the date their pause ends, then cases whose timeline could not be evaluated. With
// `within`, only cases with at most that many working days left (overdue included, paused
// left out). One pass over the open cases and their events, one calendar for all.
QList<DueEntry> dueList(const Database& database, const QDate& asOf, std::optional<int> within = std::nullopt,
    const DeadlineRules& rules = {});

} // namespace ogi
