#include "CalendarCsv.h"

#include "Error.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CalendarCsv)
    };

    FieldIssue lineIssue(qsizetype lineNumber, const QString& message)
    {
        return { Tr::tr("line %1").arg(lineNumber), message };
    }
} // namespace

QString calendarKindCode(bool working) { return working ? u"work"_s : u"off"_s; }

QList<CalendarDay> parseCalendarCsv(const QString& text, const QString& source)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QStringList lines = body.split(u'\n');
    QList<CalendarDay> days;
    QList<FieldIssue> issues;
    QSet<qint64> seen;
    bool headerSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype lineNumber = i + 1;
        const QStringList fields = line.split(u',');
        if (!headerSeen) {
            headerSeen = true;
            if (fields.size() == 3 && fields.at(0).trimmed() == u"date" && fields.at(1).trimmed() == u"kind"
                && fields.at(2).trimmed() == u"name")
                continue;
            issues << lineIssue(lineNumber, Tr::tr("the first line must be the header \"date,kind,name\""));
            break;
        }
        if (fields.size() < 2 || fields.size() > 3) {
            issues << lineIssue(lineNumber, Tr::tr("expected \"date,kind,name\", found \"%1\"").arg(line));
            continue;
        }
        CalendarDay day;
        day.date = parseIsoDate(fields.at(0).trimmed());
        const QString kind = fields.at(1).trimmed();
        day.name = fields.size() == 3 ? fields.at(2).trimmed() : QString();
        if (!day.date.isValid()) {
            issues << lineIssue(lineNumber, Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(fields.at(0).trimmed()));
            continue;
        }
        if (kind != u"work" && kind != u"off") {
            issues << lineIssue(lineNumber, Tr::tr("kind \"%1\" must be \"work\" or \"off\"").arg(kind));
            continue;
        }
        day.working = kind == u"work";
        if (seen.contains(day.date.toJulianDay())) {
            issues << lineIssue(lineNumber, Tr::tr("%1 is listed twice").arg(isoDate(day.date)));
            continue;
        }
        seen.insert(day.date.toJulianDay());
        days << day;
    }
    if (!headerSeen)
        issues << lineIssue(1, Tr::tr("the file is empty"));
    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The calendar file %1 has %n problem(s):", nullptr, int(issues.size())).arg(source), issues);
    return days;
}

} // namespace ogi
