#include "RemedyVocabulary.h"

namespace ogi {

const QList<Term<RemedyKind>>& remedyKinds()
{
    static const QList<Term<RemedyKind>> terms = {
        { RemedyKind::Reconsideration, "reconsideration", "行政复议",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Administrative reconsideration") },
        { RemedyKind::LitigationDirect, "litigation_direct", "未经复议直接起诉",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Lawsuit without reconsideration") },
        { RemedyKind::LitigationAfterReconsideration, "litigation_after_reconsideration", "复议后起诉",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Lawsuit after reconsideration") },
    };
    return terms;
}

const QList<Term<RemedyResult>>& remedyResults()
{
    static const QList<Term<RemedyResult>> terms = {
        { RemedyResult::Upheld, "upheld", "维持", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Upheld") },
        { RemedyResult::Corrected, "corrected", "纠正", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Corrected") },
        { RemedyResult::Other, "other", "其他", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other result") },
        { RemedyResult::Pending, "pending", "尚未审结", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Pending") },
    };
    return terms;
}

} // namespace ogi
