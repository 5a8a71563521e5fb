#include "CaseDeadlineFacts.h"

#include "Timestamps.h"
#include "lifecycle/CaseTransitions.h"

#include <QVarLengthArray>

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
    // Art. 33(2): the applicant is told of the extension by its notice (issued, not voided) or
    // by one sent outside OGI Desk and recorded as such.
    QVarLengthArray<std::pair<qint64, QDate>, 2> extensionNotices;
    QDate toldOutside;
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
        else if (a == u"notice_received") {
            // The applicant's receipt of the fee notice starts their 20 working days to pay.
            if (e.details.value(u"notice_type"_s).toString() == u"fee" && !facts.pauses.isEmpty()
                && facts.pauses.back().reason == PauseReason::FeePayment && !facts.pauses.back().to.isValid())
                facts.pauses.back().noticeReceived = parseIsoDate(e.details.value(u"received"_s).toString());
        } else if (a == u"issue_notice") {
            if (e.details.value(u"notice_type"_s).toString() == u"extension")
                extensionNotices.append({ e.details.value(u"notice_id"_s).toInteger(), e.eventDate });
        } else if (a == u"void_notice") {
            const qint64 id = e.details.value(u"notice_id"_s).toInteger();
            for (qsizetype i = extensionNotices.size() - 1; i >= 0; --i)
                if (extensionNotices.at(i).first == id)
                    extensionNotices.remove(i);
        } else if (a == u"extension_notice_sent") {
            toldOutside = parseIsoDate(e.details.value(u"told"_s).toString());
        } else if (a == u"approve_extension")
            facts.extensions.append({ e.details.value(u"days"_s).toInt(), e.eventDate });
        else if (a == u"set_later_date")
            facts.laterDate = parseIsoDate(e.details.value(u"later_date"_s).toString());
        else if (deliversReply(a)) {
            facts.replied = e.eventDate;
            // An old ledger says only that the period was extended: by the most Art. 33
            // allows, from the day the application arrived. It keeps no notice; its word that
            // the period was extended is taken as the applicant having been told (Art. 33(2)).
            if (a == u"import_reply" && e.details.value(u"extended"_s).toBool())
                facts.extensions.append({ e.details.value(u"extension_days"_s).toInt(), receipt, receipt });
        } else if (a == u"withdraw" || a == u"supplement_overdue" || a == u"fee_overdue" || a == u"import_close")
            facts.closed = e.eventDate;
    }
    if (!facts.extensions.isEmpty() && !facts.extensions.front().told.isValid()) {
        QDate told = toldOutside;
        for (const auto& notice : extensionNotices)
            if (!told.isValid() || notice.second < told)
                told = notice.second;
        facts.extensions.front().told = told;
    }
    // Art. 30's notice window is open while the application is neither accepted nor
    // answered with a supplement request.
    facts.awaitingAcceptance = !events.isEmpty() && events.back().toState == CaseState::Registered;
    return facts;
}

} // namespace ogi
