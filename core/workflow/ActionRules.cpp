#include "ActionRules.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/DeadlineCalculator.h"
#include "fees/FeeQuote.h"
#include "lifecycle/CaseTransitions.h"
#include "remedies/RemedyStore.h"
#include "users/ClerkChoice.h"
#include "users/UserRepository.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/DeliveryRules.h"
#include "workflow/DraftRules.h"
#include "workflow/ReasonsRules.h"
#include "workflow/WorkflowVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ActionRules)
    };

    [[noreturn]] void refuse(const QString& message) { throw Error(ErrorCode::Refused, message); }
    [[noreturn]] void invalid(const QString& field, const QString& message)
    {
        throw Error(ErrorCode::InvalidInput, message, { { field, message } });
    }

    QDate dateParam(const QJsonObject& details, const QString& name)
    {
        return parseIsoDate(details.value(name).toString());
    }

    // The step that must come first (ActionPrerequisites: the desktop greys the action out
    // with the same sentence).
    void refuseIfNotReady(const QString& action, const ActionContext& c)
    {
        if (const QString problem = actionPrerequisiteProblem(action, c.record, c.facts); !problem.isEmpty())
            refuse(problem);
    }

    PeriodStatus replyStatus(const ActionContext& c)
    {
        const DeadlineCalculator calculator(c.calendar);
        return calculator.replyStatus(replyFactsFromEvents(c.record.application.receiptDate, c.events), c.date);
    }

    void requestSupplement(const ActionEffect& e)
    {
        // Art. 30 asks for a reasonable period (合理的补正期限); it runs from the day after the
        // applicant receives the notice (notice_received), so no date can be set here.
        const int days = e.details.value(u"days"_s).toInt();
        const int minimum = DeadlineRules().minSupplementDays;
        if (days < minimum)
            invalid(u"days"_s,
                Tr::tr("The supplement period must be at least %1 working days from the applicant's "
                       "receipt of the notice (a reasonable period, Art. 30), not %2.")
                    .arg(minimum)
                    .arg(days));
    }

    // The applicant's working days to supplement: as the request set them; for a request
    // recorded with a due date before periods were counted from the receipt, the days from its
    // notice to that date; for one that recorded neither, the least a request may give.
    int supplementDays(const ActionContext& c)
    {
        const WorkflowFacts& f = c.facts;
        if (f.supplementDays > 0)
            return f.supplementDays;
        if (f.supplementDue.isValid())
            return c.calendar.workingDaysBetween(f.supplementRequested, f.supplementDue);
        return DeadlineRules().minSupplementDays;
    }

    void supplementOverdue(const ActionContext& c)
    {
        const WorkflowFacts& f = c.facts;
        QDate due;
        if (f.supplementNoticeReceived.isValid()) {
            // Art. 30: the period runs from the day after the applicant received the notice.
            due = c.calendar.addWorkingDays(f.supplementNoticeReceived, supplementDays(c));
        } else if (f.supplementDue.isValid()) {
            // A request recorded before receipts were, with its receipt not recorded since:
            // the due date it stored stands.
            due = f.supplementDue;
        } else {
            refuse(Tr::tr("Record when the applicant received the supplement notice of %1 first: their %n working "
                          "day(s) to supplement run from the day after (Art. 30).",
                nullptr, supplementDays(c))
                       .arg(isoDate(f.supplementRequested)));
        }
        if (c.date <= due)
            refuse(Tr::tr("The applicant may supplement until %1: the application can be treated as abandoned only "
                          "after that day (Art. 30).")
                       .arg(isoDate(due)));
    }

    // The applicant received the supplement notice or the fee notice: the day their period
    // starts from. Which notice follows from the state the case waits in.
    void noticeReceived(const ActionContext& c, ActionEffect& e)
    {
        refuseIfNotReady(u"notice_received"_s, c);
        const bool fee = c.record.state == CaseState::AwaitingFee;
        const QDate sent = fee ? c.facts.feeNoticeDate : c.facts.supplementRequested;
        const QDate received = dateParam(e.details, u"received"_s);
        if (received < sent || received > c.date)
            invalid(u"received"_s,
                Tr::tr("The applicant cannot have received the notice on %1: it went out on %2 and "
                       "this step is dated %3.")
                    .arg(isoDate(received), isoDate(sent), isoDate(c.date)));
        e.details.insert(u"notice_type"_s, fee ? u"fee"_s : u"supplement"_s);
        e.details.insert(u"title"_s, fee ? u"信息处理费缴费通知书"_s : u"补正申请告知书"_s);
        // Shown in the timeline; the rules count it again on the office calendar of the day.
        const int days = fee ? DeadlineRules().feePaymentDays : supplementDays(c);
        e.details.insert(u"due"_s, isoDate(c.calendar.addWorkingDays(received, days)));
    }

    // The suggestion names the login first: it is what the CLI's --clerk takes.
    QString suggestionText(const QList<UserAccount>& users)
    {
        QStringList names;
        for (const UserAccount& user : users)
            names << (user.displayName.isEmpty() || user.displayName == user.login
                    ? user.login
                    : Tr::tr("%1 (%2)").arg(user.login, user.displayName));
        return names.join(Tr::tr(" or "));
    }

    void assign(const ActionContext& c, ActionEffect& e)
    {
        const QString login = e.details.value(u"clerk"_s).toString();
        const UserRepository users(c.database);
        const std::optional<UserAccount> clerk = users.find(login);
        if (clerk && clerk->active && clerk->holds(Role::Clerk)) {
            e.details.insert(u"clerk"_s, clerk->login);
            return;
        }
        // A display name or a near miss typed for the login: say whom it may mean.
        const QList<UserAccount> meant = usersResembling(users.assignableClerks(), login);
        if (!clerk && !meant.isEmpty())
            invalid(u"clerk"_s, Tr::tr("There is no user \"%1\"; did you mean %2?").arg(login, suggestionText(meant)));
        if (!clerk)
            invalid(u"clerk"_s,
                Tr::tr("There is no user \"%1\"; a case is assigned to an active user with the role %2.")
                    .arg(login, roleNames({ Role::Clerk })));
        invalid(u"clerk"_s,
            Tr::tr("\"%1\" is not an active user with the role %2.").arg(login, roleNames({ Role::Clerk })));
    }

    void feeNotice(const ActionContext& c, ActionEffect& e)
    {
        const std::optional<FeeMethod> method = parseTerm(feeMethods(), e.details.value(u"method"_s).toString());
        const int pages = e.details.value(u"pages"_s).toInt(-1);
        if (method == FeeMethod::ByVolume && pages < 0)
            invalid(u"pages"_s, Tr::tr("Charging by volume needs the number of pages."));
        const FeeQuote quote = quoteFee(c.db, c.record.id, *method, std::max(pages, 0));
        if (quote.amountYuan <= 0)
            refuse(Tr::tr("No fee may be charged for this application: %1").arg(quote.explanation));
        e.details.insert(u"amount"_s, quote.amountYuan);
        e.details.insert(u"basis"_s, quote.basis);
        e.details.insert(u"explanation"_s, quote.explanation);
    }

    void feePaid(const ActionContext& c, ActionEffect& e)
    {
        const int amount = e.details.value(u"amount"_s).toInt(c.facts.feeAmount);
        if (amount != c.facts.feeAmount)
            invalid(u"amount"_s, Tr::tr("The fee notice asked for %1 yuan; %2 yuan was entered.")
                                     .arg(c.facts.feeAmount)
                                     .arg(amount));
        e.details.insert(u"amount"_s, amount);
    }

    void feeOverdue(const ActionContext& c)
    {
        // 信息处理费管理办法第七条: 20 working days from the day after the applicant received the
        // notice, not from the day it was sent.
        const QDate received = c.facts.feeNoticeReceived;
        if (!received.isValid())
            refuse(Tr::tr("Record when the applicant received the fee notice of %1 first: their 20 working days to pay "
                          "run from the day after (Art. 7 of the fee measures).")
                       .arg(isoDate(c.facts.feeNoticeDate)));
        const QDate due = c.calendar.addWorkingDays(received, DeadlineRules().feePaymentDays);
        if (c.date <= due)
            refuse(Tr::tr("The applicant may pay until %1 (20 working days from the day after receiving the fee notice "
                          "on %2; Art. 7 of the fee measures).")
                       .arg(isoDate(due), isoDate(received)));
    }

    void requestExtension(const ActionContext& c, const ActionEffect& e)
    {
        const int days = e.details.value(u"days"_s).toInt();
        const int maximum = DeadlineRules().maxExtensionDays;
        if (days < 1 || days > maximum)
            invalid(u"days"_s, Tr::tr("An extension adds 1 to %1 working days (Art. 33), not %2.").arg(maximum).arg(days));
        if (c.facts.extensionApproved)
            refuse(Tr::tr("The reply period of case %1 was already extended once; the law allows one extension "
                          "(Art. 33).")
                       .arg(c.record.caseNumber));
        if (c.facts.extensionRequestSeq != 0)
            refuse(Tr::tr("An extension of case %1 is already waiting for the chief's decision.").arg(c.record.caseNumber));
        const PeriodStatus reply = replyStatus(c);
        if (reply.due.isValid() && c.date > reply.due)
            refuse(Tr::tr("The reply was due on %1: an extension must be approved before the deadline (Art. 33).")
                       .arg(isoDate(reply.due)));
    }

    void decideExtension(const ActionContext& c, const QString& action, ActionEffect& e)
    {
        refuseIfNotReady(action, c);
        e.details.insert(u"request_seq"_s, c.facts.extensionRequestSeq);
        if (action == u"approve_extension")
            e.details.insert(u"days"_s, c.facts.extensionRequestDays);
    }

    // A notice of extension made outside OGI Desk, recorded with the day it told the
    // applicant: the extension counts only if that is no later than the deadline (Art. 33(2)).
    void extensionNoticeSent(const ActionContext& c, const ActionEffect& e)
    {
        refuseIfNotReady(u"extension_notice_sent"_s, c);
        const QDate told = dateParam(e.details, u"told"_s);
        if (told < c.facts.extensionApprovedOn || told > c.date)
            invalid(u"told"_s,
                Tr::tr("The applicant cannot have been told on %1: the extension was approved on %2 and "
                       "this step is dated %3.")
                    .arg(isoDate(told), isoDate(c.facts.extensionApprovedOn), isoDate(c.date)));
    }

    void submit(const ActionContext& c) { refuseIfNotReady(u"submit"_s, c); }

    void signOff(const ActionContext& c, ActionEffect& e)
    {
        const bool ownDraft = c.facts.drafter.compare(c.user.login, Qt::CaseInsensitive) == 0;
        if (ownDraft && c.fourEyes)
            refuse(Tr::tr("%1 drafted this reply and so cannot sign it off (four eyes); another chief must sign.")
                       .arg(c.user.login));
        if (ownDraft)
            e.details.insert(u"four_eyes"_s, u"off"_s); // the audit row shows the switch was used
        e.details.insert(u"drafter"_s, c.facts.drafter);
        e.details.insert(u"reply_type"_s, c.facts.draft.value(u"reply_type"_s));
    }

    void remedy(const ActionContext& c, ActionEffect& e)
    {
        Remedy remedy;
        remedy.caseId = c.record.id;
        if (e.details.contains(u"remedy_id"_s)) {
            const qint64 id = e.details.value(u"remedy_id"_s).toInt();
            const QList<Remedy> existing = remediesOf(c.db, c.record.id);
            const auto it = std::find_if(existing.begin(), existing.end(), [&](const Remedy& r) { return r.id == id; });
            if (it == existing.end())
                throw Error(ErrorCode::NotFound,
                    Tr::tr("Case %1 has no remedy number %2.").arg(c.record.caseNumber).arg(id));
            remedy = *it;
            for (const QString& name : { u"kind"_s, u"filed"_s, u"body"_s })
                if (e.details.contains(name))
                    invalid(name, Tr::tr("A recorded remedy's kind, filing date and body are not changed; record its "
                                         "result and concluded date."));
        } else {
            remedy.kind = parseTerm(remedyKinds(), e.details.value(u"kind"_s).toString()).value_or(RemedyKind::Reconsideration);
            if (!e.details.contains(u"kind"_s))
                invalid(u"kind"_s, Tr::tr("Say which remedy: %1.").arg(acceptedCodes(remedyKinds())));
            remedy.filed = dateParam(e.details, u"filed"_s);
            remedy.body = e.details.value(u"body"_s).toString();
            remedy.result = RemedyResult::Pending;
        }
        if (e.details.contains(u"result"_s))
            remedy.result = *parseTerm(remedyResults(), e.details.value(u"result"_s).toString());
        remedy.concluded = dateParam(e.details, u"concluded"_s);
        const QList<FieldIssue> issues = validateRemedy(remedy, c.today);
        if (!issues.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("The remedy cannot be recorded:"), issues);
        e.remedy = remedy;
    }

    void laterDate(const ActionContext& c, const ActionEffect& e)
    {
        refuseIfNotReady(u"set_later_date"_s, c);
        const QDate later = dateParam(e.details, u"later_date"_s);
        const PeriodStatus reply = replyStatus(c);
        if (reply.due.isValid() && later <= reply.due)
            invalid(u"later_date"_s, Tr::tr("The Art. 35 date must be later than the reply deadline %1, not %2.")
                                         .arg(isoDate(reply.due), isoDate(later)));
    }
} // namespace

