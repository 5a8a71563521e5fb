#include "ActionSpec.h"

#include "Timestamps.h"
#include "fees/FeeMethod.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/CorrectionVocabulary.h"
#include "lifecycle/Outcome.h"
#include "lifecycle/ReplyType.h"
#include "remedies/RemedyVocabulary.h"
#include "workflow/ExemptionArticle.h"
#include "workflow/ReceiptEvidence.h"
#include "workflow/WorkflowVocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ActionSpec)
    };

    using K = ParamKind;
    using R = Role;

    QList<ParamChoice> outcomeChoices()
    {
        QList<ParamChoice> list;
        for (const Outcome& outcome : allOutcomes())
            list.append({ outcome.code, outcome.legalLabel, outcomeDisplayText(outcome) });
        return list;
    }

    // Parameters some actions share.
    ActionParam reasonParam(bool required)
    {
        return { u"reason"_s, K::Text, required, QT_TRANSLATE_NOOP("ogi::ActionParam", "Reason") };
    }

    // How the applicant's receipt is known (送达回证, tracking, signed receipt, email record).
    ActionParam receiptProofParam(bool required)
    {
        return { u"proof"_s, K::Choice, required, QT_TRANSLATE_NOOP("ogi::ActionParam", "Receipt proved by"),
            [] { return choicesOf(receiptEvidence()); } };
    }

    QList<ActionSpec> buildSpecs()
    {
        return {
            { u"accept"_s, { R::Clerk }, {} },
            // The period runs from the applicant's receipt of the notice (Art. 30), so it is
            // given in working days; notice_received then fixes its end.
            { u"request_supplement"_s, { R::Clerk },
                { { u"items"_s, K::Text, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "What to supplement") },
                    { u"days"_s, K::Integer, true,
                        QT_TRANSLATE_NOOP(
                            "ogi::ActionParam", "Supplement period (working days from the applicant's receipt)") } } },
            // The supplement notice or the fee notice reached the applicant: their period runs
            // from the day after (Art. 30; 信息处理费管理办法第七条).
            { u"notice_received"_s, { R::Clerk },
                { { u"received"_s, K::Date, true,
                      QT_TRANSLATE_NOOP("ogi::ActionParam", "Received by the applicant on") },
                    { u"evidence"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "How it is known"),
                        [] { return choicesOf(receiptEvidence()); } } } },
            { u"supplement_received"_s, { R::Clerk }, {} },
            { u"supplement_overdue"_s, { R::Clerk }, {} },
            { u"assign"_s, { R::Clerk, R::Chief },
                { { u"department"_s, K::Text, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Department") },
                    { u"clerk"_s, K::Text, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Clerk") } } },
            { u"consult"_s, { R::Clerk },
                { { u"party_kind"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Consulted"),
                      [] { return choicesOf(consultParties()); } },
                    { u"party"_s, K::Text, true,
                        QT_TRANSLATE_NOOP("ogi::ActionParam", "Name of the third party or agency") } } },
            { u"consult_answer"_s, { R::Clerk },
                { { u"answer"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Answer"),
                    [] { return choicesOf(consultAnswers()); } } } },
            { u"fee_notice"_s, { R::Clerk },
                { { u"method"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Charging method"),
                      [] { return choicesOf(feeMethods()); } },
                    { u"pages"_s, K::Integer, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Pages (by volume)") } } },
            { u"fee_paid"_s, { R::Clerk },
                { { u"amount"_s, K::Integer, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Amount paid (yuan)") } } },
            { u"fee_overdue"_s, { R::Clerk }, {} },
            { u"extend"_s, { R::Clerk },
                { { u"days"_s, K::Integer, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Extension (working days)") },
                    reasonParam(true) } },
            { u"approve_extension"_s, { R::Chief }, {} },
            { u"refuse_extension"_s, { R::Chief }, { reasonParam(true) } },
            // A notice of extension made outside OGI Desk (Art. 33(2): the applicant is told).
            { u"extension_notice_sent"_s, { R::Clerk },
                { { u"told"_s, K::Date, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Applicant told on") },
                    { u"method"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Sent by"),
                        [] { return choicesOf(deliveryMethods()); } },
                    { u"document_number"_s, K::Text, false,
                        QT_TRANSLATE_NOOP("ogi::ActionParam", "Document number of the notice") } } },
            { u"set_later_date"_s, { R::Chief },
                { { u"later_date"_s, K::Date, true,
                      QT_TRANSLATE_NOOP("ogi::ActionParam", "Later reply date (Art. 35)") },
                    reasonParam(true) } },
            { u"request_reasons"_s, { R::Clerk },
                { { u"reply_by"_s, K::Date, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Reasons to be given by") },
                    { u"items"_s, K::Text, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "What to explain") } } },
            { u"reasons_received"_s, { R::Clerk, R::Chief },
                { { u"finding"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "The office finds the reasons"),
                      [] { return choicesOf(reasonsFindings()); } },
                    { u"reasons"_s, K::Text, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "The applicant's reasons") } } },
            { u"reasons_not_given"_s, { R::Clerk }, {} },
            { u"submit_review"_s, { R::Clerk }, {} },
            { u"review"_s, { R::Reviewer },
                { { u"result"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Review result"),
                      [] { return choicesOf(reviewResults()); } },
                    { u"article"_s, K::Choice, false,
                        QT_TRANSLATE_NOOP("ogi::ActionParam", "Provision withheld under (Art. 14–16)"),
                        [] { return choicesOf(exemptionArticles()); } },
                    { u"basis"_s, K::Text, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Legal basis") } } },
            { u"draft"_s, { R::Clerk },
                { { u"reply_type"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Reply type"),
                      [] { return choicesOf(replyTypes()); } },
                    { u"outcome"_s, K::Choice, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Outcome (annual report)"),
                        outcomeChoices },
                    { u"text"_s, K::Text, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Draft text") } } },
            { u"submit"_s, { R::Clerk }, {} },
            { u"sign_off"_s, { R::Chief }, {} },
            { u"return"_s, { R::Chief },
                { { u"comment"_s, K::Text, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Comments") } } },
            { u"deliver"_s, { R::Clerk },
                { { u"method"_s, K::Choice, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Delivery method"),
                      [] { return choicesOf(deliveryMethods()); } },
                    { u"tracking_number"_s, K::Text, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Tracking number") },
                    { u"received"_s, K::Date, false,
                        QT_TRANSLATE_NOOP("ogi::ActionParam", "Received by the applicant on") },
                    receiptProofParam(false) } },
            { u"delivery_received"_s, { R::Clerk }, { receiptProofParam(true) } },
            { u"archive"_s, { R::Clerk },
                { { u"archive_number"_s, K::Text, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "Archive number") },
                    { u"without_proof"_s, K::Text, false,
                        QT_TRANSLATE_NOOP("ogi::ActionParam", "Archived without proof of receipt, because") } } },
            { u"withdraw"_s, { R::Clerk }, {} },
            { u"remedy"_s, { R::Clerk, R::Chief },
                { { u"remedy_id"_s, K::Integer, false,
                      QT_TRANSLATE_NOOP("ogi::ActionParam", "Remedy number (to record its result)") },
                    { u"kind"_s, K::Choice, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Remedy"),
                        [] { return choicesOf(remedyKinds()); } },
                    { u"filed"_s, K::Date, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Filed on") },
                    { u"body"_s, K::Text, false,
                        QT_TRANSLATE_NOOP("ogi::ActionParam", "Reconsideration body or court") },
                    { u"result"_s, K::Choice, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Result"),
                        [] { return choicesOf(remedyResults()); } },
                    { u"concluded"_s, K::Date, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Concluded on") } } },
            // A correction request (Art. 41).
            { u"verify"_s, { R::Clerk },
                { { u"finding"_s, K::Choice, true,
                    QT_TRANSLATE_NOOP("ogi::ActionParam", "What verifying the record found"),
                    [] { return choicesOf(correctionFindings()); } } } },
            { u"correct"_s, { R::Clerk },
                { { u"correction"_s, K::Text, true,
                    QT_TRANSLATE_NOOP("ogi::ActionParam", "What was corrected, and how") } } },
            { u"refer"_s, { R::Clerk },
                { { u"agency"_s, K::Text, true,
                    QT_TRANSLATE_NOOP("ogi::ActionParam", "The agency competent to correct it") } } },
            { u"redirect"_s, { R::Clerk },
                { { u"agency"_s, K::Text, true,
                    QT_TRANSLATE_NOOP("ogi::ActionParam", "The agency competent to correct it") } } },
            { u"refuse_correction"_s, { R::Clerk }, { reasonParam(true) } },
            { u"amend"_s, { R::Clerk, R::Chief },
                { { u"corrects"_s, K::Text, true, QT_TRANSLATE_NOOP("ogi::ActionParam", "What it corrects") },
                    { u"value"_s, K::Text, false, QT_TRANSLATE_NOOP("ogi::ActionParam", "Corrected value") },
                    reasonParam(true) } },
        };
    }

    // The value as text, whether it came as a JSON string (CLI) or a number (UI).
    QString textOf(const QJsonValue& value)
    {
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 15);
        return value.toString().trimmed();
    }
} // namespace

const QList<ActionSpec>& actionSpecs()
{
    static const QList<ActionSpec> specs = buildSpecs();
    return specs;
}

const ActionSpec* findActionSpec(const QString& action)
{
    for (const ActionSpec& spec : actionSpecs())
        if (spec.action == action)
            return &spec;
    return nullptr;
}

QString paramLabel(const ActionParam& param)
{
    return QCoreApplication::translate("ogi::ActionParam", param.label);
}

QJsonObject normaliseParams(const ActionSpec& spec, const QJsonObject& params)
{
    QList<FieldIssue> issues;
    QJsonObject result;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const auto known = std::find_if(
            spec.params.begin(), spec.params.end(), [&](const ActionParam& p) { return p.name == it.key(); });
        if (known == spec.params.end()) {
            QStringList accepted;
            for (const ActionParam& p : spec.params)
                accepted << p.name;
            issues.append({ it.key(),
                accepted.isEmpty()
                    ? Tr::tr("\"%1\" takes no parameters.").arg(actionDisplayName(spec.action))
                    : Tr::tr("\"%1\" does not take this parameter; it takes: %2.").arg(actionDisplayName(spec.action), accepted.join(u", ")) });
        }
    }
    for (const ActionParam& param : spec.params) {
        const QString text = textOf(params.value(param.name));
        if (text.isEmpty()) {
            if (param.required)
                issues.append({ param.name, Tr::tr("%1 is required.").arg(paramLabel(param)) });
            continue;
        }
        switch (param.kind) {
        case K::Text:
            result.insert(param.name, text);
            break;
        case K::Integer: {
            bool ok = false;
            const int number = text.toInt(&ok);
            if (!ok)
                issues.append({ param.name, Tr::tr("%1 must be a whole number, not \"%2\".").arg(paramLabel(param), text) });
            else
                result.insert(param.name, number);
            break;
        }
        case K::Date: {
            const QDate date = parseIsoDate(text);
            if (!date.isValid())
                issues.append(
                    { param.name, Tr::tr("%1 must be a date like 2026-03-16, not \"%2\".").arg(paramLabel(param), text) });
            else
                result.insert(param.name, isoDate(date));
            break;
        }
        case K::Choice: {
            QString code;
            QStringList codes;
            for (const ParamChoice& choice : param.choices()) {
                codes << choice.code;
                if (text == choice.code || text == choice.chinese)
                    code = choice.code;
            }
            if (code.isEmpty())
                issues.append({ param.name,
                    Tr::tr("%1: \"%2\" is not one of %3.").arg(paramLabel(param), text, codes.join(u", ")) });
            else
                result.insert(param.name, code);
            break;
        }
        }
    }
    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("\"%1\" cannot be recorded: %n problem(s) with what was given.", nullptr, int(issues.size()))
                .arg(actionDisplayName(spec.action)),
            issues);
    return result;
}

} // namespace ogi
