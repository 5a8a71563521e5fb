#include "DemoData.h"

#include "demo/DemoNoticeText.h"
#include "demo/DemoVocabulary.h"
#include "lifecycle/ReplyType.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "register/CaseRepository.h"
#include "settings/OfficeSettings.h"
#include "storage/WriteTransaction.h"
#include "workflow/ExemptionArticle.h"

#include <QList>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Step
    {
        QString action;
        QString outcome;
    };

    // Outcome codes with weights close to published county-level annual reports.
    QString randomOutcome(QRandomGenerator& random)
    {
        struct Weighted
        {
            const char16_t* code;
            int weight;
        };
        static const Weighted outcomes[] = { { u"disclosed", 44 }, { u"partly_disclosed", 7 }, { u"withheld_4", 3 },
            { u"withheld_6", 2 }, { u"withheld_7", 1 }, { u"withheld_3", 1 }, { u"withheld_5", 1 },
            { u"unavailable_1", 24 }, { u"unavailable_2", 3 }, { u"unavailable_3", 1 }, { u"not_processed_2", 3 },
            { u"not_processed_3", 1 }, { u"not_processed_5", 1 } };
        int total = 0;
        for (const Weighted& w : outcomes)
            total += w.weight;
        int roll = random.bounded(total);
        for (const Weighted& w : outcomes) {
            if (roll < w.weight)
                return QString::fromUtf16(w.code);
            roll -= w.weight;
        }
        return u"disclosed"_s;
    }

    // The whole path a case would take; the generator stops where the dates reach today.
    QList<Step> plannedPath(QRandomGenerator& random)
    {
        const int kind = random.bounded(100);
        if (kind < 3) // withdrawn by the applicant
            return { { u"accept"_s, {} }, { u"assign"_s, {} }, { u"withdraw"_s, {} } };
        if (kind < 7) // supplement asked, never given
            return { { u"request_supplement"_s, {} }, { u"supplement_overdue"_s, {} }, { u"archive"_s, {} } };
        if (kind < 11) // a petition dressed as an application: concluded at once (Art. 39)
            return { { u"accept"_s, {} }, { u"draft"_s, u"not_processed_1"_s }, { u"submit"_s, {} },
                { u"sign_off"_s, {} }, { u"deliver"_s, {} }, { u"delivery_received"_s, {} }, { u"archive"_s, {} } };

        QList<Step> path;
        if (kind < 25)
            path << Step { u"request_supplement"_s, {} } << Step { u"supplement_received"_s, {} };
        else
            path << Step { u"accept"_s, {} };
        path << Step { u"assign"_s, {} };
        if (kind % 9 == 0)
            path << Step { u"consult"_s, {} } << Step { u"consult_answer"_s, {} };
        const QString outcome = randomOutcome(random);
        path << Step { u"submit_review"_s, {} } << Step { u"review"_s, outcome } << Step { u"draft"_s, outcome };
        if (kind % 13 == 0) // returned once by the chief, reviewed and drafted again
            path << Step { u"submit"_s, {} } << Step { u"return"_s, {} } << Step { u"submit_review"_s, {} }
                 << Step { u"review"_s, outcome } << Step { u"draft"_s, outcome };
        path << Step { u"submit"_s, {} } << Step { u"sign_off"_s, {} } << Step { u"deliver"_s, {} }
             << Step { u"delivery_received"_s, {} } << Step { u"archive"_s, {} };
        return path;
    }

    // The provision a demo refusal rests on: the one whose 不予公开 row its outcome is.
    QString articleFor(const QString& outcome)
    {
        for (const Term<ExemptionArticle>& term : exemptionArticles())
            if (withheldOutcomeFor(term.value) == outcome)
                return QLatin1String(term.code);
        return u"art15_third_party"_s; // 部分公开: the withheld part, most often personal data
    }

    // What the workflow would have recorded with the step, so demo timelines read like real ones.
    QJsonObject demoDetails(const Step& step, QRandomGenerator& random, const QString& caseNumber, bool delivered)
    {
        if (step.action == u"draft")
            return { { u"reply_type"_s, codeOf(replyTypes(), replyTypeForOutcome(step.outcome).value_or(ReplyType::Disclose)) },
                { u"outcome"_s, step.outcome } };
        if (step.action == u"review") { // the review that the outcome implies
            if (step.outcome.startsWith(u"withheld") || step.outcome == u"partly_disclosed") {
                const QString article = articleFor(step.outcome);
                // "第十五条 第三方合法权益" -> the article as the citation names it.
                const QString cited = QString::fromUtf8(
                    termOf(exemptionArticles(), *parseTerm(exemptionArticles(), article)).chinese).section(u' ', 0, 0);
                return { { u"result"_s, step.outcome == u"partly_disclosed" ? u"partial"_s : u"withhold"_s },
                    { u"article"_s, article }, { u"basis"_s, QString(u"《中华人民共和国政府信息公开条例》"_s + cited) } };
            }
            return { { u"result"_s, u"pass"_s } };
        }
        if (step.action == u"deliver") // registered post, tracked
            return { { u"method"_s, u"post"_s },
                { u"tracking_number"_s, u"XA%1CN"_s.arg(random.bounded(100000000, 999999999)) } };
        if (step.action == u"delivery_received")
            return { { u"proof"_s, u"postal_tracking"_s } };
        if (step.action == u"archive") {
            QJsonObject details { { u"archive_number"_s, QString(u"GD-"_s + caseNumber) } };
            if (delivered) // the receipt was tracked (delivery_received)
                details.insert(u"proof"_s, u"postal_tracking"_s);
            return details;
        }
        if (step.action == u"request_supplement") // Art. 30: the period in working days from receipt
            return { { u"items"_s, u"请写明所需信息的名称、文号或者便于查询的其他特征性描述"_s }, { u"days"_s, 10 } };
        if (step.action == u"return")
            return { { u"comment"_s, u"请核实答复依据"_s } };
        return {};
    }

    QDate nextWorkday(QDate date, int days)
    {
        date = date.addDays(days);
        while (date.dayOfWeek() > 5)
            date = date.addDays(1);
        return date;
    }
} // namespace

