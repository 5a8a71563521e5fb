#include "FeeMethod.h"

namespace ogi {

const QList<Term<FeeMethod>>& feeMethods()
{
    static const QList<Term<FeeMethod>> terms = {
        { FeeMethod::ByCount, "by_count", "按件计收", QT_TRANSLATE_NOOP("ogi::Vocabulary", "By count") },
        { FeeMethod::ByVolume, "by_volume", "按量计收", QT_TRANSLATE_NOOP("ogi::Vocabulary", "By volume") },
    };
    return terms;
}

} // namespace ogi
