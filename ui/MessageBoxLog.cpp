#include "MessageBoxLog.h"

#include "log/LogFile.h"

#include <QEvent>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace ogi::ui {

bool MessageBoxLog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        if (const auto* box = qobject_cast<const QMessageBox*>(watched)) {
            const QString line = u"shown to the user: %1: %2"_s.arg(box->windowTitle(), box->text());
            if (box->icon() == QMessageBox::Critical)
                log::error(line);
            else if (box->icon() == QMessageBox::Warning)
                log::warning(line);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ogi::ui
