#include "RemedyWindows.h"

#include "Timestamps.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RemedyWindows)
    };

    RemedyWindow window(RemedyKind kind, QDate last, const WorkingCalendar& calendar, const QDate& asOf)
    {
        RemedyWindow w;
        w.kind = kind;
        w.provisional = !calendar.isKnown(last);
        while (!calendar.isWorkingDay(last))
            last = last.addDays(1);
        w.lastDay = last;
        w.daysLeft = int(asOf.daysTo(last));
        w.open = w.daysLeft >= 0;
        return w;
    }
} // namespace

QList<RemedyWindow> remedyWindows(const QDate& received, const WorkingCalendar& calendar, const QDate& asOf)
{
    return { window(RemedyKind::Reconsideration, received.addDays(60), calendar, asOf),
        window(RemedyKind::LitigationDirect, received.addMonths(6), calendar, asOf) };
}

QString describeRemedyWindow(const RemedyWindow& w)
{
    const bool reconsideration = w.kind == RemedyKind::Reconsideration;
    QString text;
    if (w.open)
        text = reconsideration
            ? Tr::tr("Reconsideration may be sought until %1 (%n day(s) left)", nullptr, w.daysLeft).arg(isoDate(w.lastDay))
            : Tr::tr("A lawsuit may be filed until %1 (%n day(s) left)", nullptr, w.daysLeft).arg(isoDate(w.lastDay));
    else
        text = reconsideration ? Tr::tr("The reconsideration period ended on %1").arg(isoDate(w.lastDay))
                               : Tr::tr("The litigation period ended on %1").arg(isoDate(w.lastDay));
    if (w.provisional)
        text += u' ' + Tr::tr("[provisional: the calendar of that year is not known]");
    return text;
}

} // namespace ogi
