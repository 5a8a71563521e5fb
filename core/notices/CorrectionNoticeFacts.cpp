#include "CorrectionNoticeFacts.h"

#include "lifecycle/CaseTransitions.h"
#include "lifecycle/CorrectionVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::NoticeFacts)
    };

    // What the verification found, as a clause of the reply (经审核，…).
    QString findingClause(const QString& finding)
    {
        if (finding == u"inaccurate")
            return u"申请人提供的证据证明本机关提供的上述政府信息记录不准确，情况属实"_s;
        if (finding == u"accurate")
            return u"本机关提供的上述政府信息记录准确"_s;
        if (finding == u"no_evidence")
            return u"申请人提供的证据不能证明本机关提供的上述政府信息记录不准确"_s;
        if (finding == u"not_own_record")
            return u"申请更正的政府信息不属于与申请人自身相关的政府信息"_s;
        if (finding == u"not_competent")
            return u"申请更正的政府信息记录不属于本机关职能范围"_s;
        return {};
    }
} // namespace

QString correctionNoticeProblem(const NoticeType& type, const NoticeContext& c)
{
    const WorkflowFacts& f = c.facts;
    if (!f.hasSignedOffDraft())
        return Tr::tr("The decision on the correction request must be taken and signed off before it is issued.");
    const QString decision = f.draft.value(u"decision"_s).toString();
    if (decision != QLatin1String(type.correctionDecision))
        return Tr::tr("The signed-off decision is \"%1\", not \"%2\".")
            .arg(actionDisplayName(decision), noticeTypeName(type));
    return {};
}

void addCorrectionFacts(QMap<QString, QString>& facts, const NoticeContext& c)
{
    if (c.record.application.kind != CaseKind::Correction)
        return;
    const WorkflowFacts& f = c.facts;
    const QString agency = f.draft.value(u"agency"_s).toString().trimmed();
    if (f.hasCurrentDraft() && !agency.isEmpty())
        facts.insert(u"correction_agency"_s, agency);
    const QString finding = findingClause(f.correctionFinding);
    if (!finding.isEmpty())
        facts.insert(u"correction_finding"_s, finding);
}

void addCorrectionEdits(QMap<QString, QString>& edits, const NoticeContext& c)
{
    if (c.record.application.kind != CaseKind::Correction || !c.facts.hasCurrentDraft())
        return;
    const QJsonObject& draft = c.facts.draft;
    if (const QString done = draft.value(u"correction"_s).toString().trimmed(); !done.isEmpty())
        edits.insert(u"correction_done"_s, done);
    if (const QString reason = draft.value(u"reason"_s).toString().trimmed(); !reason.isEmpty())
        edits.insert(u"reasons"_s, reason);
}

} // namespace ogi
