// Due dates worked out by hand from reference/holidays-cn.csv and re-checked with the
// independent day-by-day counter tests/deadline/independent_dates.py (not OGI Desk's code).
#include "calendar/ShippedCalendar.h"
#include "deadline/DeadlineCalculator.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

struct Row
{
    const char* rule; // what the row checks, with its source
    const char* trigger;
    const char* due;
};
} // namespace

TEST_CASE("reply due 20 working days after receipt (Art. 33), hand-worked", "[deadline][hand]")
{
    const Row rows[] = {
        { "Art. 33, weekday receipt (Wed)", "2026-03-04", "2026-04-01" },
        { "Art. 33, receipt on a Saturday: Monday is day 1", "2026-03-07", "2026-04-03" },
        { "Art. 33, receipt on a Sunday", "2026-03-08", "2026-04-03" },
        { "Art. 33, receipt on National Day 2026-10-01", "2026-10-01", "2026-11-03" },
        { "Art. 33, receipt on Labour Day 2026-05-01 (05-01..05 off, 05-09 make-up)", "2026-05-01", "2026-06-01" },
        { "Art. 33, receipt on New Year 2025-01-01, across Spring Festival 2025", "2025-01-01", "2025-02-05" },
        { "Art. 33, receipt on Qingming 2026-04-05 (Sun), across Labour Day", "2026-04-05", "2026-05-07" },
        { "Art. 33, receipt on make-up Saturday 2026-02-28", "2026-02-28", "2026-03-27" },
        { "Art. 33, receipt on make-up Saturday 2026-10-10", "2026-10-10", "2026-11-06" },
        { "Art. 33, receipt on make-up Saturday 2026-02-14, Spring Festival follows", "2026-02-14", "2026-03-20" },
        { "Art. 33, across Spring Festival 2026 (02-15..23 off, 02-14/28 make-up)", "2026-02-06", "2026-03-12" },
        { "Art. 33, the Friday before Spring Festival 2026", "2026-02-13", "2026-03-19" },
        { "Art. 33, across Spring Festival 2025 (01-28..02-04 off, 01-26/02-08 make-up)", "2025-01-20", "2025-02-21" },
        { "Art. 33, receipt on make-up Sunday 2025-01-26", "2025-01-26", "2025-02-28" },
        { "Art. 33, across Spring Festival 2024 (02-10..17 off, 02-04/18 make-up)", "2024-02-01", "2024-03-05" },
        { "Art. 33, receipt on make-up Sunday 2024-02-04", "2024-02-04", "2024-03-07" },
        { "Art. 33, across Spring Festival 2023 (01-21..27 off, 01-28/29 make-up)", "2023-01-13", "2023-02-15" },
        { "Art. 33, Spring Festival 2020 extended to 02-02 (国办发明电〔2020〕1号)", "2020-01-20", "2020-02-25" },
        { "Art. 33, across Spring Festival 2019 (02-02/03 make-up)", "2019-01-25", "2019-02-27" },
        { "Art. 33, receipt on make-up Saturday 2019-02-02", "2019-02-02", "2019-03-07" },
        { "Art. 33, across National Day 2026 (中秋 09-25..27, 国庆 10-01..07, 09-20/10-10 make-up)", "2026-09-18",
            "2026-10-22" },
        { "Art. 33, receipt on make-up Sunday 2026-09-20", "2026-09-20", "2026-10-23" },
        { "Art. 33, across National Day 2025 (10-01..08 off, 09-28/10-11 make-up)", "2025-09-22", "2025-10-24" },
        { "Art. 33, receipt on make-up Sunday 2025-09-28", "2025-09-28", "2025-10-31" },
        { "Art. 33, receipt on make-up Saturday 2025-10-11", "2025-10-11", "2025-11-07" },
        { "Art. 33, across National Day 2024 (10-01..07 off, 09-29/10-12 make-up)", "2024-09-20", "2024-10-23" },
        { "Art. 33, receipt on make-up Sunday 2024-09-29", "2024-09-29", "2024-10-31" },
        { "Art. 33, across 中秋+国庆 2023 (09-29..10-06 off, 10-07/08 make-up)", "2023-09-25", "2023-10-27" },
        { "Art. 33, receipt on make-up Saturday 2023-10-07", "2023-10-07", "2023-11-02" },
        { "Art. 33, across National Day 2019 (09-29/10-12 make-up)", "2019-09-20", "2019-10-23" },
        { "Art. 33, receipt on make-up Saturday 2021-09-18 (中秋 make-up)", "2021-09-18", "2021-10-22" },
        { "Art. 33, receipt the day before National Day 2022", "2022-09-30", "2022-11-02" },
        { "Art. 33, across Labour Day 2019 as revised (05-01..04 off, 04-28/05-05 make-up)", "2019-04-26",
            "2019-05-27" },
        { "Art. 33, receipt on make-up Sunday 2019-04-28", "2019-04-28", "2019-05-28" },
        { "Art. 33, receipt on make-up Sunday 2020-04-26", "2020-04-26", "2020-05-26" },
    };
    const DeadlineCalculator calculator(shippedCalendar());
    for (const Row& row : rows) {
        INFO(row.rule);
        ReplyFacts facts;
        facts.receipt = day(row.trigger);
        const PeriodStatus status = calculator.replyStatus(facts, facts.receipt);
        CHECK(status.due == day(row.due));
        CHECK_FALSE(status.provisional);
    }
}

TEST_CASE(
    "supplement notice 7, consultation 15, fee 20, supplemented reply 20 working days, hand-worked", "[deadline][hand]")
{
    struct PeriodRow
    {
        const char* rule;
        const char* trigger;
        int days;
        const char* due;
    };
    const PeriodRow rows[] = {
        { "Art. 30 notice, across National Day 2026", "2026-09-28", 7, "2026-10-13" },
        { "Art. 30 notice, across Spring Festival 2026", "2026-02-10", 7, "2026-02-26" },
        { "Art. 30 notice, ends on make-up Saturday 2026-02-14", "2026-02-05", 7, "2026-02-14" },
        { "Art. 30 notice, across Labour Day 2025", "2025-04-30", 7, "2025-05-14" },
        { "Art. 30 notice, receipt on New Year 2026 (01-04 make-up Sunday)", "2026-01-01", 7, "2026-01-12" },
        { "Art. 30 notice, across National Day 2025", "2025-09-30", 7, "2025-10-16" },
        { "Art. 30 notice, across New Year 2025", "2024-12-31", 7, "2025-01-10" },
        { "Art. 32/34 consultation, across National Day 2026", "2026-09-22", 15, "2026-10-20" },
        { "Art. 32/34 consultation, across Spring Festival 2026", "2026-01-30", 15, "2026-02-27" },
        { "Art. 32/34 consultation, across National Day 2025", "2025-09-26", 15, "2025-10-23" },
        { "fees.md payment, across Qingming 2026", "2026-03-10", 20, "2026-04-08" },
        { "Art. 30 reply from the supplemented application, after Spring Festival", "2026-02-12", 20, "2026-03-18" },
        { "Art. 30 reply from the supplemented application, across National Day 2025", "2025-09-30", 20, "2025-11-04" },
    };
    const DeadlineCalculator calculator(shippedCalendar());
    for (const PeriodRow& row : rows) {
        INFO(row.rule);
        CHECK(calculator.dueAfter(day(row.trigger), row.days) == day(row.due));
    }
}
