#include "DeliveryRules.h"

#include "Timestamps.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/RuleErrors.h"
#include "workflow/ReceiptEvidence.h"
#include "workflow/WorkflowVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DeliveryRules)
    };

    template <typename E>
    QString nameOf(const QList<Term<E>>& terms, const QString& code)
    {
        const std::optional<E> value = parseTerm(terms, code);
        return value ? displayName(terms, *value) : code;
    }
} // namespace

void checkDelivery(const ActionContext& c, ActionEffect& e)
{
    if (const QString problem = actionPrerequisiteProblem(u"deliver"_s, c.record, c.facts); !problem.isEmpty())
        refuseAction(Tr::tr("Case %1 cannot be delivered yet: %2").arg(c.record.caseNumber, problem));
    const QString method = e.details.value(u"method"_s).toString();
    // Registered post and EMS are both tracked: the number is how the delivery is proved later.
    if ((method == u"post" || method == u"ems") && !e.details.contains(u"tracking_number"_s))
        invalidParam(u"tracking_number"_s,
            Tr::tr("Delivery by %1 needs the tracking number.").arg(nameOf(deliveryMethods(), method)));
    const QDate received = parseIsoDate(e.details.value(u"received"_s).toString());
    if (received.isValid() && (received < c.date || received > c.today))
        invalidParam(u"received"_s,
            Tr::tr("The applicant cannot have received the reply on %1: it went out on %2 and "
                   "today is %3.")
                .arg(isoDate(received), isoDate(c.date), isoDate(c.today)));
    if (e.details.contains(u"proof"_s) && !received.isValid())
        invalidParam(u"received"_s, Tr::tr("A proof of receipt goes with the day the applicant received the reply."));
}

void checkDeliveryReceived(const ActionContext& c)
{
    if (c.facts.applicantReceived.isValid())
        refuseAction(Tr::tr("The applicant's receipt is already recorded (%1); correct it with an amendment.")
                         .arg(isoDate(c.facts.applicantReceived)));
}

void checkArchive(const ActionContext& c, ActionEffect& e)
{
    const bool reason = e.details.contains(u"without_proof"_s);
    if (c.record.state != CaseState::Replied) {
        if (reason)
            invalidParam(u"without_proof"_s,
                Tr::tr("Case %1 was concluded without a reply: there is no receipt to prove.")
                    .arg(c.record.caseNumber));
        return;
    }
    const QString proof = c.facts.receiptProof;
    if (provesReceipt(proof)) {
        if (reason)
            invalidParam(u"without_proof"_s,
                Tr::tr("The applicant's receipt is proved (%1): the case is not archived without proof.")
                    .arg(nameOf(receiptEvidence(), proof)));
        e.details.insert(u"proof"_s, proof);
        return;
    }
    // A receipt known only by a phone call or a collection without signature proves nothing
    // on paper: archived with the clerk's reason, like none at all, and says what was known.
    if (!reason)
        invalidParam(u"without_proof"_s, actionCaution(u"archive"_s, c.record, c.facts));
    e.details.insert(u"proof"_s, u"none"_s);
    if (!proof.isEmpty())
        e.details.insert(u"receipt_known_by"_s, proof);
}

} // namespace ogi
