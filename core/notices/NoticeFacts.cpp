#include "NoticeFacts.h"

#include "Error.h"
#include "fees/FeeMethod.h"
#include "lifecycle/ReplyType.h"
#include "notices/CorrectionNoticeFacts.h"
#include "notices/NoticeTemplate.h"
#include "register/ApplicationParties.h"
#include "register/CaseDeadline.h"
#include "register/CaseRepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::NoticeFacts)
    };

    void putIfKnown(QMap<QString, QString>& facts, const QString& name, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            facts.insert(name, value.trimmed());
    }

    QString chineseTerm(const char* utf8) { return QString::fromUtf8(utf8); }

    // Art. 31: the item that fixes the receipt day for the channel: （一） in person, （二） by
    // post or ordinary letter, （三） online, by email or by the office's fax.
    QString receiptItem(Channel channel)
    {
        switch (channel) {
        case Channel::InPerson:
            return u"（一）"_s;
        case Channel::Post:
        case Channel::OrdinaryLetter:
            return u"（二）"_s;
        case Channel::Online:
        case Channel::Email:
        case Channel::Fax:
            return u"（三）"_s;
        }
        return {};
    }

    const CaseEvent* lastEvent(const QList<CaseEvent>& events, const QString& action)
    {
        for (auto it = events.crbegin(); it != events.crend(); ++it)
            if (it->action == action)
                return &*it;
        return nullptr;
    }
} // namespace

QString applicantYou(const Application& application)
{
    // One person: 您. One organisation: 贵单位 — the polite form, matching 您; 你单位 is how
    // an office writes to the units under it, which an applicant is not. Co-applicants with a
    // named representative are addressed through the representative (ApplicationParties);
    // without one, by their names, since 你们/您们 has no place in an official reply.
    const QList<Applicant>& applicants = application.applicants;
    if (applicants.isEmpty())
        return {};
    const bool oneAddressee = applicants.size() == 1
        || std::any_of(applicants.begin(), applicants.end(), [](const Applicant& a) { return a.representative; });
    if (!oneAddressee) {
        QStringList names;
        for (const Applicant& a : applicants)
            names << a.name.trimmed();
        return names.join(u"、");
    }
    return leadApplicant(application).kind == ApplicantKind::Organisation ? u"贵单位"_s : u"您"_s;
}

QString chineseDate(const QDate& date) { return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day()); }

NoticeContext loadNoticeContext(const Database& database, const QString& caseNumber)
{
    CaseRepository cases(database);
    const std::optional<CaseRecord> record = cases.find(caseNumber);
    if (!record)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
    NoticeContext context;
    context.record = *record;
    context.events = cases.events(record->id);
    context.facts = workflowFacts(context.events);
    context.agency = OfficeSettings(database).agencyProfile();
    return context;
}

QString noticePrerequisiteProblem(const NoticeType& type, const NoticeContext& c)
{
    using P = NoticePrerequisite;
    const WorkflowFacts& f = c.facts;
    // An application's notices and a correction request's (Art. 41) are not interchangeable.
    if (isCorrectionNotice(type) != (c.record.application.kind == CaseKind::Correction))
        return isCorrectionNotice(type)
            ? Tr::tr("This notice answers a request to correct a record (Art. 41); case %1 is an application.")
                  .arg(c.record.caseNumber)
            : Tr::tr("Case %1 is a request to correct a record (Art. 41): it has its own notices.")
                  .arg(c.record.caseNumber);
    switch (type.prerequisite) {
    case P::None:
        return {};
    case P::ReasonsRequested:
        if (!isOpen(c.record.state))
            return Tr::tr("The case is concluded; it no longer needs this notice.");
        return f.reasonsRequested.isValid()
            ? QString()
            : Tr::tr("Record the request for reasons first (Art. 35: what to explain, by when).");
    case P::CorrectionSignedOff:
        return correctionNoticeProblem(type, c);
    case P::SupplementRequested:
        return f.supplementRequested.isValid()
            ? QString()
            : Tr::tr("Record the supplement request first (what to supplement, by when).");
    case P::ExtensionApproved:
        return f.extensionApproved ? QString() : Tr::tr("The extension must be approved by the chief first.");
    case P::LaterDateSet:
        return f.laterDate.isValid()
            ? QString()
            : Tr::tr("The chief must set the later reply date (Art. 35) first, with the reason.");
    case P::DisclosureOverObjection:
        if (f.objectingThirdParty.isEmpty())
            return Tr::tr("Only a third party that objected to the disclosure gets this notice: record its "
                          "consultation and its answer \"objects\" first.");
        if (f.reviewResult != u"pass" && f.reviewResult != u"partial")
            return Tr::tr("The confidentiality review must let the information through (may be disclosed or "
                          "partly) before the third party is told it will be disclosed.");
        return {};
    case P::ThirdPartyConsulted:
        return f.consultPartyKind == u"third_party" ? QString()
                                                    : Tr::tr("Record the consultation of the third party first.");
    case P::AgencyConsulted:
        return f.consultPartyKind == u"agency" ? QString()
                                               : Tr::tr("Record the consultation of the other agency first.");
    case P::FeeNoticed:
        return f.feeNoticeDate.isValid() ? QString() : Tr::tr("Record the fee notice first (method and amount).");
    case P::Abandoned:
        return f.abandonedBy.isEmpty()
            ? Tr::tr("The application has not been treated as abandoned: record that the supplement or the fee was "
                     "not received in time first.")
            : QString();
    case P::ReplySignedOff: {
        if (!f.hasSignedOffDraft())
            return Tr::tr("The reply must be drafted and signed off before it is issued.");
        const std::optional<ReplyType> drafted = parseTerm(replyTypes(), f.draft.value(u"reply_type"_s).toString());
        if (drafted != type.reply)
            return Tr::tr("The signed-off draft is a reply of the type \"%1\", not \"%2\".")
                .arg(drafted ? displayName(replyTypes(), *drafted) : QString(), noticeTypeName(type));
        return {};
    }
    }
    return {};
}

