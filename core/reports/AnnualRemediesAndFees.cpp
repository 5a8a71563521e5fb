#include "AnnualRemediesAndFees.h"

#include "reports/YearSpan.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

const QStringList& remedyGroupLabels()
{
    static const QStringList labels { u"行政复议"_s, u"行政诉讼（未经复议直接起诉）"_s, u"行政诉讼（复议后起诉）"_s };
    return labels;
}

const QStringList& remedyCountLabels()
{
    static const QStringList labels { u"结果维持"_s, u"结果纠正"_s, u"其他结果"_s, u"尚未审结"_s, u"总计"_s };
    return labels;
}

RemedyTable annualRemedies(const Database& database, int year)
{
    const auto [first, last] = yearSpan(year);
    RemedyTable table;
    QSqlQuery q = sql::run(database.connection(),
        u"SELECT kind, CASE WHEN result = 'pending' OR concluded_date IS NULL OR concluded_date > ? THEN 'pending' "
        u"ELSE result END, count(*) FROM remedies WHERE filed_date BETWEEN ? AND ? GROUP BY 1, 2"_s,
        { last, first, last });
    static const QStringList kinds { u"reconsideration"_s, u"litigation_direct"_s,
        u"litigation_after_reconsideration"_s };
    static const QStringList results { u"upheld"_s, u"corrected"_s, u"other"_s, u"pending"_s };
    while (sql::next(q)) {
        const qsizetype group = kinds.indexOf(q.value(0).toString());
        const qsizetype result = results.indexOf(q.value(1).toString());
        if (group < 0 || result < 0)
            continue; // the table's CHECK constraints allow no other values
        table.counts[size_t(group)][size_t(result)] += q.value(2).toLongLong();
        table.counts[size_t(group)][RemedyTable::kCounts - 1] += q.value(2).toLongLong();
    }
    return table;
}

FeeFigures annualFees(const Database& database, int year)
{
    const auto [first, last] = yearSpan(year);
    const QString amount = sql::jsonNumber(database.connection(), u"details"_s, u"amount"_s);
    QSqlQuery q = sql::run(database.connection(),
        u"SELECT count(*) FILTER (WHERE action = 'fee_notice'), "
        u"coalesce(sum(CASE WHEN action = 'fee_notice' THEN %1 END), 0), "
        u"coalesce(sum(CASE WHEN action = 'fee_paid' THEN %1 END), 0) "
        u"FROM case_events WHERE action IN ('fee_notice', 'fee_paid') AND event_date BETWEEN ? AND ?"_s.arg(amount),
        { first, last });
    FeeFigures fees;
    if (sql::next(q))
        fees = { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() };
    return fees;
}

} // namespace ogi
