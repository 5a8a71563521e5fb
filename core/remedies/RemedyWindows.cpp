#include "RemedyWindows.h"

#include "Timestamps.h"

#include <QCoreApplication>

#include <algorithm>

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

    // The reconsideration recorded against the case: filed, and the date it was decided (invalid
    // while pending). The newest counts.
    const Remedy* reconsideration(const QList<Remedy>& remedies)
    {
        const Remedy* found = nullptr;
        for (const Remedy& r : remedies)
            if (r.kind == RemedyKind::Reconsideration && (!found || r.filed >= found->filed))
                found = &r;
        return found;
    }
} // namespace

QList<RemedyWindow> remedyWindows(RemedyClause clause, const QDate& received, const QList<Remedy>& remedies,
    const WorkingCalendar& calendar, const QDate& asOf)
{
    QList<RemedyWindow> windows;
    if (clause == RemedyClause::None || !received.isValid())
        return windows;
    const Remedy* filed = reconsideration(remedies);
    if (!filed) {
        windows << window(RemedyKind::Reconsideration, received.addDays(60), calendar, asOf);
        if (clause == RemedyClause::Either)
            windows << window(RemedyKind::LitigationDirect, received.addMonths(6), calendar, asOf);
    } else if (filed->result != RemedyResult::Pending && filed->concluded.isValid()) {
        windows << window(RemedyKind::LitigationAfterReconsideration, filed->concluded.addDays(15), calendar, asOf);
    }
    return windows;
}

RemedyWindow failureToActWindow(const QDate& replyDue, const WorkingCalendar& calendar, const QDate& asOf)
{
    RemedyWindow w = window(RemedyKind::Reconsideration, replyDue.addDays(60), calendar, asOf);
    w.failureToAct = true;
    return w;
}

QString describeRemedyWindow(const RemedyWindow& w)
{
    QString text;
    switch (w.kind) {
    case RemedyKind::Reconsideration:
        if (w.failureToAct)
            text = w.open ? Tr::tr("No reply was given in time: reconsideration (failure to perform a statutory duty) "
                                   "may be sought until %1 (%n day(s) left)",
                       nullptr, w.daysLeft)
                                .arg(isoDate(w.lastDay))
                          : Tr::tr("No reply was given in time: the reconsideration period for it ended on %1")
                                .arg(isoDate(w.lastDay));
        else
            text = w.open ? Tr::tr("Reconsideration may be sought until %1 (%n day(s) left)", nullptr, w.daysLeft)
                                .arg(isoDate(w.lastDay))
                          : Tr::tr("The reconsideration period ended on %1").arg(isoDate(w.lastDay));
        break;
    case RemedyKind::LitigationDirect:
        text = w.open
            ? Tr::tr("A lawsuit may be filed until %1 (%n day(s) left)", nullptr, w.daysLeft).arg(isoDate(w.lastDay))
            : Tr::tr("The litigation period ended on %1").arg(isoDate(w.lastDay));
        break;
    case RemedyKind::LitigationAfterReconsideration:
        text = w.open
            ? Tr::tr("A lawsuit against the reconsideration decision may be filed until %1 (%n day(s) left)", nullptr,
                w.daysLeft)
                  .arg(isoDate(w.lastDay))
            : Tr::tr("The period for a lawsuit after the reconsideration ended on %1").arg(isoDate(w.lastDay));
        break;
    }
    if (w.provisional)
        text += u' ' + Tr::tr("[provisional: the calendar of that year is not known]");
    return text;
}

QString describeRemedyClause(RemedyClause clause)
{
    if (clause != RemedyClause::ReconsiderationFirst)
        return {};
    return Tr::tr("Reconsideration first (Administrative Reconsideration Law, Art. 23): a lawsuit only after the "
                  "reconsideration decision, within 15 days of receiving it.");
}

} // namespace ogi
