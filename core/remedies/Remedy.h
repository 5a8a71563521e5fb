#pragma once

#include "remedies/RemedyVocabulary.h"

#include <QDate>
#include <QString>

namespace ogi {

// One reconsideration or lawsuit against a case (DESIGN.md §3).
struct Remedy
{
    qint64 id = 0; // 0 until stored
    qint64 caseId = 0;
    RemedyKind kind = RemedyKind::Reconsideration;
    QDate filed;
    QString body; // the reconsideration body or the court
    RemedyResult result = RemedyResult::Pending;
    QDate concluded; // invalid while pending
};

} // namespace ogi
