#pragma once

#include "deadline/DeadlineReport.h"
#include "storage/Database.h"
#include "workflow/CaseState.h"

#include <QDate>
#include <QString>

namespace ogi {

// The deadlines of one stored case.
struct CaseDeadline
{
    QString caseNumber;
    CaseState state = CaseState::Registered;
    DeadlineReport report;
};

// The deadlines of case `caseNumber` as of `asOf`, computed from its timeline on the office
// calendar (shipped arrangements plus the administrator's overrides). A period already
// recorded as ended (SettledPeriods) shows the due date and verdict recorded then, with a
// Recorded step that names the date today's calendar would give when it differs. Throws
// Error(NotFound) for an unknown case, Error(InvalidInput) for a contradictory timeline.
CaseDeadline caseDeadline(const Database& database, const QString& caseNumber, const QDate& asOf);

} // namespace ogi
