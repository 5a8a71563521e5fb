#pragma once

// Widget tests meet modal dialogs and message boxes that would wait for a person: these
// answer them from the event loop that exec() runs.

#include <QApplication>
#include <QMessageBox>
#include <QMetaObject>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace ogi::test {

// Closes the message box `trigger` opens and returns its text (empty: none opened).
template <typename F>
QString messageFrom(F&& trigger)
{
    auto text = std::make_shared<QString>();
    QTimer::singleShot(0, [text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
    trigger();
    return *text;
}

// Accepts the modal dialog that `trigger` opens, after `fill` has filled it in.
template <typename F>
void acceptNextDialog(F&& trigger, const std::function<void(QWidget*)>& fill = {})
{
    QTimer::singleShot(0, [fill] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return; // the CHECK after trigger() reports it
        if (fill)
            fill(modal);
        QMetaObject::invokeMethod(modal, "accept");
    });
    trigger();
}

} // namespace ogi::test
