#include "DeadlineReport.h"

#include "Timestamps.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // One context for every string of this file: lupdate files a function-local Tr under
    // another context than the one it is looked up in, and its text stays English.
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DeadlineStep)
    };

    QString pauseWhat(PauseReason reason)
    {
        return reason == PauseReason::Consultation ? Tr::tr("Consultation (Art. 32, 34)")
                                                   : Tr::tr("Fee notice (Art. 42)");
    }
} // namespace

const PeriodStatus& DeadlineReport::mostUrgent() const
{
    // Once its 7 days have passed the notice can no longer be sent: the reply is what is left.
    if (supplementNotice && isRunning(supplementNotice->status) && supplementNotice->status != DeadlineStatus::Overdue
        && (!isRunning(reply.status) || supplementNotice->workingDaysLeft <= reply.workingDaysLeft))
        return *supplementNotice;
    return reply;
}

QString describePeriod(const PeriodStatus& p)
{
    const QString due = isoDate(p.due);
    const QString status = deadlineStatusName(p.status);
    switch (p.status) {
    case DeadlineStatus::OnTrack:
    case DeadlineStatus::DueSoon:
        return Tr::tr("due %1 — %2, %n working day(s) left", nullptr, p.workingDaysLeft).arg(due, status);
    case DeadlineStatus::DueToday:
        return Tr::tr("due %1 — due today").arg(due);
    case DeadlineStatus::Overdue:
        return Tr::tr("due %1 — overdue by %n working day(s)", nullptr, -p.workingDaysLeft).arg(due);
    case DeadlineStatus::Paused:
        if (p.due.isValid())
            return Tr::tr("due %1 — paused until %2, %n working day(s) left", nullptr, p.workingDaysLeft)
                .arg(due, isoDate(p.pausedUntil));
        if (p.pausedUntil.isValid())
            return Tr::tr("paused until %1 (the other side's period); %n working day(s) left when the clock resumes",
                nullptr, p.workingDaysLeft)
                .arg(isoDate(p.pausedUntil));
        return Tr::tr("paused until the supplemented application arrives; %n working day(s) from then", nullptr,
            p.workingDaysLeft);
    case DeadlineStatus::MetOnTime:
    case DeadlineStatus::MetLate:
        return Tr::tr("due %1 — %2 (%3)").arg(due, status, isoDate(p.endedOn));
    case DeadlineStatus::Closed:
        return Tr::tr("closed on %1, no reply owed").arg(isoDate(p.endedOn));
    }
    return {};
}

QString stepKindCode(StepKind kind)
{
    switch (kind) {
    case StepKind::Receipt:
        return u"receipt"_s;
    case StepKind::SupplementNoticeDue:
        return u"supplement_notice_due"_s;
    case StepKind::SupplementRequested:
        return u"supplement_requested"_s;
    case StepKind::SupplementReceived:
        return u"supplement_received"_s;
    case StepKind::CountingStarts:
        return u"counting_starts"_s;
    case StepKind::Pause:
        return u"pause"_s;
    case StepKind::PauseOpen:
        return u"pause_open"_s;
    case StepKind::Extension:
        return u"extension"_s;
    case StepKind::LaterDate:
        return u"later_date"_s;
    case StepKind::Due:
        return u"due"_s;
    case StepKind::Replied:
        return u"replied"_s;
    case StepKind::Closed:
        return u"closed"_s;
    case StepKind::Recorded:
        return u"recorded"_s;
    case StepKind::Provisional:
        return u"provisional"_s;
    }
    return {};
}

QString describeStep(const DeadlineStep& s)
{
    const QString date = isoDate(s.date);
    const QString until = isoDate(s.until);
    switch (s.kind) {
    case StepKind::Receipt:
        return Tr::tr("Received on %1 (Art. 31); the day of receipt is not counted.").arg(date);
    case StepKind::SupplementNoticeDue:
        if (s.date.isValid())
            return Tr::tr("Supplement notice sent on %1; it was due by %2 (Art. 30: within %n working day(s) "
                          "of receipt).",
                nullptr, s.days)
                .arg(date, until);
        return Tr::tr("A supplement notice, if one is needed, is due by %1 (Art. 30: within %n working day(s) of "
                      "receipt).",
            nullptr, s.days)
            .arg(until);
    case StepKind::SupplementRequested:
        return Tr::tr("Supplement asked on %1: the reply period runs from the receipt of the supplemented "
                      "application (Art. 30).")
            .arg(date);
    case StepKind::SupplementReceived:
        return Tr::tr("Supplemented application received on %1; that day is not counted (Art. 30).").arg(date);
    case StepKind::CountingStarts:
        return Tr::tr("Counting starts on %1, the first working day after the trigger: %n working day(s) "
                      "(Art. 33).",
            nullptr, s.days)
            .arg(date);
    case StepKind::Pause:
        return Tr::tr("%1 from %2 to %3: %n working day(s) not counted (Art. 33).", nullptr, s.days)
            .arg(pauseWhat(s.pauseReason), date, until);
    case StepKind::PauseOpen:
        return Tr::tr("%1 since %2, no answer yet: the clock is stopped; the other side's period ends on %3; "
                      "%n working day(s) will be left when it resumes.",
            nullptr, s.days)
            .arg(pauseWhat(s.pauseReason), date, until);
    case StepKind::Extension:
        if (!s.until.isValid())
            return Tr::tr("Extension of %n working day(s) approved on %1 (Art. 33).", nullptr, s.days).arg(date);
        return Tr::tr("Extension of %n working day(s) approved on %1 (Art. 33): now due %2.", nullptr, s.days)
            .arg(date, until);
    case StepKind::LaterDate:
        return Tr::tr("Later reply date %1 set by the office (Art. 35), instead of %2.").arg(until, date);
    case StepKind::Due:
        return Tr::tr("Due on %1, the last of %n counted working day(s).", nullptr, s.days).arg(until);
    case StepKind::Replied:
        if (s.days >= 0)
            return Tr::tr("Reply sent on %1, due %2: on time.").arg(date, until);
        return Tr::tr("Reply sent on %1, due %2: late by %n working day(s).", nullptr, -s.days).arg(date, until);
    case StepKind::Closed:
        return Tr::tr("Concluded on %1 without a reply owed.").arg(date);
    case StepKind::Recorded:
        if (s.detail.isEmpty())
            return Tr::tr("Recorded when the period ended on %1: due %2.").arg(date, until);
        return Tr::tr("Recorded when the period ended on %1: due %2 (today's calendar would give %3; the record "
                      "stands).")
            .arg(date, until, s.detail);
    case StepKind::Provisional:
        return Tr::tr("Provisional: %1").arg(s.detail);
    }
    return {};
}

QString periodLine(const PeriodStatus& p)
{
    QString line = Tr::tr("%1: %2", "period: where it stands").arg(periodKindName(p.kind), describePeriod(p));
    if (p.provisional)
        line += u' ' + Tr::tr("[provisional]");
    return line;
}

QStringList deadlineReportLines(const DeadlineReport& report)
{
    QStringList lines;
    lines << periodLine(report.reply);
    if (report.supplementNotice)
        lines << periodLine(*report.supplementNotice);
    lines << Tr::tr("As of %1.").arg(isoDate(report.asOf));
    lines << Tr::tr("How the dates were reached:");
    for (qsizetype i = 0; i < report.steps.size(); ++i)
        lines << u"  %1. "_s.arg(i + 1) + describeStep(report.steps.at(i));
    return lines;
}

} // namespace ogi
