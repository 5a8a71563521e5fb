#pragma once

#include <QString>

namespace ogi {

// A report year as the ISO dates its queries compare with: "2026-01-01" … "2026-12-31".
struct YearSpan
{
    QString first;
    QString last;
};

inline YearSpan yearSpan(int year)
{
    const QString y = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    return { y + QStringLiteral("-01-01"), y + QStringLiteral("-12-31") };
}

} // namespace ogi
