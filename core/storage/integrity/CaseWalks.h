#pragma once

#include "storage/lifecycle/EventRows.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace ogi {

// The case tables read whole, in case order, for `ogi verify`: each walk reads every row once,
// so checking a million-case register stays linear in it and small in memory.

// How the case numbers of one year stand: its counter (0 when it has none), how many cases
// it has and the highest number given (both 0 when it has none).
struct YearNumbering
{
    int year = 0;
    qint64 counter = 0;
    qint64 cases = 0;
    qint64 top = 0;
};

// Every year that has a counter or cases, in no particular order.
QList<YearNumbering> yearNumberings(const QSqlDatabase& db);

// What a case row says its events led to. State and kind are codes; outcome and concludedOn
// are empty when NULL.
struct CaseStateRow
{
    qint64 id = 0;
    QString caseNumber;
    QString state;
    QString outcome;
    QString kind;
    QString concludedOn;
};

// Hands every case, by id, to `visit` with its events in seq order. An event met before the
// case its case id would come at, and naming no case, is handed to `orphan` (its case id).
void forEachCaseWithEvents(const QSqlDatabase& db,
    const std::function<void(const CaseStateRow&, const QList<EventRow>&)>& visit,
    const std::function<void(qint64 caseId)>& orphan);

// Hands every case, by id, to `visit` with the values of its kCaseDigestColumns
// (storage/audit/DigestRows.h).
void forEachCaseDigestRow(const QSqlDatabase& db,
    const std::function<void(qint64 caseId, const QString& caseNumber, const QVariantList& values)>& visit);

// Hands every period row, by case, ending event and period, to `visit` with the values of
// its kPeriodDigestColumns; endedSeq is 0 while the period runs.
void forEachPeriodDigestRow(
    const QSqlDatabase& db, const std::function<void(qint64 caseId, int endedSeq, const QVariantList& values)>& visit);

// The digested rows of a table that hangs off cases, read alongside forEachCaseDigestRow.
class CaseOrderedRows
{
public:
    enum class Table
    {
        Applicants, // kApplicantDigestColumns, by position
        Agents, // kAgentDigestColumns
        Events, // 1 when the event was imported (else 0), then kEventDigestColumns; by seq
    };
    CaseOrderedRows(const QSqlDatabase& db, Table table);

    // The rows of case `caseId`, each its values; the rows of lower case ids not asked for are
    // passed over. Ask in ascending case order.
    QList<QVariantList> rowsOf(qint64 caseId);

private:
    QSqlQuery m_query;
    int m_count = 0;
    bool m_more = false;
};

} // namespace ogi
