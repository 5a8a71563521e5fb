// Deadline status of 1,000,000 cases with mixed events, in one thread (issue 3: target
// under 0.5 s on a 2-core machine, Release build). Usage: bench_deadline [cases]
#include "calendar/ShippedCalendar.h"
#include "deadline/DeadlineCalculator.h"

#include <QRandomGenerator>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ogi;

namespace {

// A plausible register: receipts over 2019–2027 (the last year beyond the calendar), a
// fifth with a supplement, a third consulted or charged (some twice, some still waiting, most
// of those consultations past their 15 working days), a few extensions (a fifth of them never
// told to the applicant), most replied.
std::vector<ReplyFacts> makeCases(int count, const WorkingCalendar& calendar)
{
    QRandomGenerator random(20260304);
    const qint64 first = QDate(2019, 1, 2).toJulianDay();
    const qint64 span = QDate(2027, 6, 30).toJulianDay() - first;
    std::vector<ReplyFacts> cases;
    cases.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        ReplyFacts f;
        f.receipt = QDate::fromJulianDay(first + random.bounded(span));
        QDate trigger = f.receipt;
        if (random.bounded(100) < 20) {
            f.supplementRequested = calendar.addWorkingDays(f.receipt, 1 + random.bounded(6));
            trigger = f.supplementRequested.addDays(random.bounded(1, 30));
            if (random.bounded(100) < 90)
                f.supplementReceived = trigger;
            else {
                cases.push_back(f); // still waiting for the applicant
                continue;
            }
        }
        const int pauses = random.bounded(100) < 35 ? (random.bounded(100) < 15 ? 2 : 1) : 0;
        QDate from = trigger;
        bool open = false;
        for (int p = 0; p < pauses; ++p) {
            from = calendar.addWorkingDays(from, 1 + random.bounded(6));
            PauseSpan span { random.bounded(100) < 75 ? PauseReason::Consultation : PauseReason::FeePayment, from, {} };
            if (random.bounded(100) < 10) {
                open = true;
            } else {
                span.to = calendar.addWorkingDays(from, random.bounded(1, 18));
                from = span.to;
            }
            f.pauses << span;
            if (open)
                break;
        }
        if (!open && random.bounded(100) < 4) {
            // Most told the day after approval (Art. 33(2)); some never told.
            const QDate approved = calendar.addWorkingDays(trigger, 3);
            const QDate told = random.bounded(100) < 80 ? calendar.addWorkingDays(approved, 1) : QDate();
            f.extensions << Extension { random.bounded(1, 21), approved, told };
        }
        if (!open) {
            const int outcome = random.bounded(100);
            if (outcome < 60)
                f.replied = calendar.addWorkingDays(from, random.bounded(1, 26));
            else if (outcome < 65)
                f.closed = from.addDays(random.bounded(1, 20));
        }
        f.awaitingAcceptance = random.bounded(100) < 5 && !f.supplementRequested.isValid() && f.pauses.isEmpty();
        cases.push_back(f);
    }
    return cases;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char* argv[])
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 1000000;
    auto start = std::chrono::steady_clock::now();
    const WorkingCalendar& calendar = shippedCalendar();
    std::printf("calendar load + precompute: %.3f ms\n", secondsSince(start) * 1e3);

    const std::vector<ReplyFacts> cases = makeCases(count, calendar);
    const DeadlineCalculator calculator(calendar);
    const QDate asOf(2026, 11, 20);

    // Reply status only: what lists and reports show.
    int counts[8] = {};
    int provisional = 0;
    start = std::chrono::steady_clock::now();
    for (const ReplyFacts& facts : cases) {
        const PeriodStatus status = calculator.replyStatus(facts, asOf);
        ++counts[static_cast<int>(status.status)];
        provisional += status.provisional ? 1 : 0;
    }
    const double replySeconds = secondsSince(start);

    // Reply and supplement notice, most urgent of both: what the deadline board shows.
    long long left = 0;
    start = std::chrono::steady_clock::now();
    for (const ReplyFacts& facts : cases)
        left += calculator.summary(facts, asOf).mostUrgent().workingDaysLeft;
    const double boardSeconds = secondsSince(start);

    std::printf("cases: %d\n", count);
    std::printf("reply status:        %.3f s total, %.0f ns per case\n", replySeconds, replySeconds * 1e9 / count);
    std::printf("board (most urgent): %.3f s total, %.0f ns per case\n", boardSeconds, boardSeconds * 1e9 / count);
    std::printf("on track %d, due soon %d, due today %d, overdue %d, paused %d, met on time %d, met late %d, "
                "closed %d; provisional %d (checksum %lld)\n",
        counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], provisional, left);
    return 0;
}
