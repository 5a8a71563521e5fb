#include "ShippedCalendar.h"

#include "Error.h"
#include "calendar/CalendarCsv.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ShippedCalendar)
    };

    const QString kResource = u":/calendar/holidays-cn.csv"_s;
} // namespace

QList<CalendarDay> shippedCalendarDays()
{
    static const QList<CalendarDay> days = [] {
        QFile file(kResource);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Internal, Tr::tr("The built-in holiday calendar %1 is missing.").arg(kResource));
        try {
            return parseCalendarCsv(QString::fromUtf8(file.readAll()), kResource);
        } catch (const Error& error) {
            throw Error(ErrorCode::Internal, error.message(), error.issues());
        }
    }();
    return days;
}

QList<int> shippedCalendarYears()
{
    QList<int> years;
    for (const CalendarDay& day : shippedCalendarDays())
        if (!years.contains(day.date.year()))
            years << day.date.year();
    std::sort(years.begin(), years.end());
    return years;
}

const WorkingCalendar& shippedCalendar()
{
    static const WorkingCalendar calendar(shippedCalendarDays(), shippedCalendarYears());
    return calendar;
}

} // namespace ogi
