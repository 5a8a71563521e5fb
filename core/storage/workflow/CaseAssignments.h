#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ogi {

// A case's kind and assigned clerk, as the deadline board needs them. Kind is the vocabulary
// code ("disclosure", "correction"); clerk is the login, empty while unassigned.
struct CaseAssignmentRow
{
    qint64 id = 0;
    QString kind;
    QString clerk;
};

// The cases whose state is one of `stateCodes`, in no particular order (read through the
// state index, so a board of open cases does not walk the concluded ones).
QList<CaseAssignmentRow> caseAssignmentsInStates(const QSqlDatabase& db, const QStringList& stateCodes);

} // namespace ogi
