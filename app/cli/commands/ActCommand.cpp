#include "../Commands.h"
#include "../DateArguments.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/DeadlineStatus.h"
#include "lifecycle/CaseTransitions.h"
#include "register/CaseDeadline.h"
#include "workflow/ActionSpec.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ActCommand)
    };

    const QString kUsage = u"ogi --db FILE --user NAME act CASE ACTION [--date D] [--note TEXT] [--PARAM VALUE]..."_s;

    // "sign-off" and "sign_off" name the same action; the CLI prefers dashes.
    QString codeFromArgument(const QString& text)
    {
        return QString(text).replace(u'-', u'_');
    }

    QString argumentFromCode(const QString& code)
    {
        return QString(code).replace(u'_', u'-');
    }

    // The action's parameters as `--name VALUE` lines, for `act CASE ACTION --help`.
    QString describeAction(const ActionSpec& spec)
    {
        QString text = Tr::tr("%1 (%2): needs the role %3").arg(argumentFromCode(spec.action),
            actionDisplayName(spec.action), roleNames(spec.roles));
        for (const ActionParam& param : spec.params) {
            text += u"\n  --"_s + argumentFromCode(param.name) + u"  "_s + paramLabel(param);
            if (param.required)
                text += u' ' + Tr::tr("(required)");
            if (param.kind == ParamKind::Choice) {
                QStringList codes;
                for (const ParamChoice& choice : param.choices())
                    codes << choice.code + u'=' + choice.displayName;
                text += u"\n      "_s + codes.join(u", ");
            }
        }
        return text;
    }
} // namespace

int runAct(CliContext& context)
{
    QStringList& args = context.args();
    QStringList positionals;
    QJsonObject params;
    QString dateText;
    QString note;
    bool help = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(u"--")) {
            positionals << arg;
            continue;
        }
        if (arg == u"--help") {
            help = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else {
            if (i + 1 >= args.size())
                throw UsageError { Tr::tr("%1 needs a value; usage: %2").arg(arg, kUsage) };
            value = args.at(++i);
        }
        if (name == u"date")
            dateText = value;
        else if (name == u"note")
            note = value;
        else
            params.insert(codeFromArgument(name), value);
    }
    args.clear();
    if (positionals.size() != 2) {
        if (help) {
            QStringList lines;
            for (const ActionSpec& spec : actionSpecs())
                lines << describeAction(spec);
            context.out << Tr::tr("usage: %1").arg(kUsage) << u"\n\n"_s << lines.join(u"\n\n"_s) << Qt::endl;
            return ExitOk;
        }
        throw UsageError { Tr::tr("usage: %1").arg(kUsage) };
    }
    const QString action = codeFromArgument(positionals.at(1));
    const ActionSpec* spec = findActionSpec(action);
    if (!spec) {
        QStringList known;
        for (const ActionSpec& s : actionSpecs())
            known << argumentFromCode(s.action);
        throw UsageError { Tr::tr("unknown action \"%1\"; the actions are: %2").arg(positionals.at(1), known.join(u", ")) };
    }
    if (help) {
        context.out << describeAction(*spec) << Qt::endl;
        return ExitOk;
    }

    ActionRequest request;
    request.action = action;
    request.note = note;
    request.params = params;
    if (!dateText.isEmpty())
        request.date = parseDateArgument(u"--date"_s, dateText);

    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const CaseEvent event = CaseWorkflow(database).perform(user, positionals.at(0), request);
    context.out << Tr::tr("%1: %2 on %3 — the case is now %4.")
                       .arg(positionals.at(0).trimmed(), actionDisplayName(event.action), isoDate(event.eventDate),
                           caseStateName(event.toState))
                << Qt::endl;
    const CaseDeadline deadline = caseDeadline(database, positionals.at(0).trimmed(), SystemClock::instance().today());
    if (!deadline.statutoryPeriod) {
        context.out << caseDeadlineLines(deadline).front() << Qt::endl;
        return ExitOk;
    }
    const PeriodStatus& urgent = deadline.report.mostUrgent();
    context.out << periodLine(urgent) << Qt::endl;
    for (const QString& warning : reportWarnings(deadline.report))
        context.out << Tr::tr("Attention: %1").arg(warning) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
