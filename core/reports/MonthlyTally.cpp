#include "MonthlyTally.h"

#include "Error.h"
#include "Timestamps.h"
#include "calendar/CalendarRepository.h"
#include "register/Vocabulary.h"
#include "storage/Sql.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::MonthlyTally)
    };

    // A figure: its spec and the condition on cases c (joined to reply_deadlines d) that
    // selects its cases; :from, :to and :today are bound.
    struct Figure
    {
        TallyFigureSpec spec;
        QString condition;
    };

    QString stepInRange(const char* action)
    {
        return u"EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.action = '%1' "
               u"AND e.event_date BETWEEN :from AND :to)"_s.arg(QLatin1String(action));
    }

    QList<Figure> figures()
    {
        const QString in = Tr::tr("Received");
        const QString done = Tr::tr("Handled");
        const QString results = Tr::tr("Concluded, by outcome");
        const QString time = Tr::tr("Deadlines");
        const QString left = Tr::tr("Open");
        const QString received = u"c.receipt_date BETWEEN :from AND :to"_s;
        const QString concluded = u"c.concluded_on BETWEEN :from AND :to"_s;
        QList<Figure> list { { { u"received"_s, Tr::tr("Applications received"), in }, received } };
        for (const Term<ApplicantKind>& kind : applicantKinds())
            if (kind.value == ApplicantKind::Person)
                list.append({ { u"received.person"_s, displayTerm(kind.english), in },
                    received + u" AND c.applicant_type = 'person'"_s });
        for (const Term<OrganisationType>& type : organisationTypes())
            list.append({ { u"received."_s + QLatin1String(type.code), displayTerm(type.english), in },
                received + u" AND c.applicant_type = '%1'"_s.arg(QLatin1String(type.code)) });
        for (const Term<Channel>& channel : channels())
            list.append({ { u"received.channel."_s + QLatin1String(channel.code),
                              Tr::tr("by %1").arg(displayTerm(channel.english)), in },
                received + u" AND c.channel = '%1'"_s.arg(QLatin1String(channel.code)) });
        list.append({ { u"accepted"_s, Tr::tr("Accepted"), done }, stepInRange("accept") });
        list.append({ { u"supplement_asked"_s, Tr::tr("Supplement asked"), done }, stepInRange("request_supplement") });
        list.append({ { u"extended"_s, Tr::tr("Extensions approved"), done }, stepInRange("approve_extension") });
        list.append({ { u"consulted"_s, Tr::tr("Consultations"), done }, stepInRange("consult") });
        list.append({ { u"concluded"_s, Tr::tr("Concluded"), results }, concluded });
        const QList<std::pair<const char*, const char*>> categories
            = { { "disclosed", QT_TRANSLATE_NOOP("ogi::MonthlyTally", "Disclosed") },
                  { "partly_disclosed", QT_TRANSLATE_NOOP("ogi::MonthlyTally", "Partly disclosed") },
                  { "withheld", QT_TRANSLATE_NOOP("ogi::MonthlyTally", "Withheld") },
                  { "unavailable", QT_TRANSLATE_NOOP("ogi::MonthlyTally", "Cannot be provided") },
                  { "not_processed", QT_TRANSLATE_NOOP("ogi::MonthlyTally", "Not processed") },
                  { "other", QT_TRANSLATE_NOOP("ogi::MonthlyTally", "Other handling") } };
        for (const auto& [code, label] : categories)
            list.append({ { u"concluded."_s + QLatin1String(code),
                              QCoreApplication::translate("ogi::MonthlyTally", label), results },
                concluded
                    + u" AND (c.outcome = '%1' OR c.outcome LIKE '%1\\_%' ESCAPE '\\')"_s.arg(QLatin1String(code)) });
        list.append({ { u"replied_on_time"_s, Tr::tr("Replied on time"), time },
            concluded + u" AND d.clock = 'met_on_time'"_s });
        list.append(
            { { u"replied_late"_s, Tr::tr("Replied late"), time }, concluded + u" AND d.clock = 'met_late'"_s });
        list.append({ { u"pending_at_end"_s, Tr::tr("Open at the end of the period"), left },
            u"c.receipt_date <= :to AND (c.concluded_on IS NULL OR c.concluded_on > :to)"_s });
        list.append({ { u"overdue_today"_s, Tr::tr("Overdue today"), left },
            u"c.concluded_on IS NULL AND d.clock = 'running' AND d.due_date < :today"_s });
        return list;
    }

    const QString kFrom = u" FROM cases c LEFT JOIN reply_deadlines d ON d.case_id = c.id"_s;

    QSqlQuery runFor(const Database& database, const QString& statement, const QDate& from, const QDate& to,
        const QDate& today, const QVariantList& extra = {})
    {
        QSqlQuery q = sql::prepare(database.connection(), statement);
        q.bindValue(u":from"_s, isoDate(from));
        q.bindValue(u":to"_s, isoDate(to));
        q.bindValue(u":today"_s, isoDate(today));
        for (qsizetype i = 0; i < extra.size(); ++i)
            q.bindValue(u":extra%1"_s.arg(i), extra.at(i));
        sql::exec(q);
        return q;
    }

    // Working days from receipt to reply of the cases replied in the range, by group key.
    void replyTimes(const Database& database, const QDate& from, const QDate& to, const QString& groupColumn,
        QMap<QString, std::vector<int>>& days)
    {
        const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
        QSqlQuery q = runFor(database,
            u"SELECT coalesce(%1, ''), c.receipt_date, c.concluded_on"_s.arg(groupColumn) + kFrom
                + u" WHERE c.concluded_on BETWEEN :from AND :to AND d.clock IN ('met_on_time', 'met_late')"_s,
            from, to, QDate());
        while (sql::next(q))
            days[q.value(0).toString()].push_back(
                calendar.workingDaysBetween(parseIsoDate(q.value(1).toString()), parseIsoDate(q.value(2).toString())));
    }

    void describeTimes(TallyFigures& figures, std::vector<int> days)
    {
        figures.replied = qint64(days.size());
        if (days.empty())
            return;
        std::sort(days.begin(), days.end());
        figures.medianWorkingDays = days.size() % 2 ? days.at(days.size() / 2)
                                                    : (days.at(days.size() / 2 - 1) + days.at(days.size() / 2)) / 2;
        figures.maxWorkingDays = days.back();
    }

    // The figures grouped by `groupColumn` ("''" for one group of all).
    QMap<QString, TallyFigures> countBy(
        const Database& database, const QString& groupColumn, const QDate& from, const QDate& to, const QDate& today)
    {
        const QList<Figure> list = figures();
        QStringList sums;
        for (const Figure& figure : list)
            sums << u"sum(%1)"_s.arg(figure.condition);
        // Only cases that can count in any figure: received by the end, not concluded before the start.
        QSqlQuery q = runFor(database,
            u"SELECT coalesce(%1, ''), %2"_s.arg(groupColumn, sums.join(u", "_s)) + kFrom
                + u" WHERE c.receipt_date <= max(:to, :today) AND (c.concluded_on IS NULL OR c.concluded_on >= :from) "
                  u"GROUP BY 1"_s,
            from, to, today);
        QMap<QString, TallyFigures> groups;
        while (sql::next(q)) {
            TallyFigures& f = groups[q.value(0).toString()];
            f.scopeLabel = q.value(0).toString();
            for (int i = 0; i < list.size(); ++i)
                f.values << q.value(i + 1).toLongLong();
        }
        QMap<QString, std::vector<int>> days;
        replyTimes(database, from, to, groupColumn, days);
        for (auto it = groups.begin(); it != groups.end(); ++it)
            describeTimes(it.value(), days.value(it.key()));
        return groups;
    }
} // namespace

