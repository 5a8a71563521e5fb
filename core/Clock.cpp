#include "Clock.h"

namespace ogi {

QDate Clock::today() const
{
    return now().toLocalTime().date();
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ogi
