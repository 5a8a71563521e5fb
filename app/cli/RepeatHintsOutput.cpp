#include "RepeatHintsOutput.h"

#include "Timestamps.h"
#include "validation/TextFieldCheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::RepeatHintsOutput)
    };

    void printCases(QTextStream& out, const QList<SimilarCase>& cases)
    {
        for (const SimilarCase& c : cases)
            out << u"  "_s << c.caseNumber << u"  "_s << isoDate(c.receiptDate) << u"  "_s
                << printableText(c.applicantName, true) << u"  "_s << Tr::tr("%1% alike").arg(qRound(c.similarity * 100))
                << u"  "_s << printableText(c.description.left(40), true) << Qt::endl;
    }
} // namespace

void printRepeatHints(QTextStream& out, const RepeatHints& hints)
{
    if (!hints.sameApplicant.isEmpty()) {
        out << Tr::tr("Similar earlier applications of the same applicant (a repeat, Art. 36(6), or Art. 35?):")
            << Qt::endl;
        printCases(out, hints.sameApplicant);
    }
    if (!hints.otherApplicants.isEmpty()) {
        out << Tr::tr("Other applicants asked for similar information (consider proactive disclosure, Art. 44):")
            << Qt::endl;
        printCases(out, hints.otherApplicants);
    }
}

} // namespace ogi::cli