QMap<QString, QString> noticeFactLabels()
{
    return {
        { u"agency_name"_s, Tr::tr("The agency's name (settings)") },
        { u"agency_contact"_s, Tr::tr("The agency's contact line (settings)") },
        { u"reconsideration_body"_s, Tr::tr("The reconsideration body (settings)") },
        { u"court"_s, Tr::tr("The court (settings)") },
        { u"document_number"_s, Tr::tr("The document number") },
        { u"issue_date"_s, Tr::tr("The date of issue") },
        { u"case_number"_s, Tr::tr("The case number") },
        { u"applicant_name"_s, Tr::tr("The applicant's name") },
        { u"applicant_you"_s, Tr::tr("How the notice addresses the applicant (您, 贵单位 or the names)") },
        { u"applicant_address"_s, Tr::tr("The applicant's address") },
        { u"applicant_postcode"_s, Tr::tr("The applicant's postcode") },
        { u"received_date"_s, Tr::tr("The date of receipt") },
        { u"channel"_s, Tr::tr("The channel of the application") },
        { u"receipt_item"_s, Tr::tr("The item of Art. 31 that fixes the receipt day for the channel") },
        { u"request"_s, Tr::tr("The information requested") },
        { u"supplement_items"_s, Tr::tr("What to supplement") },
        { u"supplement_days"_s, Tr::tr("The supplement period in working days") },
        { u"supplement_due"_s, Tr::tr("The supplement period") }, // requests recorded before periods ran from receipt
        { u"extension_days"_s, Tr::tr("The extension in working days") },
        { u"extension_reason"_s, Tr::tr("The reason for the extension") },
        { u"reply_due"_s, Tr::tr("The reply deadline") },
        { u"consult_party"_s, Tr::tr("The consulted third party or agency") },
        { u"fee_amount"_s, Tr::tr("The fee in yuan") },
        { u"fee_method"_s, Tr::tr("The charging method") },
        { u"abandon_notice_title"_s, Tr::tr("The notice the applicant did not answer") },
        { u"abandon_notice_date"_s, Tr::tr("The date of that notice") },
        { u"abandon_action"_s, Tr::tr("What the applicant did not do in time") },
        { u"abandoned_for_supplement"_s, Tr::tr("Abandoned: the supplement did not come in time (condition)") },
        { u"abandoned_for_fee"_s, Tr::tr("Abandoned: the fee was not paid in time (condition)") },
        { u"later_date"_s, Tr::tr("The later reply date (Art. 35)") },
        { u"later_date_reason"_s, Tr::tr("Why the reply cannot come within the period of Art. 33") },
        { u"third_party"_s, Tr::tr("The third party that objected to the disclosure") },
        { u"third_party_consulted"_s, Tr::tr("The date the third party was consulted") },
        { u"notice_title"_s, Tr::tr("The title of the notice served (proof of service)") },
        { u"notice_number"_s, Tr::tr("The number of the notice served (proof of service)") },
        { u"notice_addressee"_s, Tr::tr("The addressee of the notice served (proof of service)") },
        { u"correction_agency"_s, Tr::tr("The agency competent to correct the record") },
        { u"correction_finding"_s, Tr::tr("What verifying the record found") },
    };
}

