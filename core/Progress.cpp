#include "Progress.h"

#include "Error.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Progress)
    };
} // namespace

void reportProgress(Progress* progress, qint64 done, qint64 total)
{
    if (progress && !progress->report(done, total))
        throw Error(ErrorCode::Cancelled, Tr::tr("Stopped. Nothing of the unfinished work was kept."));
}

} // namespace ogi
