#include "CorrectionVocabulary.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace ogi {

const QList<Term<CorrectionFinding>>& correctionFindings()
{
    using F = CorrectionFinding;
    static const QList<Term<CorrectionFinding>> terms = {
        { F::Inaccurate, "inaccurate", "记录不准确",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "The record is inaccurate (verified)") },
        { F::Accurate, "accurate", "记录准确", QT_TRANSLATE_NOOP("ogi::Vocabulary", "The record is accurate") },
        { F::NoEvidence, "no_evidence", "证据不足",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "The evidence does not show the record inaccurate") },
        { F::NotOwnRecord, "not_own_record", "非与申请人自身相关的信息",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Not information about the applicant") },
        { F::NotCompetent, "not_competent", "不属于本机关职能范围",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Not within this office's functions: another agency may correct it") },
    };
    return terms;
}

const QStringList& correctionDecisions()
{
    static const QStringList decisions { u"correct"_s, u"refer"_s, u"redirect"_s, u"refuse_correction"_s };
    return decisions;
}

bool isCorrectionDecision(const QString& action) { return correctionDecisions().contains(action); }

QList<CorrectionFinding> findingsAllowing(const QString& decision)
{
    using F = CorrectionFinding;
    if (decision == u"correct")
        return { F::Inaccurate };
    if (decision == u"refer" || decision == u"redirect")
        return { F::NotCompetent };
    if (decision == u"refuse_correction")
        return { F::Accurate, F::NoEvidence, F::NotOwnRecord };
    return {};
}

QString correctionDecisionName(const QString& decision)
{
    if (decision == u"correct")
        return QCoreApplication::translate("ogi::Vocabulary", "Record corrected");
    if (decision == u"refer")
        return QCoreApplication::translate("ogi::Vocabulary", "Referred to the competent agency");
    if (decision == u"redirect")
        return QCoreApplication::translate("ogi::Vocabulary", "Told to ask the competent agency");
    if (decision == u"refuse_correction")
        return QCoreApplication::translate("ogi::Vocabulary", "Correction refused");
    return decision;
}

QString correctionDecisionLegalName(const QString& decision)
{
    static const QMap<QString, QString> names { { u"correct"_s, u"予以更正"_s },
        { u"refer"_s, u"转送有权更正的行政机关处理"_s }, { u"redirect"_s, u"告知向有权更正的行政机关提出"_s },
        { u"refuse_correction"_s, u"不予更正"_s } };
    return names.value(decision);
}

} // namespace ogi