void applyActionRules(const QString& action, const ActionContext& c, ActionEffect& e)
{
    if (action == u"request_supplement")
        requestSupplement(e);
    else if (action == u"supplement_overdue")
        supplementOverdue(c);
    else if (action == u"notice_received")
        noticeReceived(c, e);
    else if (action == u"assign")
        assign(c, e);
    else if (action == u"fee_notice")
        feeNotice(c, e);
    else if (action == u"fee_paid")
        feePaid(c, e);
    else if (action == u"fee_overdue")
        feeOverdue(c);
    else if (action == u"extend")
        requestExtension(c, e);
    else if (action == u"approve_extension" || action == u"refuse_extension")
        decideExtension(c, action, e);
    else if (action == u"extension_notice_sent")
        extensionNoticeSent(c, e);
    else if (action == u"set_later_date")
        laterDate(c, e);
    else if (action == u"request_reasons")
        checkReasonsRequest(c, e);
    else if (action == u"reasons_received" || action == u"reasons_not_given")
        checkReasonsAnswer(action, c);
    else if (action == u"review")
        checkReview(e);
    else if (action == u"draft")
        checkDraft(c, e);
    else if (action == u"submit")
        submit(c);
    else if (action == u"sign_off")
        signOff(c, e);
    else if (action == u"deliver")
        checkDelivery(c, e);
    else if (action == u"delivery_received")
        checkDeliveryReceived(c);
    else if (action == u"archive")
        checkArchive(c, e);
    else if (action == u"remedy")
        remedy(c, e);
}

} // namespace ogi
