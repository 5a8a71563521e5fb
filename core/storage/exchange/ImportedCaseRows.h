#pragma once

#include "storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace ogi {

// What a ledger import leaves beside the cases it writes: imported_cases (which ledger row
// each case came from, by the row's import key) and the case number counters it moves on.

// The import keys of every case imported so far.
QSet<QString> importedCaseKeys(const QSqlDatabase& db);

struct ImportedCaseRow
{
    QString importKey;
    qint64 caseId = 0;
    QString ledgerNumber; // empty: NULL (the row had no 编号)
    QString sourceFile;
    int sourceRow = 0;
};

// Writes `row` through `statements` as a plain INSERT (which a batched import sends by COPY);
// a key already imported is an error.
void insertImportedCaseRow(sql::Statements& statements, const ImportedCaseRow& row);

// The last case number given out in each year (year → number).
QHash<int, qint64> caseCounters(const QSqlDatabase& db);

// Moves the counter of each year in `lastNumbers` on to the number given, never back.
void raiseCaseCounters(const QSqlDatabase& db, const QHash<int, qint64>& lastNumbers);

} // namespace ogi