DemoSummary generateDemoData(const Database& database, int count, const Clock& clock, quint32 seed,
    const QString& actor)
{
    QRandomGenerator random(seed);
    CaseRepository repository(database, clock);
    const QDate today = clock.today();
    const QDate first = today.addMonths(-18);
    const qint64 span = first.daysTo(today);
    static const Channel channelMix[] = { Channel::Online, Channel::Online, Channel::Online, Channel::Post,
        Channel::Post, Channel::InPerson, Channel::Email, Channel::OrdinaryLetter, Channel::Fax };

    // Replies go out in writing: each is issued as its notice (NoticeStore, numbered and stored)
    // before it is delivered, by a clerk acting as `actor`. A register whose agency has no
    // document number pattern cannot issue notices: its demo cases stop at the sign-off.
    NoticeStore notices(database, clock);
    const bool canIssue = !OfficeSettings(database, clock).agencyProfile().documentNumberPattern.isEmpty();
    UserAccount clerk;
    clerk.login = actor;
    clerk.roles = { Role::Clerk };
    QMap<QString, QMap<QString, QString>> editsByType; // demo text per reply notice type
    const auto issueReply = [&](const QString& caseNumber, const QString& outcome, const QDate& date) {
        const ReplyType type = replyTypeForOutcome(outcome).value_or(ReplyType::Disclose);
        const QString code = QLatin1String(replyNoticeType(type).code);
        if (!editsByType.contains(code))
            editsByType.insert(code, demo::demoNoticeEdits(NoticeTemplates(database, clock).composed(code)));
        notices.issue(caseNumber, code, editsByType.value(code), date, clerk);
    };

    DemoSummary summary;
    constexpr int kBatch = 500;
    for (int done = 0; done < count;) {
        WriteTransaction batch(database.connection());
        for (int i = 0; i < kBatch && done < count; ++i, ++done) {
            Application app;
            const bool organisation = random.bounded(100) < 22;
            app.applicants << (organisation ? demo::randomOrganisation(random) : demo::randomPerson(random, today));
            app.channel = channelMix[random.bounded(static_cast<int>(std::size(channelMix)))];
            app.receiptDate = nextWorkday(first, static_cast<int>(random.bounded(span)));
            if (app.receiptDate > today)
                app.receiptDate = today;
            app.submittedDate
                = app.channel == Channel::InPerson ? app.receiptDate : app.receiptDate.addDays(-random.bounded(0, 4));
            app.description = demo::randomRequest(random);
            app.requestedForm = random.bounded(3) == 0 ? RequestedForm::Paper : RequestedForm::Electronic;
            app.deliveryWay = app.applicants.front().email.isEmpty() ? DeliveryWay::Post : DeliveryWay::Email;
            app.department = demo::randomDepartment(random);
            app.clerk = demo::randomClerk(random);
            const QString caseNumber = repository.add(app, actor);

            QDate date = app.receiptDate;
            bool concluded = false;
            bool delivered = false;
            QString outcome;
            for (const Step& step : plannedPath(random)) {
                date = nextWorkday(date, random.bounded(1, step.action == u"consult" ? 12 : 5));
                if (date > today || (step.action == u"deliver" && !canIssue))
                    break;
                if (step.action == u"draft")
                    outcome = step.outcome;
                if (step.action == u"deliver")
                    issueReply(caseNumber, outcome, date);
                repository.recordEvent(caseNumber, step.action, date, actor, QString(),
                    step.action == u"review" ? QString() : step.outcome,
                    demoDetails(step, random, caseNumber, delivered));
                delivered = delivered || step.action == u"deliver";
                concluded = step.action == u"deliver" || step.action == u"withdraw"
                    || step.action == u"supplement_overdue" || concluded;
            }
            summary.cases += 1;
            summary.concluded += concluded ? 1 : 0;
        }
        batch.commit();
    }
    return summary;
}

} // namespace ogi
