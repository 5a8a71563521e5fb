#pragma once

#include <QObject>

namespace ogi::ui {

// Writes every warning and error the desktop shows in a message box to the log file
// (log::warning / log::error), whichever widget shows it. Install once on the application:
// `app.installEventFilter(new MessageBoxLog(&app))`.
class MessageBoxLog : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ogi::ui
