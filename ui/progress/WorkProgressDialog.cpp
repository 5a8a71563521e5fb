#include "WorkProgressDialog.h"

#include <QCoreApplication>

namespace ogi::ui {

WorkProgressDialog::WorkProgressDialog(const QString& label, QWidget* parent)
    : QProgressDialog(label, tr("Stop"), 0, 0, parent)
{
    setWindowTitle(tr("Please wait"));
    setWindowModality(Qt::ApplicationModal);
    setMinimumDuration(500);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumWidth(420);
    // QProgressDialog starts its show timer when constructed; only reported work may show it.
    reset();
}

bool WorkProgressDialog::report(qint64 done, qint64 total)
{
    // Painting costs more than a step of the work: a few updates a second are enough.
    if (!m_sinceUpdate.isValid() || m_sinceUpdate.elapsed() >= 50) {
        m_sinceUpdate.start();
        const int scale = total > 0 ? 1000 : 0;
        setMaximum(scale);
        setValue(total > 0 ? int(done * scale / total) : 0);
        QCoreApplication::processEvents();
    }
    return !wasCanceled();
}

} // namespace ogi::ui
