#include "YearByMonth.h"

#include "reports/YearSpan.h"
#include "storage/Sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

YearByMonth yearByMonth(const Database& database, int year)
{
    const auto [first, last] = yearSpan(year);
    YearByMonth months;
    // Both through the report indexes (receipt date / conclusion date first); applications
    // only, as in the annual report (a correction request is not one, Art. 41).
    QSqlQuery received = sql::run(database.connection(),
        u"SELECT CAST(substr(receipt_date, 6, 2) AS INTEGER), count(*) FROM cases "
        u"WHERE receipt_date BETWEEN ? AND ? AND kind = 'disclosure' GROUP BY 1"_s,
        { first, last });
    while (sql::next(received))
        months.received[size_t(std::clamp(received.value(0).toInt(), 1, 12) - 1)] = received.value(1).toLongLong();
    QSqlQuery concluded = sql::run(database.connection(),
        u"SELECT CAST(substr(c.concluded_on, 6, 2) AS INTEGER), count(*), count(*) FILTER (WHERE d.clock = 'met_on_time'), "
        u"count(*) FILTER (WHERE d.clock = 'met_late') FROM cases c LEFT JOIN reply_deadlines d ON d.case_id = c.id "
        u"WHERE c.concluded_on BETWEEN ? AND ? AND c.kind = 'disclosure' GROUP BY 1"_s,
        { first, last });
    while (sql::next(concluded)) {
        const size_t m = size_t(std::clamp(concluded.value(0).toInt(), 1, 12) - 1);
        months.concluded[m] = concluded.value(1).toLongLong();
        months.onTime[m] = concluded.value(2).toLongLong();
        months.late[m] = concluded.value(3).toLongLong();
    }
    return months;
}

} // namespace ogi
