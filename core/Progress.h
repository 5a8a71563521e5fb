#pragma once

#include <QtGlobal>

namespace ogi {

// How far long work (a migration, recomputing deadlines, an import) has come, and whether the
// person waiting wants it stopped. The UI shows a dialog with a stop button; the CLI passes
// none. Work that takes one runs in one transaction, so stopping keeps nothing of it.
class Progress
{
public:
    virtual ~Progress() = default;
    // `done` of `total` steps (total 0: not known). Returns false to stop.
    virtual bool report(qint64 done, qint64 total) = 0;
};

// Tells `progress` (may be null) how far the work has come; throws Error(Cancelled) when it
// says stop, for the caller's transaction to roll back.
void reportProgress(Progress* progress, qint64 done, qint64 total);

} // namespace ogi
