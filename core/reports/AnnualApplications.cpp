#include "AnnualApplications.h"

#include "reports/YearSpan.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // The column of a case's applicant type: 自然人, then the five kinds of organisation.
    int columnOf(const QString& applicantType)
    {
        static const QStringList types
            = { u"person"_s, u"commercial"_s, u"research"_s, u"public_interest"_s, u"legal_service"_s, u"other"_s };
        const qsizetype index = types.indexOf(applicantType);
        return int(index < 0 ? types.size() - 1 : index);
    }
} // namespace

ApplicationTable annualApplications(const Database& database, int year)
{
    const QSqlDatabase db = database.connection();
    const auto [first, last] = yearSpan(year);
    ApplicationTable table;
    constexpr int kTotal = kApplicantColumns - 1;

    // Section 三 counts applications for government information only: a correction request
    // (Art. 41) is not one (docs/legal-rules.md). Flows through the year, one pass over
    // the cases received by its end.
    QSqlQuery flows = sql::prepare(db,
        u"SELECT applicant_type, count(*) FILTER (WHERE receipt_date >= :first), "
        u"count(*) FILTER (WHERE receipt_date < :first AND (concluded_on IS NULL OR concluded_on >= :first)), "
        u"count(*) FILTER (WHERE concluded_on IS NULL OR concluded_on > :last) "
        u"FROM cases WHERE receipt_date <= :last AND kind = 'disclosure' GROUP BY applicant_type"_s);
    flows.bindValue(u":first"_s, first);
    flows.bindValue(u":last"_s, last);
    sql::exec(flows);
    while (sql::next(flows)) {
        const int column = columnOf(flows.value(0).toString());
        for (const auto& [row, index] :
            { std::pair { u"received"_s, 1 }, { u"carried_in"_s, 2 }, { u"carried_out"_s, 3 } }) {
            table.add(row, column, flows.value(index).toLongLong());
            table.add(row, kTotal, flows.value(index).toLongLong());
        }
    }

    // Outcomes of the cases concluded in the year.
    QSqlQuery outcomes = sql::prepare(db,
        u"SELECT applicant_type, coalesce(outcome, ''), count(*) FROM cases "
        u"WHERE concluded_on BETWEEN :first AND :last AND kind = 'disclosure' GROUP BY applicant_type, outcome"_s);
    outcomes.bindValue(u":first"_s, first);
    outcomes.bindValue(u":last"_s, last);
    sql::exec(outcomes);
    qint64 concludedByColumn[kApplicantColumns] = {};
    while (sql::next(outcomes)) {
        const int column = columnOf(outcomes.value(0).toString());
        const qint64 count = outcomes.value(2).toLongLong();
        concludedByColumn[column] += count;
        concludedByColumn[kTotal] += count;
        const ApplicationTableRow* row = findApplicationTableRow(outcomes.value(1).toString());
        if (!row || row->heading || row->code == u"total" || row->code.startsWith(u"carried")
            || row->code == u"received")
            continue; // no outcome row: the total below will not match its parts
        table.add(row->code, column, count);
        table.add(row->code, kTotal, count);
    }
    // Categories are the sums of their rows.
    for (const ApplicationTableRow& row : applicationTableRows()) {
        if (row.parts.isEmpty() || row.code == u"total")
            continue;
        for (int column = 0; column < kApplicantColumns; ++column)
            for (const QString& part : row.parts)
                table.add(row.code, column, table.value(part, column));
    }
    // The total counts every concluded case, so one without an outcome row is found.
    for (int column = 0; column < kApplicantColumns; ++column)
        table.add(u"total"_s, column, concludedByColumn[column]);
    return table;
}

} // namespace ogi
