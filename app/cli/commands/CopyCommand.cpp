#include "../Commands.h"

#include "backup/RegisterCopy.h"
#include "storage/RegisterLocation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::CopyCommand)
    };
} // namespace

int runCopy(CliContext& context)
{
    const QStringList positionals = context.takePositionals(2, u"ogi copy FROM TO"_s);
    const RegisterLocation from = RegisterLocation::parse(positionals.at(0));
    const RegisterLocation to = RegisterLocation::parse(positionals.at(1));
    const RegisterCopyResult result = copyRegister(from, to, context.actor());
    const QLocale locale;
    context.out << Tr::tr("Copied %1 to %2:").arg(from.display(), to.display()) << Qt::endl;
    for (const auto& [table, rows] : result.tables)
        if (rows > 0)
            context.out << u"  "_s << table << u": "_s << locale.toString(rows) << Qt::endl;
    context.out << Tr::tr("Checked on %1: every table's row count, %2 cases in the search index, the audit chain "
                          "of %3 rows and its head, the SHA-256 of %4 notices and of %5 attached files. The source "
                          "was not changed.")
                       .arg(to.display(), locale.toString(result.searchRows), locale.toString(result.auditRows),
                           locale.toString(result.noticesChecked), locale.toString(result.attachedFiles))
                << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
