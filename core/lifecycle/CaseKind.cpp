#include "CaseKind.h"

#include <QCoreApplication>

namespace ogi {

const QList<Term<CaseKind>>& caseKinds()
{
    static const QList<Term<CaseKind>> terms = {
        { CaseKind::Disclosure, "disclosure", "政府信息公开申请",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Application for government information") },
        { CaseKind::Correction, "correction", "更正申请",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Request to correct a record (Art. 41)") },
    };
    return terms;
}

bool hasStatutoryReplyPeriod(CaseKind kind) { return kind == CaseKind::Disclosure; }

} // namespace ogi
