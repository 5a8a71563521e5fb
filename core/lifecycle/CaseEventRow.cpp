#include "CaseEventRow.h"

#include <QJsonDocument>

namespace ogi {

QString caseEventColumns(const QString& prefix) { return eventRowColumns(prefix); }

CaseEvent caseEventFromRow(const QSqlQuery& query, int firstColumn)
{
    return caseEventOf(eventRowAt(query, firstColumn));
}

CaseEvent caseEventOf(const EventRow& row)
{
    CaseEvent e;
    e.id = row.id;
    e.seq = row.seq;
    e.action = row.action;
    e.fromState = parseCaseState(row.fromState);
    e.toState = parseCaseState(row.toState).value_or(CaseState::Registered);
    e.outcome = row.outcome;
    e.eventDate = row.eventDate;
    e.recordedAt = row.recordedAt;
    e.actor = row.actor;
    e.note = row.note;
    if (!row.details.isEmpty())
        e.details = QJsonDocument::fromJson(row.details.toUtf8()).object();
    return e;
}

} // namespace ogi
