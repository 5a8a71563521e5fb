#pragma once

#include "storage/lifecycle/EventRows.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ogi {

// The rows a case's timeline is read from: the case (from the case_list view) and its
// events, in seq order. State is a vocabulary code.
struct TimelineCaseRecord
{
    qint64 id = 0;
    QString caseNumber;
    QString applicantName;
    QString state;
    QDate receipt;
};

// Calls `each` for every case (only those whose state code is `state`, when given) in
// ascending id, with its events. Two queries read in step, so a register of any size streams
// through in one pass without being held in memory.
void forEachTimelineRecord(const QSqlDatabase& db, const std::optional<QString>& state,
    const std::function<void(const TimelineCaseRecord&, const QList<EventRow>&)>& each);

// The receipt date of case `caseId` (invalid when there is no such case).
QDate receiptDateOf(const QSqlDatabase& db, qint64 caseId);

// The events of case `caseId` in seq order.
QList<EventRow> eventRowsOf(const QSqlDatabase& db, qint64 caseId);

// How many cases the register holds.
qint64 caseCount(const QSqlDatabase& db);

} // namespace ogi
