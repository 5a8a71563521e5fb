#include "ImportedCaseRows.h"

using namespace Qt::StringLiterals;

namespace ogi {

QSet<QString> importedCaseKeys(const QSqlDatabase& db)
{
    QSet<QString> keys;
    QSqlQuery q = sql::run(db, u"SELECT import_key FROM imported_cases"_s);
    while (sql::next(q))
        keys.insert(q.value(0).toString());
    return keys;
}

void insertImportedCaseRow(sql::Statements& statements, const ImportedCaseRow& row)
{
    statements.run(u"INSERT INTO imported_cases (import_key, case_id, ledger_number, source_file, source_row) "
                   u"VALUES (?, ?, ?, ?, ?)"_s,
        { row.importKey, row.caseId, sql::textOrNull(row.ledgerNumber), row.sourceFile, row.sourceRow });
}

QHash<int, qint64> caseCounters(const QSqlDatabase& db)
{
    QHash<int, qint64> counters;
    for (QSqlQuery q = sql::run(db, u"SELECT year, last_number FROM case_counters"_s); sql::next(q);)
        counters.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return counters;
}

void raiseCaseCounters(const QSqlDatabase& db, const QHash<int, qint64>& lastNumbers)
{
    for (auto it = lastNumbers.constBegin(); it != lastNumbers.constEnd(); ++it)
        sql::run(db,
            u"INSERT INTO case_counters (year, last_number) VALUES (?, ?) "
            u"ON CONFLICT (year) DO UPDATE SET last_number = CASE WHEN case_counters.last_number > "
            u"excluded.last_number THEN case_counters.last_number ELSE excluded.last_number END"_s,
            { it.key(), it.value() });
}

} // namespace ogi
