#pragma once

#include "storage/Sql.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ogi {

// The reply_deadlines table as stored: one row per case. Clock is a vocabulary code
// ("running", "paused" ...); deadline/ turns it into its enum.
struct ReplyDeadlineRow
{
    qint64 caseId = 0;
    QString clock;
    QDate due; // invalid: NULL
    QDate pausedUntil; // invalid: NULL
};

// How a row meets one already stored for its case.
enum class StoredDeadline
{
    Replaced,
    Refused, // an error: a plain INSERT, which a batched import sends by COPY
};

// Writes `row` through `statements`, inside the caller's transaction.
void writeReplyDeadlineRow(sql::Statements& statements, const ReplyDeadlineRow& row, StoredDeadline stored);

// The rows whose clock is one of `clocks`.
QList<ReplyDeadlineRow> replyDeadlineRowsWithClock(const QSqlDatabase& db, const QStringList& clocks);

} // namespace ogi
