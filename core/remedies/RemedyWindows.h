#pragma once

#include "calendar/WorkingCalendar.h"
#include "notices/NoticeType.h"
#include "remedies/Remedy.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ogi {

// How long the applicant may still seek a remedy (regulations.md, Art. 51): reconsideration
// within 60 days of receiving the decision (行政复议法 Art. 20), litigation within 6 months
// (行政诉讼法 Art. 46), or within 15 days of the reconsideration decision (行政诉讼法 Art. 45).
// A period whose last day is not a working day ends on the next working day
// (期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期).
struct RemedyWindow
{
    RemedyKind kind = RemedyKind::Reconsideration;
    QDate lastDay;
    int daysLeft = 0; // calendar days from the as-of date to lastDay; negative once closed
    bool open = false;
    bool provisional = false; // the last day lies in a year the calendar does not know
    // Reconsideration because the office did not reply in time (未履行法定职责), not against a reply.
    bool failureToAct = false;
};

// The windows the law allows against a decision whose notice carries `clause` (the notice
// type's RemedyClause: the one source for what the notice says and what is shown), received
// by the applicant on `received`, given the remedies already recorded for the case:
// - None: none (nothing the applicant can challenge).
// - Either: reconsideration (60 days) or a lawsuit (6 months).
// - ReconsiderationFirst (行政复议法 Art. 23 第一款第（四）项, refusals to disclose): reconsideration
//   only; a lawsuit only after the reconsideration decision.
// Once a reconsideration is filed it is no longer offered, nor a direct lawsuit (行政复议法
// Art. 29); once it is decided, a lawsuit within 15 days, counted from the decision's recorded
// date (the law counts from its receipt, which the register does not hold).
QList<RemedyWindow> remedyWindows(RemedyClause clause, const QDate& received, const QList<Remedy>& remedies,
    const WorkingCalendar& calendar, const QDate& asOf);

// The office did not reply by `replyDue` (未履行法定职责): reconsideration first (行政复议法 Art. 23
// 第一款第（三）项 with Art. 11), within 60 days counted from the end of the reply period
// (行政复议法实施条例 Art. 16 第一款第（一）项: 有履行期限规定的，自履行期限届满之日起计算).
RemedyWindow failureToActWindow(const QDate& replyDue, const WorkingCalendar& calendar, const QDate& asOf);

// "行政复议期限至 2026-09-16（剩 12 天）" style, translated.
QString describeRemedyWindow(const RemedyWindow& window);

// The sentence that goes with the windows of a reconsideration-first decision ("a lawsuit only
// after the reconsideration decision"); empty for the other clauses.
QString describeRemedyClause(RemedyClause clause);

} // namespace ogi
