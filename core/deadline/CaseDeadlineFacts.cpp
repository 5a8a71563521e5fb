#include "CaseDeadlineFacts.h"

#include "Timestamps.h"
#include "workflow/CaseTransitions.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    void openPause(ReplyFacts& facts, PauseReason reason, const QDate& date)
    {
        facts.pauses.append({ reason, date, {} });
    }

    void closePause(ReplyFacts& facts, PauseReason reason, const QDate& date)
    {
        if (!facts.pauses.isEmpty() && facts.pauses.back().reason == reason && !facts.pauses.back().to.isValid())
            facts.pauses.back().to = date;
    }
} // namespace

ReplyFacts replyFactsFromEvents(const QDate& receipt, const QList<CaseEvent>& events)
{
    ReplyFacts facts;
    facts.receipt = receipt;
    for (const CaseEvent& e : events) {
        const QString& a = e.action;
        if (a == u"request_supplement")
            facts.supplementRequested = e.eventDate;
        else if (a == u"supplement_received")
            facts.supplementReceived = e.eventDate;
        else if (a == u"consult")
            openPause(facts, PauseReason::Consultation, e.eventDate);
        else if (a == u"consult_answer")
            closePause(facts, PauseReason::Consultation, e.eventDate);
        else if (a == u"fee_notice")
            openPause(facts, PauseReason::FeePayment, e.eventDate);
        else if (a == u"fee_paid")
            closePause(facts, PauseReason::FeePayment, e.eventDate);
        else if (a == u"approve_extension")
            facts.extensions.append({ e.details.value(u"days"_s).toInt(), e.eventDate });
        else if (a == u"set_later_date")
            facts.laterDate = parseIsoDate(e.details.value(u"later_date"_s).toString());
        else if (deliversReply(a)) {
            facts.replied = e.eventDate;
            // An old ledger says only that the period was extended: by the most Art. 33
            // allows, from the day the application arrived.
            if (a == u"import_reply" && e.details.value(u"extended"_s).toBool())
                facts.extensions.append({ e.details.value(u"extension_days"_s).toInt(), receipt });
        } else if (a == u"withdraw" || a == u"supplement_overdue" || a == u"fee_overdue" || a == u"import_close")
            facts.closed = e.eventDate;
    }
    // Art. 30's notice window is open while the application is neither accepted nor
    // answered with a supplement request.
    facts.awaitingAcceptance = !events.isEmpty() && events.back().toState == CaseState::Registered;
    return facts;
}

} // namespace ogi
