#include "../Commands.h"
#include "../DateArguments.h"

#include "Timestamps.h"
#include "calendar/ShippedCalendar.h"
#include "deadline/CalendarRepository.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::CalendarCommand)
    };

    // Changing the office calendar is the administrator's (signed in, checked in core).
    UserAccount administrator(CliContext& context, const Database& database)
    {
        const UserAccount user = context.signIn(database);
        requireRole(user, Role::Administrator, Tr::tr("Changing the office calendar"));
        return user;
    }

    const QString kUsage = u"ogi [--db FILE] calendar days FROM TO | years; "
                           u"ogi --db FILE calendar set DATE work|off [NAME] | unset DATE | import FILE|-"_s;

    // The office calendar when --db is given, else the shipped arrangements.
    WorkingCalendar calendarOf(const CliContext& context)
    {
        if (context.dbPath().isEmpty())
            return shippedCalendar();
        return CalendarRepository(context.openDatabase()).calendar();
    }

    int printDays(CliContext& context)
    {
        const QStringList range = context.takePositionals(2, u"ogi [--db FILE] calendar days FROM TO"_s);
        const QDate from = parseDateArgument(u"FROM"_s, range.at(0));
        const QDate to = parseDateArgument(u"TO"_s, range.at(1));
        if (from > to)
            throw UsageError { Tr::tr("FROM (%1) is after TO (%2)").arg(isoDate(from), isoDate(to)) };
        const WorkingCalendar calendar = calendarOf(context);
        if (!calendar.isKnownSpan(from, to))
            context.err << calendar.provisionalReason(from, to) << Qt::endl;
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            context.out << isoDate(date) << (calendar.isWorkingDay(date) ? u" work"_s : u" off"_s);
            const QString name = calendar.dayName(date);
            if (!name.isEmpty())
                context.out << u' ' << name;
            if (!calendar.isKnown(date))
                context.out << u' ' << Tr::tr("(calendar not known)");
            context.out << u'\n';
        }
        context.out.flush();
        return ExitOk;
    }

    int printYears(CliContext& context)
    {
        context.takePositionals(0, u"ogi [--db FILE] calendar years"_s);
        const WorkingCalendar calendar = calendarOf(context);
        QStringList years;
        for (int year : calendar.knownYears())
            years << QString::number(year);
        context.out << Tr::tr("Known years: %1").arg(years.join(u", "_s)) << Qt::endl;
        return ExitOk;
    }

    int setDay(CliContext& context)
    {
        const QStringList args = context.args();
        if (args.size() < 2 || args.size() > 3)
            throw UsageError { Tr::tr("usage: %1").arg(u"ogi --db FILE calendar set DATE work|off [NAME]"_s) };
        context.takePositionals(int(args.size()), u"ogi --db FILE calendar set DATE work|off [NAME]"_s);
        CalendarDay day;
        day.date = parseDateArgument(u"DATE"_s, args.at(0));
        if (args.at(1) != u"work" && args.at(1) != u"off")
            throw UsageError { Tr::tr("the kind must be \"work\" or \"off\", not \"%1\"").arg(args.at(1)) };
        day.working = args.at(1) == u"work";
        day.name = args.size() == 3 ? args.at(2).trimmed() : QString();
        const Database database = context.openDatabase();
        const UserAccount user = administrator(context, database);
        const CalendarChange change = CalendarRepository(database).setDay(day, user.login);
        context.out << (day.working ? Tr::tr("%1 is now a working day.") : Tr::tr("%1 is now a day off."))
                           .arg(isoDate(day.date))
                    << u' ' << deadlinesMovedText(change) << Qt::endl;
        return ExitOk;
    }

    int unsetDay(CliContext& context)
    {
        const QDate date
            = parseDateArgument(u"DATE"_s, context.takePositionals(1, u"ogi --db FILE calendar unset DATE"_s).front());
        const Database database = context.openDatabase();
        const UserAccount user = administrator(context, database);
        const CalendarChange change = CalendarRepository(database).removeDay(date, user.login);
        context.out << Tr::tr("%1 follows the shipped calendar again.").arg(isoDate(date)) << u' '
                    << deadlinesMovedText(change) << Qt::endl;
        return ExitOk;
    }

    int importFile(CliContext& context)
    {
        const QString path = context.takePositionals(1, u"ogi --db FILE calendar import FILE|-"_s).front();
        QFile file(path);
        const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!ok)
            throw UsageError { Tr::tr("cannot read %1: %2").arg(path, file.errorString()) };
        const QString source = path == u"-" ? u"stdin"_s : QFileInfo(path).fileName();
        const Database database = context.openDatabase();
        const UserAccount user = administrator(context, database);
        const CalendarChange change
            = CalendarRepository(database).importCsv(QString::fromUtf8(file.readAll()), source, user.login);
        context.out << Tr::tr("Imported %n calendar day(s) from %1.", nullptr, change.days).arg(source) << u' '
                    << deadlinesMovedText(change) << Qt::endl;
        return ExitOk;
    }
} // namespace

int runCalendar(CliContext& context)
{
    if (context.args().isEmpty())
        throw UsageError { Tr::tr("usage: %1").arg(kUsage) };
    const QString sub = context.args().takeFirst();
    if (sub == u"days")
        return printDays(context);
    if (sub == u"years")
        return printYears(context);
    if (sub == u"set")
        return setDay(context);
    if (sub == u"unset")
        return unsetDay(context);
    if (sub == u"import")
        return importFile(context);
    throw UsageError { Tr::tr("unknown calendar command \"%1\"; usage: %2").arg(sub, kUsage) };
}

} // namespace ogi::cli
