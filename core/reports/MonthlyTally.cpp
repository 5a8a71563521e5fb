#include "MonthlyTally.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/CalendarRepository.h"
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
        // A set built once per query from the (action, event_date) index, then a lookup per case.
        return u"c.id IN (SELECT e.case_id FROM case_events e WHERE e.action = '%1' "
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
    // The tally counts applications for government information: a correction request
    // (Art. 41) is not one and changes no figure (docs/legal-rules.md).
    const QString kApplications = u"c.kind = 'disclosure'"_s;

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

    // The cases that can count in any figure: received or concluded in the range, open at its
    // end, or open and overdue today. A step in the range (accepted, consulted ...) belongs to
    // a case received by the end and not concluded before the start, so one of these.
    const QString kRelevant = u"(c.receipt_date BETWEEN :from AND :to OR c.concluded_on BETWEEN :from AND :to "
                              u"OR (c.receipt_date <= :to AND (c.concluded_on IS NULL OR c.concluded_on > :to)) "
                              u"OR (c.concluded_on IS NULL AND d.clock = 'running' AND d.due_date < :today))"_s;

    struct Groups
    {
        TallyFigures all;
        QMap<QString, TallyFigures> departments;
        QMap<QString, TallyFigures> clerks;
        std::vector<int> allDays;
        QMap<QString, std::vector<int>> departmentDays;
        QMap<QString, std::vector<int>> clerkDays;
    };

    void addInto(TallyFigures& figures, const QList<qint64>& values)
    {
        if (figures.values.isEmpty())
            figures.values = QList<qint64>(values.size(), 0);
        for (qsizetype i = 0; i < values.size(); ++i)
            figures.values[i] += values.at(i);
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

    // One pass, grouped by department and clerk; the whole and each department and clerk are
    // sums of those groups.
    Groups count(const Database& database, const QDate& from, const QDate& to, const QDate& today)
    {
        const QList<Figure> list = figures();
        QStringList sums;
        for (const Figure& figure : list)
            sums << u"count(*) FILTER (WHERE %1)"_s.arg(figure.condition);
        Groups groups;
        groups.all.values = QList<qint64>(list.size(), 0);
        QSqlQuery q = runFor(database,
            u"SELECT coalesce(c.department, ''), coalesce(c.clerk, ''), %1"_s.arg(sums.join(u", "_s)) + kFrom
                + u" WHERE "_s + kApplications + u" AND "_s + kRelevant + u" GROUP BY 1, 2"_s,
            from, to, today);
        while (sql::next(q)) {
            QList<qint64> values;
            for (int i = 0; i < list.size(); ++i)
                values << q.value(i + 2).toLongLong();
            addInto(groups.all, values);
            addInto(groups.departments[q.value(0).toString()], values);
            addInto(groups.clerks[q.value(1).toString()], values);
        }
        // Working days from receipt to reply of the cases replied in the range.
        const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
        QSqlQuery replied = runFor(database,
            u"SELECT coalesce(c.department, ''), coalesce(c.clerk, ''), c.receipt_date, c.concluded_on"_s + kFrom
                + u" WHERE "_s + kApplications
                + u" AND c.concluded_on BETWEEN :from AND :to AND d.clock IN ('met_on_time', 'met_late')"_s,
            from, to, today);
        while (sql::next(replied)) {
            const int days = calendar.workingDaysBetween(
                parseIsoDate(replied.value(2).toString()), parseIsoDate(replied.value(3).toString()));
            groups.allDays.push_back(days);
            groups.departmentDays[replied.value(0).toString()].push_back(days);
            groups.clerkDays[replied.value(1).toString()].push_back(days);
        }
        describeTimes(groups.all, groups.allDays);
        for (auto it = groups.departments.begin(); it != groups.departments.end(); ++it) {
            it->scopeLabel = it.key();
            describeTimes(it.value(), groups.departmentDays.value(it.key()));
        }
        for (auto it = groups.clerks.begin(); it != groups.clerks.end(); ++it) {
            it->scopeLabel = it.key();
            describeTimes(it.value(), groups.clerkDays.value(it.key()));
        }
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
    const Groups groups = count(database, from, to, today);
    tally.all = groups.all;
    tally.all.scopeLabel = Tr::tr("All");
    tally.byDepartment = groups.departments.values();
    tally.byClerk = groups.clerks.values();
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
        QString statement = u"SELECT c.case_number"_s + kFrom + u" WHERE "_s + kApplications + u" AND ("_s
            + figure.condition + u")"_s;
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
