#pragma once

#include "deadline/DeadlineReport.h"
#include "lifecycle/CaseState.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>

namespace ogi {

// The deadlines of one stored case.
struct CaseDeadline
{
    QString caseNumber;
    CaseState state = CaseState::Registered;
    // False for a correction request: the Regulations set no period for it (Art. 41), and
    // `report` is empty — never an Art. 33 clock.
    bool statutoryPeriod = true;
    DeadlineReport report;
};

// The deadlines as translated lines: deadlineReportLines(), or for a case without a
// statutory period the one line that says so. For `ogi show`, `ogi deadline` and the case view.
QStringList caseDeadlineLines(const CaseDeadline& deadline);

// The deadlines of case `caseNumber` as of `asOf`, computed from its timeline on the office
// calendar (shipped arrangements plus the administrator's overrides). A period already
// recorded as ended (SettledPeriods) shows the due date and verdict recorded then, with a
// Recorded step that names the date today's calendar would give when it differs. Throws
// Error(NotFound) for an unknown case, Error(InvalidInput) for a contradictory timeline.
CaseDeadline caseDeadline(const Database& database, const QString& caseNumber, const QDate& asOf);

} // namespace ogi
