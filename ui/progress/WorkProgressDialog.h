#pragma once

#include "Progress.h"

#include <QElapsedTimer>
#include <QProgressDialog>

namespace ogi::ui {

// The dialog of long work done by core (a migration, deadlines recomputed after a calendar
// change, an import): it appears only when the work lasts (half a second), shows how far
// it has come, and its Stop button makes core throw Error(Cancelled) and roll back.
class WorkProgressDialog : public QProgressDialog, public Progress
{
    Q_OBJECT
public:
    explicit WorkProgressDialog(const QString& label, QWidget* parent = nullptr);

    bool report(qint64 done, qint64 total) override;

private:
    QElapsedTimer m_sinceUpdate;
};

} // namespace ogi::ui