QList<TallyFigureSpec> tallyFigureSpecs()
{
    QList<TallyFigureSpec> specs;
    for (const Figure& figure : figures())
        specs << figure.spec;
    return specs;
}

qint64 TallyFigures::value(const QString& code) const
{
    const QList<TallyFigureSpec> specs = tallyFigureSpecs();
    for (int i = 0; i < specs.size() && i < values.size(); ++i)
        if (specs.at(i).code == code)
            return values.at(i);
    return 0;
}

MonthlyTally monthlyTally(const Database& database, const QDate& from, const QDate& to, const QDate& today)
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("A tally runs from a day to a day not before it, not from %1 to %2.")
                .arg(isoDate(from), isoDate(to)));
    MonthlyTally tally { from, to, today, {}, {}, {} };
    const QMap<QString, TallyFigures> all = countBy(database, u"''"_s, from, to, today);
    tally.all = all.isEmpty() ? TallyFigures { {}, QList<qint64>(tallyFigureSpecs().size(), 0), 0, 0, 0 } : all.first();
    tally.all.scopeLabel = Tr::tr("All");
    for (const TallyFigures& f : countBy(database, u"c.department"_s, from, to, today))
        tally.byDepartment << f;
    for (const TallyFigures& f : countBy(database, u"c.clerk"_s, from, to, today))
        tally.byClerk << f;
    for (QList<TallyFigures>* list : { &tally.byDepartment, &tally.byClerk })
        for (TallyFigures& f : *list)
            if (f.scopeLabel.isEmpty())
                f.scopeLabel = Tr::tr("(not assigned)");
    return tally;
}

QStringList tallyCases(const Database& database, const QString& code, const QDate& from, const QDate& to,
    const QDate& today, const TallyScope& scope)
{
    for (const Figure& figure : figures()) {
        if (figure.spec.code != code)
            continue;
        QString statement = u"SELECT c.case_number"_s + kFrom + u" WHERE "_s + figure.condition;
        QVariantList extra;
        if (!scope.department.isEmpty()) {
            statement += u" AND c.department = :extra%1"_s.arg(extra.size());
            extra << scope.department;
        }
        if (!scope.clerk.isEmpty()) {
            statement += u" AND c.clerk = :extra%1"_s.arg(extra.size());
            extra << scope.clerk;
        }
        QSqlQuery q
            = runFor(database, statement + u" ORDER BY c.receipt_date DESC, c.id DESC"_s, from, to, today, extra);
        QStringList numbers;
        while (sql::next(q))
            numbers << q.value(0).toString();
        return numbers;
    }
    throw Error(ErrorCode::NotFound, Tr::tr("There is no figure \"%1\" in the tally.").arg(code));
}

} // namespace ogi
