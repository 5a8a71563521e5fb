#pragma once

#include "storage/Sql.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ogi {

// The case_periods table as stored: the periods a case has ended, each with the due date
// and verdict computed on the day it ended. Period is a vocabulary code ("reply",
// "supplement_notice" ...); deadline/ turns it into its enum.
struct CasePeriodRow
{
    qint64 caseId = 0;
    int endedSeq = 0;
    QString period;
    QDate trigger;
    QDate due;
    QDate ended;
    bool onTime = true;
    bool provisional = false;
    QDateTime recordedAt; // UTC
};

// How a period row meets one already recorded for the same case, event and period.
enum class RecordedPeriod
{
    Kept, // the recorded one stays and `row` is dropped: a verdict, once recorded, stands
    Refused, // an error: a plain INSERT, which a batched import sends by COPY
};

// Writes `row` through `statements`, inside the caller's transaction.
void insertCasePeriodRow(sql::Statements& statements, const CasePeriodRow& row, RecordedPeriod recorded);

// The case's rows in the order they ended (event, then period code).
QList<CasePeriodRow> casePeriodRowsOf(const QSqlDatabase& db, qint64 caseId);

// The due date and verdict of the latest "reply" row of the case; nullopt when none.
struct RecordedReply
{
    QDate due;
    bool onTime = true;
};
std::optional<RecordedReply> recordedReplyOf(const QSqlDatabase& db, qint64 caseId);

} // namespace ogi
