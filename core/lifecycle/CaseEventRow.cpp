#include "CaseEventRow.h"

#include "Timestamps.h"

#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ogi {

QString caseEventColumns(const QString& prefix)
{
    static const QStringList columns = { u"id"_s, u"seq"_s, u"action"_s, u"from_state"_s, u"to_state"_s,
        u"outcome"_s, u"event_date"_s, u"recorded_at"_s, u"actor"_s, u"note"_s, u"details"_s };
    QStringList qualified;
    for (const QString& column : columns)
        qualified << prefix + column;
    return qualified.join(u", "_s);
}

CaseEvent caseEventFromRow(const QSqlQuery& query, int firstColumn)
{
    const auto value = [&](int column) { return query.value(firstColumn + column); };
    CaseEvent e;
    e.id = value(0).toLongLong();
    e.seq = value(1).toInt();
    e.action = value(2).toString();
    if (!value(3).isNull())
        e.fromState = parseCaseState(value(3).toString());
    e.toState = parseCaseState(value(4).toString()).value_or(CaseState::Registered);
    e.outcome = value(5).toString();
    e.eventDate = parseIsoDate(value(6).toString());
    e.recordedAt = parseIsoTimestamp(value(7).toString());
    e.actor = value(8).toString();
    e.note = value(9).toString();
    if (!value(10).isNull())
        e.details = QJsonDocument::fromJson(value(10).toString().toUtf8()).object();
    return e;
}

} // namespace ogi
