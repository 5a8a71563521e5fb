#include "DeadlineColours.h"

#include <QBrush>
#include <QColor>

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

} // namespace ogi::ui
