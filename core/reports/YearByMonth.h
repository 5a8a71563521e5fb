#pragma once

#include "storage/Database.h"

#include <array>

namespace ogi {

// A year month by month, for the charts of 统计报表: applications received, cases concluded,
// and replies on time and late (by the month they went out).
struct YearByMonth
{
    std::array<qint64, 12> received {};
    std::array<qint64, 12> concluded {};
    std::array<qint64, 12> onTime {};
    std::array<qint64, 12> late {};
};
YearByMonth yearByMonth(const Database& database, int year);

} // namespace ogi
