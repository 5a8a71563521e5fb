#pragma once

#include "storage/Database.h"

#include <QStringList>

#include <array>

namespace ogi {

// Section 四 of the annual report (政府信息公开行政复议、行政诉讼情况): three groups —
// 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉 — of five counts each: 结果维持, 结果纠正,
// 其他结果, 尚未审结, 总计. Counted over the remedies filed in the year; one not concluded by
// 31 December is 尚未审结.
struct RemedyTable
{
    static constexpr int kGroups = 3;
    static constexpr int kCounts = 5;
    std::array<std::array<qint64, kCounts>, kGroups> counts {};
};
RemedyTable annualRemedies(const Database& database, int year);
// The labels verbatim: the group headings and the five count columns.
const QStringList& remedyGroupLabels();
const QStringList& remedyCountLabels();

// Section 六 (其他需要报告的事项): the information-processing fees of the year — fee notices
// issued, the amount they asked for, and the amount collected (fee_paid in the year).
struct FeeFigures
{
    qint64 notices = 0;
    qint64 amountYuan = 0;
    qint64 collectedYuan = 0;
};
FeeFigures annualFees(const Database& database, int year);

} // namespace ogi
