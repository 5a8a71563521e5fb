#pragma once

#include "settings/OfficeSettings.h"

#include <QByteArray>
#include <QString>

namespace ogi {

// One message to send: plain text with one attachment.
struct OutgoingMail
{
    QString from; // address only
    QString fromName; // shown beside it (UTF-8 encoded per RFC 2047 when not ASCII)
    QString to;
    QString toName;
    QString subject; // may be Chinese: encoded per RFC 2047
    QString body; // plain text, UTF-8
    QString messageId; // "<…@…>", chosen by the caller so that it can be recorded
    QString attachmentName; // ASCII file name
    QString attachmentType; // MIME type, e.g. application/pdf
    QByteArray attachment;
};

// Sends `mail` through `server` (SMTP over Poco::Net: plain, STARTTLS or TLS from the start,
// the server's certificate checked against the system's CAs; AUTH LOGIN when a user is set),
// waiting at most server.timeoutSeconds for the connection and for each answer. Returns the
// server's answer to the message ("250 2.0.0 Ok: queued as …"). Throws Error(Network) with a
// message naming the server (host:port), the step (connecting, greeting, STARTTLS, signing
// in, addresses, message) and what happened: refused with its answer, connection closed,
// no answer in time, TLS failure.
QString sendMail(const OfficeSettings::MailServer& server, const OutgoingMail& mail);

} // namespace ogi
