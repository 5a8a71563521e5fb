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
        if (p.pausedFor == PauseReason::FeePayment && !p.pausedUntil.isValid())
            return Tr::tr("paused for the fee; the applicant's period to pay is not known until the receipt of the fee "
                          "notice is recorded; %n working day(s) left when the clock resumes",
                nullptr, p.workingDaysLeft);
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
    case StepKind::ConsultationCapped:
        return u"consultation_capped"_s;
    case StepKind::FeeWaiting:
        return u"fee_waiting"_s;
    case StepKind::ExtensionPending:
        return u"extension_pending"_s;
    case StepKind::ExtensionNotTold:
        return u"extension_not_told"_s;
    }
    return {};
}

QStringList periodWarningCodes(PeriodWarnings warnings)
{
    QStringList codes;
    if (warnings.testFlag(PeriodWarning::ExtensionNotTold))
        codes << u"extension_not_told"_s;
    if (warnings.testFlag(PeriodWarning::ExtensionNoticeUrgent))
        codes << u"extension_notice_urgent"_s;
    if (warnings.testFlag(PeriodWarning::FeeReceiptUnknown))
        codes << u"fee_receipt_unknown"_s;
    if (warnings.testFlag(PeriodWarning::ConsultationUnanswered))
        codes << u"consultation_unanswered"_s;
    return codes;
}

QStringList describeWarnings(const PeriodStatus& p)
{
    QStringList lines;
    if (p.warnings.testFlag(PeriodWarning::ExtensionNoticeUrgent))
        lines << Tr::tr("The extension notice is still missing, %n working day(s) before the deadline of %1: issue "
                        "the notice of extension (or record it as sent) by then, or the extension does not count "
                        "(Art. 33(2)).",
            nullptr, p.workingDaysLeft)
                     .arg(isoDate(p.due));
    else if (p.warnings.testFlag(PeriodWarning::ExtensionNotTold))
        lines << (p.due.isValid()
                ? Tr::tr("The extension is approved but the applicant has not been told: it counts only once the "
                         "notice of extension is issued (or recorded as sent), no later than %1 (Art. 33(2)).")
                      .arg(isoDate(p.due))
                : Tr::tr("The extension is approved but the applicant has not been told: it counts only once the "
                         "notice of extension is issued (or recorded as sent) within the original period (Art. "
                         "33(2))."));
    if (p.warnings.testFlag(PeriodWarning::FeeReceiptUnknown))
        lines << Tr::tr("Record when the applicant received the fee notice: their 20 working days to pay run from "
                        "the day after (Art. 7 of the fee measures), and until then they cannot be counted.");
    if (p.warnings.testFlag(PeriodWarning::ConsultationUnanswered))
        lines << Tr::tr("The consulted side did not answer within its 15 working days: the clock runs again and the "
                        "office decides without the answer (Art. 32; Art. 34: no answer counts as consent).");
    return lines;
}

QStringList reportWarnings(const DeadlineReport& report)
{
    QStringList lines = describeWarnings(report.reply);
    const std::optional<PeriodStatus>& notice = report.supplementNotice;
    if (notice && notice->status == DeadlineStatus::MetLate)
        lines << Tr::tr("The supplement notice went out on %1, %n working day(s) after the 7 that Art. 30 allows "
                        "(due %2).",
            nullptr, -notice->workingDaysLeft)
                     .arg(isoDate(notice->endedOn), isoDate(notice->due));
    return lines;
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
        return Tr::tr("%1 since %2, no answer yet: the clock is stopped until the answer, at the latest until the "
                      "other side's period ends on %3, and then runs again; %n working day(s) will be left when it "
                      "resumes.",
            nullptr, s.days)
            .arg(pauseWhat(s.pauseReason), date, until);
    case StepKind::Extension:
        if (!s.until.isValid())
            return Tr::tr("Extension of %n working day(s) approved on %1, the applicant told on %2 (Art. 33(2)).",
                nullptr, s.days)
                .arg(date, isoDate(s.related));
        return Tr::tr("Extension of %n working day(s) approved on %1, the applicant told on %3 (Art. 33(2)): now due "
                      "%2.",
            nullptr, s.days)
            .arg(date, until, isoDate(s.related));
    case StepKind::ExtensionPending:
        if (!s.until.isValid())
            return Tr::tr(
                "Extension of %n working day(s) approved on %1, not told to the applicant yet: it counts only "
                "once they are told within the original period (Art. 33(2)).",
                nullptr, s.days)
                .arg(date);
        return Tr::tr("Extension of %n working day(s) approved on %1, not told to the applicant yet: it counts only "
                      "once they are told, no later than %2 (Art. 33(2)); until then the deadline stays %2 (told in "
                      "time: %3).",
            nullptr, s.days)
            .arg(date, until, isoDate(s.related));
    case StepKind::ExtensionNotTold:
        if (s.related.isValid())
            return Tr::tr("Extension approved on %1 but the applicant was not told by the original deadline %2 (told "
                          "on %3; Art. 33(2)): it does not count.")
                .arg(date, until, isoDate(s.related));
        return Tr::tr("Extension approved on %1 but the applicant was not told by the original deadline %2 (Art. "
                      "33(2)): it does not count.")
            .arg(date, until);
    case StepKind::ConsultationCapped:
        if (s.related.isValid())
            return Tr::tr("Consultation (Art. 32, 34) from %1, answered on %3, after the other side's 15 working days "
                          "ended on %2: only %n working day(s) are not counted (Art. 33).",
                nullptr, s.days)
                .arg(date, until, isoDate(s.related));
        return Tr::tr("Consultation (Art. 32, 34) since %1, no answer within the other side's 15 working days, which "
                      "ended on %2: only %n working day(s) are not counted and the clock runs again; the office "
                      "decides (Art. 32, 34).",
            nullptr, s.days)
            .arg(date, until);
    case StepKind::FeeWaiting:
        if (s.related.isValid())
            return Tr::tr("Fee notice (Art. 42) sent on %1 and received by the applicant on %2: the clock is stopped "
                          "until payment; they may pay until %3 (20 working days from the day after receipt, Art. 7 of "
                          "the fee measures); %n working day(s) will be left when it resumes.",
                nullptr, s.days)
                .arg(date, isoDate(s.related), until);
        return Tr::tr("Fee notice (Art. 42) sent on %1: the clock is stopped until payment; the applicant's 20 "
                      "working days to pay run from the day after they receive it, which is not recorded yet (Art. 7 "
                      "of the fee measures); %n working day(s) will be left when it resumes.",
            nullptr, s.days)
            .arg(date);
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
    for (const QString& warning : reportWarnings(report))
        lines << Tr::tr("Attention: %1").arg(warning);
    lines << Tr::tr("As of %1.").arg(isoDate(report.asOf));
    lines << Tr::tr("How the dates were reached:");
    for (qsizetype i = 0; i < report.steps.size(); ++i)
        lines << u"  %1. "_s.arg(i + 1) + describeStep(report.steps.at(i));
    return lines;
}

} // namespace ogi
