#include "RepeatFinder.h"

#include "Error.h"
#include "Timestamps.h"
#include "register/ApplicantIdentity.h"
#include "register/CaseSearchIndex.h"
#include "repeats/TextSimilarity.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RepeatFinder)
    };

    // How many candidates the index may offer, and how many trigrams the query uses: enough
    // for any real request, bounded so a pasted essay stays fast.
    constexpr int kCandidates = 200;

    const QString kColumns = u"l.id, l.case_number, l.applicant_name, l.receipt_date, l.description"_s;

    SimilarCase readCase(const QSqlQuery& q, double similarity)
    {
        return { q.value(1).toString(), q.value(2).toString(), parseIsoDate(q.value(3).toString()),
            q.value(4).toString(), similarity };
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

    // What an application is compared by: its first applicant's identity (empty: unknown),
    // its request, and for a registered case its place in the register (id, receipt date),
    // before which the same applicant's cases are earlier.
    struct Subject
    {
        qint64 id = 0; // 0: not registered, every case is earlier
        QString receipt;
        QString description;
        QString identity;
    };

    RepeatHints hintsFor(const QSqlDatabase& db, const Subject& self, int limit)
    {
        const QSet<QString> grams = trigramsOf(normaliseRequestText(self.description));
        const bool request = !grams.isEmpty();
        RepeatHints hints;
        if (!self.identity.isEmpty()) {
            // The same applicant's earlier cases: few, read them all.
            QVariantList values { self.identity };
            QString earlier;
            if (self.id != 0) {
                earlier = u" AND (l.receipt_date < ? OR (l.receipt_date = ? AND l.id < ?))"_s;
                values << self.receipt << self.receipt << self.id;
            }
            QSqlQuery same = sql::runWith(db,
                u"SELECT "_s + kColumns + u" FROM case_list l "
                u"JOIN case_applicants ca ON ca.case_id = l.id AND ca.position = 0 "
                u"JOIN applicants a ON a.id = ca.applicant_id WHERE a.identity_key = ?"_s + earlier,
                values);
            while (sql::next(same)) {
                ++hints.sameApplicantCases;
                if (!request)
                    continue;
                const double s
                    = requestSimilarity(grams, trigramsOf(normaliseRequestText(same.value(4).toString())));
                if (s >= kRepeatSimilarity)
                    hints.sameApplicant << readCase(same, s);
            }
            keepBest(hints.sameApplicant, limit);
        }
        if (!request)
            return hints;

        // Other applicants: candidates from the trigram index, or equal text when too short.
        const SimilarRequests similar = similarRequestsQuery(db, self.description, kCandidates);
        QSqlQuery others = similar.casesQuery.isEmpty()
            ? sql::run(db,
                  u"SELECT "_s + kColumns + u", a.identity_key FROM case_list l "
                  u"JOIN case_applicants ca ON ca.case_id = l.id AND ca.position = 0 "
                  u"JOIN applicants a ON a.id = ca.applicant_id WHERE l.description = ? LIMIT ?"_s,
                  { self.description, kCandidates })
            : sql::runWith(db,
                  u"SELECT "_s + kColumns + u", a.identity_key FROM ("_s + similar.casesQuery
                      + u") s JOIN case_list l ON l.id = s.id "
                        u"JOIN case_applicants ca ON ca.case_id = l.id AND ca.position = 0 "
                        u"JOIN applicants a ON a.id = ca.applicant_id"_s,
                  similar.values);
        while (sql::next(others)) {
            if (others.value(0).toLongLong() == self.id || others.value(5).toString() == self.identity)
                continue;
            const double s = requestSimilarity(grams, trigramsOf(normaliseRequestText(others.value(4).toString())));
            if (s >= kRepeatSimilarity)
                hints.otherApplicants << readCase(others, s);
        }
        keepBest(hints.otherApplicants, limit);
        return hints;
    }
} // namespace

RepeatHints findRepeats(const QSqlDatabase& db, const QString& caseNumber, int limit)
{
    QSqlQuery self = sql::run(db,
        u"SELECT c.id, c.receipt_date, c.description, a.identity_key FROM cases c "
        u"JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0 "
        u"JOIN applicants a ON a.id = ca.applicant_id WHERE c.case_number = ?"_s,
        { caseNumber.trimmed() });
    if (!sql::next(self))
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
    const Subject subject { self.value(0).toLongLong(), self.value(1).toString(), self.value(2).toString(),
        self.value(3).toString() };
    self.finish();
    return hintsFor(db, subject, limit);
}

RepeatHints findRepeats(const QSqlDatabase& db, const Application& application, int limit)
{
    Subject subject;
    subject.description = application.description.trimmed();
    if (!application.applicants.isEmpty() && hasIdentityNumber(application.applicants.front()))
        subject.identity = applicantIdentityKey(application.applicants.front());
    return hintsFor(db, subject, limit);
}

} // namespace ogi
