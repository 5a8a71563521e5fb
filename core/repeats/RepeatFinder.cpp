#include "RepeatFinder.h"

#include "Error.h"
#include "register/ApplicantIdentity.h"
#include "register/CaseSearchIndex.h"
#include "repeats/TextSimilarity.h"
#include "storage/repeats/RequestRows.h"

#include <QCoreApplication>

#include <algorithm>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RepeatFinder)
    };

    // How many candidates the index may offer, and how many trigrams the query uses: enough
    // for any real request, bounded so a pasted essay stays fast.
    constexpr int kCandidates = 200;

    SimilarCase similarCase(const RequestRow& row, double similarity)
    {
        return { row.caseNumber, row.applicantName, row.receiptDate, row.description, similarity };
    }

    void keepBest(QList<SimilarCase>& list, int limit)
    {
        // Equally alike: the latest first, so the answer does not hang on the order the
        // engine's index gave the candidates in.
        std::sort(list.begin(), list.end(), [](const SimilarCase& a, const SimilarCase& b) {
            if (a.similarity != b.similarity)
                return a.similarity > b.similarity;
            if (a.receiptDate != b.receiptDate)
                return a.receiptDate > b.receiptDate;
            return a.caseNumber > b.caseNumber;
        });
        if (list.size() > limit)
            list.resize(limit);
    }

    // `self` is what an application is compared by; for a registered case the same
    // applicant's cases before it in the register are earlier, for a new one all of them.
    RepeatHints hintsFor(const QSqlDatabase& db, const CaseRequest& self, int limit)
    {
        const QSet<QString> grams = trigramsOf(normaliseRequestText(self.description));
        const bool request = !grams.isEmpty();
        RepeatHints hints;
        if (!self.identityKey.isEmpty()) {
            // The same applicant's earlier cases: few, read them all.
            for (const RequestRow& row : applicantRequests(db, self.identityKey, self)) {
                ++hints.sameApplicantCases;
                if (!request)
                    continue;
                const double s = requestSimilarity(grams, trigramsOf(normaliseRequestText(row.description)));
                if (s >= kRepeatSimilarity)
                    hints.sameApplicant << similarCase(row, s);
            }
            keepBest(hints.sameApplicant, limit);
        }
        if (!request)
            return hints;

        // Other applicants: candidates from the trigram index, or equal text when too short.
        const SimilarRequests similar = similarRequestsQuery(db, self.description, kCandidates);
        const QList<RequestRow> others = similar.casesQuery.isEmpty()
            ? requestsWithText(db, self.description, kCandidates)
            : requestsAmong(db, similar.casesQuery, similar.values);
        for (const RequestRow& row : others) {
            if (row.id == self.id || row.identityKey == self.identityKey)
                continue;
            const double s = requestSimilarity(grams, trigramsOf(normaliseRequestText(row.description)));
            if (s >= kRepeatSimilarity)
                hints.otherApplicants << similarCase(row, s);
        }
        keepBest(hints.otherApplicants, limit);
        return hints;
    }
} // namespace

RepeatHints findRepeats(const QSqlDatabase& db, const QString& caseNumber, int limit)
{
    const std::optional<CaseRequest> self = caseRequest(db, caseNumber.trimmed());
    if (!self)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
    return hintsFor(db, *self, limit);
}

RepeatHints findRepeats(const QSqlDatabase& db, const Application& application, int limit)
{
    CaseRequest subject;
    subject.description = application.description.trimmed();
    if (!application.applicants.isEmpty() && hasIdentityNumber(application.applicants.front()))
        subject.identityKey = applicantIdentityKey(application.applicants.front());
    return hintsFor(db, subject, limit);
}

} // namespace ogi
