#pragma once

#include "Clock.h"
#include "notices/IssuedNotice.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ogi {

// What the mail server said when it took a reply delivered by email.
struct EmailReceipt
{
    QString recipient; // the applicant's address
    QString messageId; // "<…@…>" as sent in the Message-ID header
    QString serverReply; // the server's answer to the message
};

// Delivery of a reply by email (邮件送达) when the applicant asked to receive it that way:
// the issued reply notice as PDF, with a short Chinese cover text, through the office's mail
// server (OfficeSettings::mailServer), and then the workflow's "deliver" event with the
// method email, the notice's number, the recipient, the Message-ID and the server's answer.
class EmailDelivery
{
public:
    explicit EmailDelivery(const Database& database, const Clock& clock = SystemClock::instance());

    // The case's reply notice as it would be sent: the newest reply notice (答复书/告知书)
    // issued for it that is neither voided nor changed since issue; nullopt if there is none.
    // Throws Error(NotFound) for an unknown case.
    std::optional<IssuedNotice> replyNotice(const QString& caseNumber) const;

    // Why `user` cannot deliver the case's reply by email now, in the user's language; empty
    // when they can: the case must ask for email (收取方式 电子邮件), its applicant have an
    // address, a reply notice be issued, the case be signed off and `user` a clerk, and the
    // mail server be set up with a password this computer can read. Throws Error(NotFound)
    // for an unknown case.
    QString problem(const UserAccount& user, const QString& caseNumber) const;

    // Sends `notice` (which must be the case's reply notice of replyNotice()) with `pdf` —
    // the bytes print::noticePdf makes of it — attached, then records the delivery. Throws
    // Error(Refused) with problem()'s reason or for another notice, Error(Network) from
    // sendMail when the server cannot be reached, refuses or does not answer: then the case
    // stays undelivered and nothing is written. Each attempt and its result are logged.
    EmailReceipt deliver(const UserAccount& user, const QString& caseNumber, const IssuedNotice& notice,
        const QByteArray& pdf);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace ogi
