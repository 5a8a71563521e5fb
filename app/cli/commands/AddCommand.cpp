#include "../Commands.h"
#include "../RepeatHintsOutput.h"

#include "Error.h"
#include "register/ApplicationJson.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::AddCommand)
    };

    QByteArray readInput(const QString& source)
    {
        QFile file;
        const bool stdinInput = source == u"-";
        const bool opened = stdinInput ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(source), file.open(QIODevice::ReadOnly));
        if (!opened)
            throw Error(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(source, file.errorString()));
        return file.readAll();
    }
} // namespace

int runAdd(CliContext& context)
{
    const QString source = context.takeOption(QStringLiteral("json"));
    context.takePositionals(0, QStringLiteral("ogi --db FILE add --json FILE|-"));
    if (source.isEmpty())
        throw UsageError { Tr::tr("add needs --json FILE (or --json - for standard input)") };
    // Parse before opening the database: bad input never touches the file.
    const Application application = applicationFromJson(readInput(source));
    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const QString caseNumber = CaseWorkflow(database).registerApplication(user, application);
    context.out << caseNumber << Qt::endl;
    // Hints go to stderr: scripts read the case number alone from stdout.
    printRepeatHints(context.err, findRepeats(database.connection(), caseNumber));
    return ExitOk;
}

} // namespace ogi::cli
