#include "FeeSchedule.h"

#include "Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::FeeSchedule)
    };

    // Pages inside the tier (first, last], last < 0 meaning no upper bound.
    int pagesInTier(int pages, int first, int last)
    {
        const int top = last < 0 ? pages : std::min(pages, last);
        return std::max(0, top - first);
    }
} // namespace

int feeByCount(int ordinal)
{
    if (ordinal < 1)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The application's number in the month must be 1 or more, not %1.").arg(ordinal));
    if (ordinal <= 10)
        return 0;
    if (ordinal <= 30)
        return 100;
    return 100 * ((ordinal - 31) / 10 + 2);
}

int feeByVolume(int pages)
{
    if (pages < 0)
        throw Error(ErrorCode::InvalidInput, Tr::tr("The page count must be 0 or more, not %1.").arg(pages));
    return 10 * pagesInTier(pages, 30, 100) + 20 * pagesInTier(pages, 100, 200) + 40 * pagesInTier(pages, 200, -1);
}

} // namespace ogi
