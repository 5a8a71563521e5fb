#include "DraftRules.h"

#include "lifecycle/Outcome.h"
#include "lifecycle/ReplyType.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/ExemptionArticle.h"
#include "workflow/RuleErrors.h"
#include "workflow/WorkflowVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DraftRules)
    };

    QString outcomeLabel(const QString& code)
    {
        const std::optional<Outcome> outcome = findOutcome(code);
        return outcome ? outcomeDisplayText(*outcome) : code;
    }

    QString outcomeList(const QStringList& codes)
    {
        QStringList labels;
        for (const QString& code : codes)
            labels << code + u" (" + outcomeLabel(code) + u')';
        return labels.join(u"; ");
    }

    // The 不予公开 rows the newest review allows for a refusal; empty: not checked.
    QStringList rowsTheReviewAllows(const WorkflowFacts& f)
    {
        if (const auto article = parseTerm(exemptionArticles(), f.reviewArticle))
            return { withheldOutcomeFor(*article) };
        return withheldOutcomesNamedIn(f.reviewBasis);
    }
} // namespace

void checkReview(const ActionEffect& e)
{
    const bool pass = e.details.value(u"result"_s).toString() == u"pass";
    if (pass && e.details.contains(u"article"_s))
        invalidParam(u"article"_s, Tr::tr("A review that lets everything be disclosed withholds under no provision."));
    if (!pass && !e.details.contains(u"article"_s))
        invalidParam(u"article"_s,
            Tr::tr("A review that withholds anything must name the provision it rests on "
                   "(Art. 14, 15 or 16)."));
    if (!pass && !e.details.contains(u"basis"_s))
        invalidParam(u"basis"_s, Tr::tr("A review that withholds anything must name its legal basis."));
}

void checkDraft(const ActionContext& c, ActionEffect& e)
{
    const WorkflowFacts& f = c.facts;
    const ReplyType type = *parseTerm(replyTypes(), e.details.value(u"reply_type"_s).toString());
    const QString typeName = displayName(replyTypes(), type);
    const QStringList allowed = allowedOutcomes(type);
    const bool reviewed = c.record.state == CaseState::Drafting && !f.reviewResult.isEmpty();
    const QStringList reviewRows = reviewed && f.reviewResult == u"withhold" && type == ReplyType::Withhold
        ? rowsTheReviewAllows(f)
        : QStringList();
    // The step that must come first, with the sentence the desktop explains it with.
    if (const QString problem = draftReplyTypeProblem(type, c.record, f); !problem.isEmpty())
        refuseAction(problem);
    QString outcome = e.details.value(u"outcome"_s).toString();
    if (outcome.isEmpty() && allowed.size() == 1)
        outcome = allowed.front();
    if (outcome.isEmpty() && reviewRows.size() == 1)
        outcome = reviewRows.front();
    if (outcome.isEmpty())
        invalidParam(u"outcome"_s,
            Tr::tr("A reply of type %1 needs the outcome for the annual report: one of %2.")
                .arg(typeName, outcomeList(allowed)));
    if (!allowed.contains(outcome))
        invalidParam(u"outcome"_s,
            Tr::tr("A reply of type %1 cannot be counted as %2; it is counted as one of %3.")
                .arg(typeName, outcomeLabel(outcome), outcomeList(allowed)));
    if (!reviewRows.isEmpty() && !reviewRows.contains(outcome)) {
        const auto article = parseTerm(exemptionArticles(), f.reviewArticle);
        invalidParam(u"outcome"_s,
            Tr::tr("The confidentiality review withheld under %1: the refusal is counted as %2, not as %3.")
                .arg(article ? displayName(exemptionArticles(), *article) : f.reviewBasis, outcomeList(reviewRows),
                    outcomeLabel(outcome)));
    }
    e.details.insert(u"outcome"_s, outcome);
    e.outcome = outcome;
}

} // namespace ogi
