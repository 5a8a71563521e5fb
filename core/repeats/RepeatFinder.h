#pragma once

#include "register/Application.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ogi {

struct SimilarCase
{
    QString caseNumber;
    QString applicantName;
    QDate receiptDate;
    QString description;
    double similarity = 0.0; // requestSimilarity, 0..1
};

// Hints at registration. sameApplicant: earlier applications of the same applicant asking
// for much the same thing — an Art. 36(6) repeat or an Art. 35 pattern to look at.
// otherApplicants: other applicants asking for the same information — a sign (Art. 44) that
// it could be disclosed proactively.
struct RepeatHints
{
    // All the same applicant's earlier cases, alike or not (the count shown as soon as the
    // applicant is known, before the request is typed).
    int sameApplicantCases = 0;
    QList<SimilarCase> sameApplicant;
    QList<SimilarCase> otherApplicants;
    bool isEmpty() const { return sameApplicant.isEmpty() && otherApplicants.isEmpty(); }
};

// Requests this alike or more count as similar.
constexpr double kRepeatSimilarity = 0.5;

// The hints for case `caseNumber`, most similar first, at most `limit` of each. Candidates
// of other applicants come from the case_search trigram index; a request under three
// characters is compared whole. Error(NotFound) for an unknown case.
RepeatHints findRepeats(const QSqlDatabase& db, const QString& caseNumber, int limit = 10);

// The same for an application being registered, its first applicant's every case earlier:
// no same-applicant hints when that applicant gave no ID number or credit code
// (hasIdentityNumber), no hints of similar requests while the request is empty.
RepeatHints findRepeats(const QSqlDatabase& db, const Application& application, int limit = 10);

} // namespace ogi
