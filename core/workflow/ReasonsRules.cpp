#include "ReasonsRules.h"

#include "Timestamps.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/RuleErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ReasonsRules)
    };
} // namespace

void checkReasonsRequest(const ActionContext& c, const ActionEffect& e)
{
    if (const QString problem = actionPrerequisiteProblem(u"request_reasons"_s, c.record, c.facts); !problem.isEmpty())
        refuseAction(problem);
    if (!c.facts.reasonsAnswer.isEmpty())
        refuseAction(Tr::tr("The applicant's answer to the request for reasons of %1 is already recorded.")
                         .arg(isoDate(c.facts.reasonsRequested)));
    const QDate by = parseIsoDate(e.details.value(u"reply_by"_s).toString());
    if (by <= c.date)
        invalidParam(u"reply_by"_s,
            Tr::tr("The applicant needs time to give reasons: the date must be after the "
                   "request (%1), not %2.")
                .arg(isoDate(c.date), isoDate(by)));
}

void checkReasonsAnswer(const QString& action, const ActionContext& c)
{
    const WorkflowFacts& f = c.facts;
    if (const QString problem = actionPrerequisiteProblem(action, c.record, f); !problem.isEmpty())
        refuseAction(problem);
    if (action != u"reasons_not_given")
        return;
    if (c.date <= f.reasonsDue)
        refuseAction(Tr::tr("The applicant may give reasons until %1: that none were given can be recorded only after "
                            "that day.")
                         .arg(isoDate(f.reasonsDue)));
    const NoticeFact* notice = f.validNotice(u"reasons_request"_s);
    if (notice && notice->issuedOn > f.reasonsDue)
        refuseAction(
            Tr::tr("The request for reasons (%1) was issued on %2, after the day it asked the reasons by (%3): "
                   "ask again with a new date.")
                .arg(notice->number, isoDate(notice->issuedOn), isoDate(f.reasonsDue)));
}

} // namespace ogi