QMap<QString, QString> noticeFacts(
    const Database& database, const NoticeContext& c, const QDate& issueDate, const QString& documentNumber)
{
    QMap<QString, QString> facts;
    const Application& app = c.record.application;
    const WorkflowFacts& f = c.facts;
    putIfKnown(facts, u"agency_name"_s, c.agency.name);
    putIfKnown(facts, u"agency_contact"_s, c.agency.contact);
    putIfKnown(facts, u"reconsideration_body"_s, c.agency.reconsiderationBody);
    putIfKnown(facts, u"court"_s, c.agency.court);
    putIfKnown(facts, u"document_number"_s, documentNumber);
    putIfKnown(facts, u"issue_date"_s, chineseDate(issueDate));
    putIfKnown(facts, u"case_number"_s, c.record.caseNumber);
    if (!app.applicants.isEmpty()) {
        // Every co-applicant or the representative, care of an agent (ApplicationParties).
        const ReplyAddress to = replyAddress(app);
        putIfKnown(facts, u"applicant_name"_s, noticeAddressee(app));
        putIfKnown(facts, u"applicant_you"_s, applicantYou(app));
        putIfKnown(facts, u"applicant_address"_s, to.address);
        putIfKnown(facts, u"applicant_postcode"_s, to.postcode);
    }
    if (app.receiptDate.isValid())
        putIfKnown(facts, u"received_date"_s, chineseDate(app.receiptDate));
    putIfKnown(facts, u"channel"_s, chineseTerm(termOf(channels(), app.channel).chinese));
    putIfKnown(facts, u"receipt_item"_s, receiptItem(app.channel));
    putIfKnown(facts, u"request"_s, app.description);

    if (f.supplementRequested.isValid()) {
        putIfKnown(facts, u"supplement_items"_s, f.supplementItems);
        // Art. 30: the period runs from the applicant's receipt of the notice, so the notice
        // gives it in working days.
        if (f.supplementDays > 0)
            putIfKnown(facts, u"supplement_days"_s, QString::number(f.supplementDays));
        if (f.supplementDue.isValid())
            putIfKnown(facts, u"supplement_due"_s, chineseDate(f.supplementDue));
    }
    if (f.extensionApproved) {
        putIfKnown(facts, u"extension_days"_s, QString::number(f.extensionRequestDays));
        putIfKnown(facts, u"extension_reason"_s, f.extensionReason);
        // The date the extension gives: it counts once this notice tells the applicant, so
        // until it is issued the engine still shows the original one (Art. 33(2)).
        const PeriodStatus& reply = caseDeadline(database, c.record.caseNumber, issueDate).report.reply;
        const QDate due = reply.extendedDue.isValid() ? reply.extendedDue : reply.due;
        if (due.isValid())
            putIfKnown(facts, u"reply_due"_s, chineseDate(due));
    }
    putIfKnown(facts, u"consult_party"_s, f.consultParty);
    if (f.feeNoticeDate.isValid()) {
        putIfKnown(facts, u"fee_amount"_s, QString::number(f.feeAmount));
        if (const auto method = parseTerm(feeMethods(), f.feeMethod))
            putIfKnown(facts, u"fee_method"_s, chineseTerm(termOf(feeMethods(), *method).chinese));
    }
    if (f.laterDate.isValid()) {
        putIfKnown(facts, u"later_date"_s, chineseDate(f.laterDate));
        putIfKnown(facts, u"later_date_reason"_s, f.laterDateReason);
    }
    if (!f.objectingThirdParty.isEmpty()) {
        putIfKnown(facts, u"third_party"_s, f.objectingThirdParty);
        if (f.objectingThirdPartyConsulted.isValid())
            putIfKnown(facts, u"third_party_consulted"_s, chineseDate(f.objectingThirdPartyConsulted));
    }
    // Conditions for the sections of 视为放弃: Art. 30 for the supplement, Art. 42 and the fee
    // measures (国办函〔2020〕109号 第七条) for the fee.
    if (f.abandonedBy == u"supplement_overdue")
        facts.insert(u"abandoned_for_supplement"_s, u"是"_s);
    else if (f.abandonedBy == u"fee_overdue")
        facts.insert(u"abandoned_for_fee"_s, u"是"_s);
    if (f.abandonedBy == u"supplement_overdue") {
        facts.insert(u"abandon_notice_title"_s, u"补正申请告知书"_s);
        facts.insert(u"abandon_notice_date"_s, chineseDate(f.supplementRequested));
        facts.insert(u"abandon_action"_s, u"补正申请"_s);
    } else if (f.abandonedBy == u"fee_overdue" && f.feeNoticeDate.isValid()) {
        facts.insert(u"abandon_notice_title"_s, u"信息处理费缴费通知书"_s);
        facts.insert(u"abandon_notice_date"_s, chineseDate(f.feeNoticeDate));
        facts.insert(u"abandon_action"_s, u"缴纳信息处理费"_s);
    }
    addCorrectionFacts(facts, c);
    return facts;
}

QMap<QString, QString> defaultNoticeEdits(const NoticeContext& c)
{
    QMap<QString, QString> edits;
    const WorkflowFacts& f = c.facts;
    // Each part is a clause the template ends itself ("不予公开的理由：{{edit:reasons}}。"): the
    // draft's own closing stop would show doubled in the field (……不予公开。。).
    putIfKnown(edits, u"reasons"_s, insertedValue(f.draft.value(u"text"_s).toString()));
    putIfKnown(edits, u"withhold_basis"_s, insertedValue(f.reviewBasis));
    if (f.reasonsDue.isValid()) // the 说明理由通知书 says what the request for reasons recorded
        putIfKnown(edits, u"reasons_due"_s, chineseDate(f.reasonsDue));
    putIfKnown(edits, u"questions"_s, f.reasonsItems);
    if (const CaseEvent* fee = lastEvent(c.events, u"fee_notice"_s))
        putIfKnown(edits, u"fee_basis"_s, fee->details.value(u"explanation"_s).toString());
    addCorrectionEdits(edits, c);
    return edits;
}

} // namespace ogi
