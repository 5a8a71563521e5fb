#pragma once

#include "Term.h"

#include <QString>
#include <QStringList>

namespace ogi {

// A correction request (Art. 41: 公民、法人或者其他组织有证据证明行政机关提供的与其自身相关的
// 政府信息记录不准确的，可以要求行政机关更正). What verifying the record (审核) found.
enum class CorrectionFinding
{
    Inaccurate, // 审核属实: the record is inaccurate — 应当予以更正
    Accurate, // the record is accurate
    NoEvidence, // the evidence does not show the record inaccurate
    NotOwnRecord, // not information about the applicant (与其自身相关 is Art. 41's condition)
    NotCompetent, // 不属于本行政机关职能范围: another agency is competent to correct it
};

const QList<Term<CorrectionFinding>>& correctionFindings();

// The decisions on a correction request, each an action of its own: "correct", "refer"
// (转送有权更正的行政机关处理), "redirect" (告知申请人向有权更正的行政机关提出),
// "refuse_correction". Each is the reply that is then signed off and delivered.
const QStringList& correctionDecisions();
bool isCorrectionDecision(const QString& action);

// The findings a decision may rest on (Art. 41): correct on an inaccurate record; refer or
// redirect when another agency is competent; refuse otherwise.
QList<CorrectionFinding> findingsAllowing(const QString& decision);

// The decision as the register list and `ogi show` name it ("予以更正" in zh_CN).
QString correctionDecisionName(const QString& decision);

// The decision in Art. 41's own words, whatever the language (予以更正, 转送有权更正的行政机关处理,
// 告知向有权更正的行政机关提出, 不予更正): what a ledger export writes. Empty for another action.
QString correctionDecisionLegalName(const QString& decision);

} // namespace ogi
