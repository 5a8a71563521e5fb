#include "../Commands.h"

#include "attachments/AttachmentStore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::AttachCommand)
    };
} // namespace

int runAttach(CliContext& context)
{
    const QString kindText = context.takeOption(u"kind"_s);
    const QStringList positionals = context.takePositionals(
        2, u"ogi --db FILE --user NAME attach CASE PATH [--kind application|reply|authorisation|evidence|other]"_s);
    AttachmentKind kind = AttachmentKind::Other;
    if (!kindText.isEmpty()) {
        const std::optional<AttachmentKind> parsed = parseTerm(attachmentKinds(), kindText);
        if (!parsed)
            throw UsageError {
                Tr::tr("--kind takes one of %1, not \"%2\"").arg(acceptedCodes(attachmentKinds()), kindText)
            };
        kind = *parsed;
    }
    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const Attachment added = AttachmentStore(database).add(positionals.at(0), positionals.at(1), kind, user);
    context.out << Tr::tr("Attached %1 (%2, %3) to case %4; SHA-256 %5")
                       .arg(added.fileName, displayName(attachmentKinds(), added.kind),
                           QLocale().formattedDataSize(added.size), positionals.at(0), added.sha256)
                << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
