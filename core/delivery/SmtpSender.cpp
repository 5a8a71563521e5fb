#include "SmtpSender.h"

#include "Error.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/MailStream.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/PartSource.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/SocketStream.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/StringPartSource.h>

#include <QCoreApplication>

#include <mutex>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SmtpSender)
    };

    using Poco::Net::SMTPException;

    // Poco's session, with the two steps it does not offer as we need them: STARTTLS on a
    // session opened on our own socket (with a connect time-out), and the message sent so
    // that the server's final answer is kept for the record.
    class Session : public Poco::Net::SMTPClientSession
    {
    public:
        using SMTPClientSession::SMTPClientSession;

        void startTls(const std::string& host, const Poco::Net::Context::Ptr& context)
        {
            std::string response;
            const int status = sendCommand("STARTTLS", response);
            if (!isPositiveCompletion(status))
                throw SMTPException(response, status);
            socket() = Poco::Net::SecureStreamSocket::attach(socket(), host, context);
        }

        std::string transport(const Poco::Net::MailMessage& message)
        {
            sendData();
            Poco::Net::SocketOutputStream socketStream(socket());
            Poco::Net::MailOutputStream mailStream(socketStream);
            message.write(mailStream);
            mailStream.close();
            socketStream.flush();
            std::string response;
            const int status = socket().receiveStatusMessage(response);
            if (!isPositiveCompletion(status))
                throw SMTPException(response, status);
            return response;
        }
    };

    Poco::Net::Context::Ptr clientContext()
    {
        static std::once_flag once;
        std::call_once(once, [] { Poco::Net::initializeSSL(); });
        return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_RELAXED, 9, true);
    }

    std::string utf8(const QString& text) { return text.toStdString(); }

    // A display name in a header: RFC 2047 when it is not plain ASCII.
    std::string headerWord(const QString& text)
    {
        return Poco::Net::MailMessage::encodeWord(utf8(text), "UTF-8");
    }

    void compose(Poco::Net::MailMessage& message, const OutgoingMail& mail)
    {
        message.setSender(
            mail.fromName.isEmpty() ? utf8(mail.from) : headerWord(mail.fromName) + " <" + utf8(mail.from) + ">");
        message.addRecipient(Poco::Net::MailRecipient(
            Poco::Net::MailRecipient::PRIMARY_RECIPIENT, utf8(mail.to), headerWord(mail.toName)));
        message.setSubject(headerWord(mail.subject));
        message.set("Message-ID", utf8(mail.messageId));
        message.addContent(new Poco::Net::StringPartSource(utf8(mail.body), "text/plain; charset=UTF-8"),
            Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
        message.addAttachment(utf8(mail.attachmentName),
            new Poco::Net::StringPartSource(
                mail.attachment.toStdString(), utf8(mail.attachmentType), utf8(mail.attachmentName)),
            Poco::Net::MailMessage::ENCODING_BASE64);
    }

    QString text(const std::string& s) { return QString::fromStdString(s).trimmed(); }
} // namespace

QString sendMail(const OfficeSettings::MailServer& server, const OutgoingMail& mail)
{
    using Security = OfficeSettings::MailSecurity;
    const QString where = u"%1:%2"_s.arg(server.host).arg(server.port);
    const Poco::Timespan timeout(server.timeoutSeconds, 0);
    const std::string host = utf8(server.host);
    QString step = Tr::tr("connecting");
    try {
        const Poco::Net::SocketAddress address(host, static_cast<Poco::UInt16>(server.port));
        Poco::Net::StreamSocket socket;
        if (server.security == Security::Tls) {
            Poco::Net::SecureStreamSocket secure(clientContext());
            secure.setPeerHostName(host);
            secure.connect(address, timeout);
            socket = secure;
        } else {
            socket.connect(address, timeout);
        }
        Session session(socket);
        session.setTimeout(timeout);
        step = Tr::tr("the greeting");
        session.login();
        if (server.security == Security::StartTls) {
            step = Tr::tr("switching to TLS (STARTTLS)");
            session.startTls(host, clientContext());
            session.login();
        }
        if (!server.user.isEmpty()) {
            step = Tr::tr("signing in as %1").arg(server.user);
            session.login(Poco::Net::SMTPClientSession::AUTH_LOGIN, utf8(server.user), utf8(server.password));
        }
        step = Tr::tr("the addresses (from %1 to %2)").arg(mail.from, mail.to);
        session.sendAddresses(utf8(mail.from), { utf8(mail.to) });
        step = Tr::tr("the message");
        Poco::Net::MailMessage message;
        compose(message, mail);
        const QString answer = text(session.transport(message));
        try {
            session.close();
        } catch (const Poco::Exception&) {
            // The message is accepted; a server that hangs up before QUIT changes nothing.
        }
        return answer;
    } catch (const Poco::TimeoutException&) {
        throw Error(ErrorCode::Network,
            Tr::tr("The mail server %1 did not answer within %2 s (%3).").arg(where).arg(server.timeoutSeconds).arg(step));
    } catch (const SMTPException& e) {
        if (e.code() <= 0)
            throw Error(ErrorCode::Network,
                Tr::tr("The mail server %1 closed the connection during %2.").arg(where, step));
        throw Error(ErrorCode::Network, Tr::tr("The mail server %1 refused %2: %3").arg(where, step, text(e.message())));
    } catch (const Poco::Net::SSLException& e) {
        throw Error(ErrorCode::Network,
            Tr::tr("No secure connection to the mail server %1 (%2): %3").arg(where, step, text(e.displayText())));
    } catch (const Poco::Net::ConnectionRefusedException&) {
        throw Error(ErrorCode::Network, Tr::tr("The mail server %1 refused the connection.").arg(where));
    } catch (const Poco::Exception& e) {
        throw Error(ErrorCode::Network,
            Tr::tr("The connection to the mail server %1 failed during %2: %3").arg(where, step, text(e.displayText())));
    }
}

} // namespace ogi
