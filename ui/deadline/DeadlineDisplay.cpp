#include "DeadlineDisplay.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace ogi::ui {

QVariant deadlineBackground(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return QBrush(QColor(0xf8, 0xd0, 0xd0));
    case DeadlineStatus::DueToday:
        return QBrush(QColor(0xff, 0xdd, 0xb0));
    case DeadlineStatus::DueSoon:
        return QBrush(QColor(0xff, 0xf2, 0xbf));
    case DeadlineStatus::Paused:
        return QBrush(QColor(0xe3, 0xea, 0xf3));
    default:
        return {};
    }
}

QVariant deadlineForeground(DeadlineStatus status)
{
    return status == DeadlineStatus::MetLate ? QVariant(QBrush(QColor(0x9b, 0x1c, 0x1c))) : QVariant();
}

QString workingDaysLeftText(const PeriodStatus& period)
{
    if (period.status == DeadlineStatus::Overdue)
        return QCoreApplication::translate("ogi::ui::DeadlineDisplay", "%n overdue", nullptr, -period.workingDaysLeft);
    if (period.status == DeadlineStatus::OnTrack || period.status == DeadlineStatus::DueSoon)
        return QString::number(period.workingDaysLeft);
    return deadlineStatusName(period.status);
}

} // namespace ogi::ui
