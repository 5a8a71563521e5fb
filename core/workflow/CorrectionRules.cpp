#include "CorrectionRules.h"

#include "Error.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/CorrectionVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CorrectionRules)
    };
} // namespace

void applyCorrectionRules(const QString& action, const ActionContext& c, ActionEffect& e)
{
    if (!isCorrectionDecision(action))
        return;
    const std::optional<CorrectionFinding> finding = parseTerm(correctionFindings(), c.facts.correctionFinding);
    const QList<CorrectionFinding> allowed = findingsAllowing(action);
    if (!finding || !allowed.contains(*finding)) {
        QStringList names;
        for (CorrectionFinding f : allowed)
            names << displayName(correctionFindings(), f);
        throw Error(ErrorCode::Refused,
            Tr::tr("\"%1\" on case %2 needs the verification of the record to have found: %3 (Art. 41); it found: %4.")
                .arg(actionDisplayName(action), c.record.caseNumber,
                    names.join(QCoreApplication::translate("ogi::Vocabulary", " or ")),
                    finding ? displayName(correctionFindings(), *finding) : Tr::tr("not verified")));
    }
    e.details.insert(u"finding"_s, c.facts.correctionFinding);
}

} // namespace ogi
