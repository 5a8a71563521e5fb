#pragma once

#include "notices/NoticeFacts.h"

#include <QMap>
#include <QString>

namespace ogi {

// What a correction request's notices (Art. 41) say beyond an application's: the agency
// competent to correct the record (referred, redirected) and what verifying it found.

// Why a correction reply of `type` cannot be issued yet (translated), or empty: its decision
// drafted and signed off.
QString correctionNoticeProblem(const NoticeType& type, const NoticeContext& context);

// correction_agency, correction_finding (in the notice's Chinese), when the case has them.
void addCorrectionFacts(QMap<QString, QString>& facts, const NoticeContext& context);

// The parts the clerk edits, started from the decision: what was corrected, why refused.
void addCorrectionEdits(QMap<QString, QString>& edits, const NoticeContext& context);

} // namespace ogi
