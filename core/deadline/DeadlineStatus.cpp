#include "DeadlineStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DeadlineStatus)
    };
} // namespace

QString periodKindCode(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Reply:
        return u"reply"_s;
    case PeriodKind::SupplementNotice:
        return u"supplement_notice"_s;
    case PeriodKind::Consultation:
        return u"consultation"_s;
    case PeriodKind::FeePayment:
        return u"fee_payment"_s;
    }
    return {};
}

QString periodKindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Reply:
        return Tr::tr("Reply (Art. 33)");
    case PeriodKind::SupplementNotice:
        return Tr::tr("Supplement notice (Art. 30)");
    case PeriodKind::Consultation:
        return Tr::tr("Consultation answer (Art. 32, 34)");
    case PeriodKind::FeePayment:
        return Tr::tr("Fee payment (Art. 42)");
    }
    return {};
}

QString deadlineStatusCode(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::OnTrack:
        return u"on_track"_s;
    case DeadlineStatus::DueSoon:
        return u"due_soon"_s;
    case DeadlineStatus::DueToday:
        return u"due_today"_s;
    case DeadlineStatus::Overdue:
        return u"overdue"_s;
    case DeadlineStatus::Paused:
        return u"paused"_s;
    case DeadlineStatus::MetOnTime:
        return u"met_on_time"_s;
    case DeadlineStatus::MetLate:
        return u"met_late"_s;
    case DeadlineStatus::Closed:
        return u"closed"_s;
    }
    return {};
}

QString deadlineStatusName(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::OnTrack:
        return Tr::tr("on track");
    case DeadlineStatus::DueSoon:
        return Tr::tr("due soon");
    case DeadlineStatus::DueToday:
        return Tr::tr("due today");
    case DeadlineStatus::Overdue:
        return Tr::tr("overdue");
    case DeadlineStatus::Paused:
        return Tr::tr("paused");
    case DeadlineStatus::MetOnTime:
        return Tr::tr("met on time");
    case DeadlineStatus::MetLate:
        return Tr::tr("met late");
    case DeadlineStatus::Closed:
        return Tr::tr("closed");
    }
    return {};
}

bool isRunning(DeadlineStatus status)
{
    return status == DeadlineStatus::OnTrack || status == DeadlineStatus::DueSoon || status == DeadlineStatus::DueToday
        || status == DeadlineStatus::Overdue;
}

} // namespace ogi
