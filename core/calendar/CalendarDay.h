#pragma once

#include <QDate>
#include <QString>

namespace ogi {

// One date whose arrangement differs from, or confirms an exception to, the plain rule
// "Monday to Friday work, Saturday and Sunday off": a public holiday (kind "off") or a
// weekend day declared a working day (调休上班, kind "work").
struct CalendarDay
{
    QDate date;
    bool working = false;
    QString name; // the holiday the arrangement belongs to ("春节"); may be empty
};

// "work" / "off": the kinds of the CSV format and of the database.
QString calendarKindCode(bool working);

} // namespace ogi
