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
    // "authorisation=委托书.pdf", "evidence=户籍证明.pdf", or a path alone (kind application).
    FileToAttach fileToAttach(const QString& spec)
    {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq > 0) {
            if (const std::optional<AttachmentKind> kind = parseTerm(attachmentKinds(), spec.left(eq)))
                return { *kind, spec.mid(eq + 1) };
            if (!QFile::exists(spec))
                throw UsageError { Tr::tr("--attach: \"%1\" is not a kind of attachment (%2)")
                                       .arg(spec.left(eq), acceptedCodes(attachmentKinds())) };
        }
        return { AttachmentKind::Application, spec };
    }
} // namespace

int runAdd(CliContext& context)
{
    const QString source = context.takeOption(QStringLiteral("json"));
    QList<FileToAttach> files;
    for (const QString& spec : context.takeOptions(QStringLiteral("attach")))
        files << fileToAttach(spec);
    context.takePositionals(0, QStringLiteral("ogi --db FILE add --json FILE|- [--attach [KIND=]FILE]..."));
    if (source.isEmpty())
        throw UsageError { Tr::tr("add needs --json FILE (or --json - for standard input)") };
    // Parse before opening the database: bad input never touches the file.
    const Application application = applicationFromJson(readInput(source));
    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const QString caseNumber = CaseWorkflow(database).registerApplication(user, application, files);
    context.out << caseNumber << Qt::endl;
    // Hints go to stderr: scripts read the case number alone from stdout. The case is stored:
    // nothing after this may turn the exit code into a failure.
    try {
        printRepeatHints(context.err, findRepeats(database.connection(), caseNumber));
    } catch (const Error& error) {
        context.err << Tr::tr("Case %1 is registered; similar applications could not be looked up: %2")
                           .arg(caseNumber, error.message())
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace ogi::cli
