#include "EmailDelivery.h"

#include "Error.h"
#include "Timestamps.h"
#include "delivery/SmtpSender.h"
#include "log/LogFile.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeType.h"
#include "register/ApplicationParties.h"
#include "register/CaseRepository.h"
#include "settings/OfficeSettings.h"
#include "workflow/ActionPermission.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::EmailDelivery)
    };

    CaseRecord findCase(const Database& database, const QString& caseNumber)
    {
        const std::optional<CaseRecord> record = CaseRepository(database).find(caseNumber);
        if (!record)
            throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
        return *record;
    }

    // Where the reply goes: the agent's email when an agent gave one (docs/legal-rules.md).
    QString applicantEmail(const CaseRecord& record)
    {
        return record.application.applicants.isEmpty() ? QString() : replyAddress(record.application).email;
    }

    // The mail goes to the applicant in Chinese whatever the clerk's language, like the
    // notice it carries.
    OutgoingMail replyMail(const CaseRecord& record, const IssuedNotice& notice, const QByteArray& pdf,
        const OfficeSettings& settings, const OfficeSettings::MailServer& server)
    {
        const OfficeSettings::AgencyProfile agency = settings.agencyProfile();
        const QString addressee = noticeAddressee(record.application);
        const NoticeType* type = findNoticeType(notice.type);
        const QString title = type ? QString::fromUtf8(type->title) : u"答复书"_s;
        OutgoingMail mail;
        mail.from = server.sender.trimmed();
        mail.fromName = agency.name;
        mail.to = applicantEmail(record);
        mail.toName = addressee;
        // A correction request (Art. 41) is not an application for government information.
        const QString what = record.application.kind == CaseKind::Correction ? u"更正申请"_s : u"政府信息公开申请"_s;
        mail.subject = u"%1答复：%2（%3）"_s.arg(what, title, notice.number);
        QString body = u"%1：\n\n"_s.arg(addressee)
            + u"您于%1提出的%2（登记编号 %3），本机关已作出答复。"_s.arg(
                record.application.submittedDate.toString(u"yyyy年M月d日"_s), what, record.caseNumber)
            + u"答复文书《%1》（%2）见附件 PDF 文件，请查收。\n\n"_s.arg(title, notice.number);
        if (!agency.contact.isEmpty())
            body += u"如有疑问，请与我们联系：%1\n\n"_s.arg(agency.contact);
        body += agency.name + u'\n' + notice.issuedOn.toString(u"yyyy年M月d日"_s) + u'\n';
        mail.body = body;
        const QString domain = mail.from.section(u'@', 1);
        mail.messageId = u"<%1@%2>"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
        mail.attachmentName = u"%1-%2.pdf"_s.arg(record.caseNumber, notice.type);
        mail.attachmentType = u"application/pdf"_s;
        mail.attachment = pdf;
        return mail;
    }
} // namespace

EmailDelivery::EmailDelivery(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

std::optional<IssuedNotice> EmailDelivery::replyNotice(const QString& caseNumber) const
{
    const CaseRecord record = findCase(m_database, caseNumber);
    const QList<IssuedNotice> notices = NoticeStore(m_database, m_clock).list(record.id);
    for (auto it = notices.rbegin(); it != notices.rend(); ++it) {
        const NoticeType* type = findNoticeType(it->type);
        if (type && isReplyNotice(*type) && !it->voided && it->intact)
            return *it;
    }
    return std::nullopt;
}

QString EmailDelivery::problem(const UserAccount& user, const QString& caseNumber) const
{
    const CaseRecord record = findCase(m_database, caseNumber);
    if (record.application.deliveryWay != DeliveryWay::Email)
        return Tr::tr("The applicant of case %1 asked to receive the reply by %2, not by email.")
            .arg(caseNumber, displayName(deliveryWays(), record.application.deliveryWay));
    if (applicantEmail(record).isEmpty())
        return Tr::tr("The applicant of case %1 has no email address on record.").arg(caseNumber);
    if (!replyNotice(caseNumber))
        return Tr::tr("No reply notice has been issued for case %1 yet (文书 → 出具文书).").arg(caseNumber);
    if (const std::optional<Refusal> refusal
        = refusalFor(u"deliver"_s, record.state, user, caseNumber, record.application.kind))
        return refusal->message;
    // What the workflow would refuse after the mail is out (the notice to an objecting third
    // party first, Art. 32) is said before anything is sent.
    const QString missing = actionPrerequisiteProblem(
        u"deliver"_s, record, workflowFacts(CaseRepository(m_database, m_clock).events(record.id)));
    if (!missing.isEmpty())
        return missing;
    const OfficeSettings::MailServer server = OfficeSettings(m_database, m_clock).mailServer();
    if (!OfficeSettings::validateMailServer(server).isEmpty())
        return Tr::tr("Email delivery is not set up: an administrator enters the mail server in Settings → Email delivery.");
    if (server.passwordUnreadable)
        return Tr::tr("The mail server's password was stored on another computer or account and cannot be read "
                      "here: an administrator enters it again in Settings → Email delivery.");
    return {};
}

EmailReceipt EmailDelivery::deliver(
    const UserAccount& user, const QString& caseNumber, const IssuedNotice& notice, const QByteArray& pdf)
{
    if (const QString reason = problem(user, caseNumber); !reason.isEmpty())
        throw Error(ErrorCode::Refused, reason);
    const std::optional<IssuedNotice> reply = replyNotice(caseNumber);
    if (!reply || reply->id != notice.id)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 is not the reply notice of case %2 (that is %3); only the reply is delivered by email.")
                .arg(notice.number, caseNumber, reply ? reply->number : QString()));
    const CaseRecord record = findCase(m_database, caseNumber);
    const OfficeSettings settings(m_database, m_clock);
    const OfficeSettings::MailServer server = settings.mailServer();
    const OutgoingMail mail = replyMail(record, notice, pdf, settings, server);
    const QString what = u"case %1, notice %2, to %3 via %4:%5"_s.arg(caseNumber, notice.number, mail.to, server.host)
                             .arg(server.port);
    log::info(u"email delivery: sending %1 as %2 (%3)"_s.arg(what, mail.messageId, user.login));
    QString answer;
    try {
        answer = sendMail(server, mail);
    } catch (const Error& error) {
        log::error(u"email delivery failed: %1: %2"_s.arg(what, error.message()));
        throw;
    }
    log::info(u"email delivery: accepted %1: %2"_s.arg(what, answer));

    ActionRequest request;
    request.action = u"deliver"_s;
    request.params = { { u"method"_s, u"email"_s } };
    request.evidence = { { u"notice"_s, notice.number }, { u"recipient"_s, mail.to },
        { u"message_id"_s, mail.messageId }, { u"server_reply"_s, answer } };
    try {
        CaseWorkflow(m_database, m_clock).perform(user, caseNumber, request);
    } catch (const Error& error) {
        // The mail is out; say so, so that nobody sends it twice without knowing.
        log::error(u"email delivery of %1 sent as %2 but not recorded: %3"_s.arg(what, mail.messageId, error.message()));
        throw Error(error.code(),
            Tr::tr("The reply was sent to %1 (Message-ID %2), but its delivery could not be recorded: %3")
                .arg(mail.to, mail.messageId, error.message()));
    }
    return { mail.to, mail.messageId, answer };
}

} // namespace ogi
