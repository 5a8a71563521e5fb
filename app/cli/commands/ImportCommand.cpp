#include "../Commands.h"

#include "exchange/LedgerImport.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ImportCommand)
    };
} // namespace

int runImport(CliContext& context)
{
    LedgerImportOptions options;
    options.encoding = context.takeOption(u"encoding"_s);
    options.mappingPath = context.takeOption(u"mapping"_s);
    options.dryRun = context.takeFlag(u"dry-run"_s);
    options.skipInvalid = context.takeFlag(u"skip-invalid"_s);
    const QString copies = context.takeOption(u"copies"_s);
    if (!copies.isEmpty() && copies != u"import" && copies != u"skip")
        throw UsageError { Tr::tr("--copies takes import or skip, not \"%1\"").arg(copies) };
    options.copies = copies == u"import" ? CopyRows::Import : CopyRows::Skip;
    const QStringList positionals = context.takePositionals(1,
        u"ogi --db FILE --user NAME import LEDGER.csv|.xlsx|.xls [--dry-run] [--encoding E] [--mapping M.json] "
        u"[--skip-invalid] [--copies skip|import]"_s);
    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const LedgerImportResult result = importLedger(database, positionals.at(0), options, user);
    const LedgerReading& reading = result.reading;

    context.out << Tr::tr("%1 (%2): header in row %3, %n row(s) of data.", nullptr, int(reading.rows.size()))
                       .arg(QFileInfo(reading.path).fileName(), reading.format)
                       .arg(reading.headerRow)
                << Qt::endl;
    for (const LedgerProblem& problem : reading.problems)
        context.out << problem.text() << Qt::endl;
    // Rows the same in every cell as an earlier one: named, and what became of them said.
    for (const LedgerEntry& e : reading.entries)
        if (e.copyOf != 0)
            context.out << Tr::tr("row %1: the same as row %2 in every cell (a probable copy)").arg(e.row).arg(e.copyOf)
                        << Qt::endl;
    QString copiesLine;
    if (reading.copies > 0 && options.copies == CopyRows::Import)
        copiesLine = Tr::tr("%n row(s) the same as an earlier row in every cell imported as applications of their own "
                            "(--copies import).",
            nullptr, reading.copies);
    else if (reading.copies > 0)
        copiesLine = (options.dryRun
                ? Tr::tr("%n row(s) the same as an earlier row in every cell would be left out as probable copies.",
                      nullptr, reading.copies)
                : Tr::tr("%n row(s) the same as an earlier row in every cell left out as probable copies.", nullptr,
                      reading.copies))
            + (copies.isEmpty()
                    ? u' '
                        + Tr::tr("If they are applications of their own, import the same file again with --copies "
                                 "import: it adds only them.")
                    : QString());
    const int invalid = int(reading.invalidRows.size());
    const QString already = reading.alreadyImported > 0
        ? Tr::tr("%n row(s) already in the register (imported before) left as they are.", nullptr,
              reading.alreadyImported)
        : QString();
    if (options.dryRun) {
        context.out << Tr::tr("Dry run: %n row(s) would be imported", nullptr, reading.importable(options.copies))
                    << (invalid > 0 ? Tr::tr(", %n row(s) have problems", nullptr, invalid) : QString())
                    << Tr::tr("; nothing was written.") << Qt::endl;
        if (!already.isEmpty())
            context.out << already << Qt::endl;
        if (!copiesLine.isEmpty())
            context.out << copiesLine << Qt::endl;
        return invalid > 0 ? ExitFinding : ExitOk;
    }
    if (invalid > 0 && !options.skipInvalid) {
        context.out << Tr::tr("%n row(s) have problems; nothing was imported. Correct them, or import the other "
                              "rows with --skip-invalid.",
                           nullptr, invalid)
                    << Qt::endl;
        return ExitFinding;
    }
    if (result.imported > 0)
        context.out << Tr::tr("Imported %n case(s): %1 to %2.", nullptr, result.imported)
                           .arg(result.firstCase, result.lastCase)
                    << Qt::endl;
    else
        context.out << Tr::tr("Nothing to import.") << Qt::endl;
    if (!already.isEmpty())
        context.out << already << Qt::endl;
    if (!copiesLine.isEmpty())
        context.out << copiesLine << Qt::endl;
    if (!result.rejectedFile.isEmpty())
        context.out << Tr::tr("%n row(s) with problems were not imported; they are in %1.", nullptr, invalid)
                           .arg(result.rejectedFile)
                    << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
