#include "../Commands.h"

#include "Error.h"
#include "delivery/EmailDelivery.h"
#include "notices/NoticeStore.h"
#include "print/NoticePdf.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::DeliverEmailCommand)
    };

    // NOTICE as `ogi notices` shows it: its number (文号), or its id.
    IssuedNotice findNotice(const Database& database, const QString& reference)
    {
        const NoticeStore store(database);
        bool isId = false;
        const qint64 id = reference.toLongLong(&isId);
        std::optional<IssuedNotice> notice = isId ? store.find(id) : std::nullopt;
        if (!notice)
            notice = store.findByNumber(reference);
        if (!notice)
            throw Error(ErrorCode::NotFound, Tr::tr("There is no notice numbered %1.").arg(reference));
        return *notice;
    }
} // namespace

int runDeliverEmail(CliContext& context)
{
    const QStringList positionals
        = context.takePositionals(2, u"ogi --db FILE --user NAME deliver-email CASE NOTICE"_s);
    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const IssuedNotice notice = findNotice(database, positionals.at(1));
    if (notice.caseNumber != positionals.at(0))
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("Notice %1 belongs to case %2, not %3.").arg(notice.number, notice.caseNumber, positionals.at(0)));
    const EmailReceipt receipt
        = EmailDelivery(database).deliver(user, positionals.at(0), notice, print::issuedNoticePdf(database, notice));
    context.out << Tr::tr("Delivered %1 to %2 by email; Message-ID %3").arg(notice.number, receipt.recipient,
                       receipt.messageId)
                << Qt::endl
                << Tr::tr("The mail server answered: %1").arg(receipt.serverReply) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
