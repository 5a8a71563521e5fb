#pragma once

#include "calendar/WorkingCalendar.h"
#include "remedies/RemedyVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ogi {

// How long the applicant may still seek a remedy against the reply (regulations.md, Art. 51):
// reconsideration within 60 days of receiving it (行政复议法 Art. 20), litigation within 6
// months (行政诉讼法 Art. 46). A period whose last day is not a working day ends on the next
// working day (期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期).
struct RemedyWindow
{
    RemedyKind kind = RemedyKind::Reconsideration; // Reconsideration or LitigationDirect
    QDate lastDay;
    int daysLeft = 0; // calendar days from the as-of date to lastDay; negative once closed
    bool open = false;
    bool provisional = false; // the last day lies in a year the calendar does not know
};

// The reconsideration and litigation windows for a reply received on `received`.
QList<RemedyWindow> remedyWindows(const QDate& received, const WorkingCalendar& calendar, const QDate& asOf);

// "行政复议期限至 2026-09-16（剩 12 天）" style, translated.
QString describeRemedyWindow(const RemedyWindow& window);

} // namespace ogi
