#include "EventRows.h"

#include "Timestamps.h"

#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ogi {

QString eventRowColumns(const QString& prefix)
{
    static const QStringList columns = { u"id"_s, u"seq"_s, u"action"_s, u"from_state"_s, u"to_state"_s, u"outcome"_s,
        u"event_date"_s, u"recorded_at"_s, u"actor"_s, u"note"_s, u"details"_s };
    QStringList qualified;
    for (const QString& column : columns)
        qualified << prefix + column;
    return qualified.join(u", "_s);
}

EventRow eventRowAt(const QSqlQuery& query, int firstColumn)
{
    const auto value = [&](int column) { return query.value(firstColumn + column); };
    return { value(0).toLongLong(), value(1).toInt(), value(2).toString(), value(3).toString(), value(4).toString(),
        value(5).toString(), parseIsoDate(value(6).toString()), parseIsoTimestamp(value(7).toString()),
        value(8).toString(), value(9).toString(), value(10).toString() };
}

} // namespace ogi
