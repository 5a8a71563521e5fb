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
    // The box may come after other modal work (a progress dialog): look again until it is up.
    auto answer = std::make_shared<std::function<void(int)>>();
    *answer = [text, answer](int triesLeft) {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
            *answer = nullptr; // breaks the cycle: the function owned itself
        } else if (triesLeft > 0) {
            QTimer::singleShot(10, [answer, triesLeft] {
                if (*answer)
                    (*answer)(triesLeft - 1);
            });
        } else {
            *answer = nullptr;
        }
    };
    QTimer::singleShot(0, [answer] {
        if (*answer)
            (*answer)(500);
    });
    trigger();
    *answer = nullptr; // no box left to wait for once `trigger` has returned
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
