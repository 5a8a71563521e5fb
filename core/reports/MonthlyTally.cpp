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

    // The figures of each (department, clerk), as the database's rows add them up.
    class GroupCounts
    {
    public:
        explicit GroupCounts(const QList<Figure>& list)
            : m_width(list.size())
        {
            for (int i = 0; i < list.size(); ++i)
                m_index.insert(list.at(i).spec.code, i);
        }
        // Adds `n` to figure `code` of the group in columns 0 and 1 of `row`.
        void add(const QSqlQuery& row, const QString& code, qint64 n)
        {
            const auto index = m_index.constFind(code);
            if (index == m_index.constEnd())
                return; // a code no figure counts by
            QList<qint64>& values = m_groups[{ row.value(0).toString(), row.value(1).toString() }];
            if (values.isEmpty())
                values = QList<qint64>(m_width, 0);
            values[*index] += n;
        }
        const QMap<std::pair<QString, QString>, QList<qint64>>& groups() const { return m_groups; }

    private:
        qsizetype m_width;
        QHash<QString, int> m_index;
        QMap<std::pair<QString, QString>, QList<qint64>> m_groups;
    };

    // The tally's figures by a few queries, each led by the index of what it counts (the
    // cases received in the range by their receipt date, those concluded in it by their
    // conclusion date ...). One pass over every case that can count, testing each against
    // every figure's condition, took 2.4–2.6 s for the busiest month of a 1,000,000-case
    // register (107,000 such cases). The conditions in figures() say the same case by case
    // (tallyCases; the tests hold every figure of every scope to the number of its cases).
    void countFigures(const Database& database, const QList<Figure>& list, const WorkingCalendar& calendar,
        GroupCounts& counts, Groups& groups, const QDate& from, const QDate& to, const QDate& today)
    {
        const QString group = u"SELECT coalesce(c.department, ''), coalesce(c.clerk, ''), "_s;
        QSqlQuery received = runFor(database,
            group + u"c.applicant_type, c.channel, count(*) FROM cases c WHERE "_s + kApplications
                + u" AND c.receipt_date BETWEEN :from AND :to GROUP BY 1, 2, 3, 4"_s,
            from, to, today);
        while (sql::next(received)) {
            const qint64 n = received.value(4).toLongLong();
            const QString type = received.value(2).toString();
            counts.add(received, u"received"_s, n);
            counts.add(received, u"received."_s + type, n);
            counts.add(received, u"received.channel."_s + received.value(3).toString(), n);
        }
        // Concluded in the range, case by case: the working days from receipt to reply of
        // those replied come from the same rows.
        QSqlQuery concluded = runFor(database,
            group + u"c.outcome, d.clock, c.receipt_date, c.concluded_on"_s + kFrom + u" WHERE "_s + kApplications
                + u" AND c.concluded_on BETWEEN :from AND :to"_s,
            from, to, today);
        QStringList categories;
        for (const Figure& figure : list)
            if (figure.spec.code.startsWith(u"concluded."))
                categories << figure.spec.code.mid(10);
        while (sql::next(concluded)) {
            const QString outcome = concluded.value(2).toString();
            const QString clock = concluded.value(3).toString();
            counts.add(concluded, u"concluded"_s, 1);
            // An outcome of the category, or one of its kinds ("withheld_state_secret").
            for (const QString& category : std::as_const(categories))
                if (outcome == category || outcome.startsWith(category + u'_'))
                    counts.add(concluded, u"concluded."_s + category, 1);
            const bool onTime = clock == u"met_on_time";
            if (!onTime && clock != u"met_late")
                continue;
            counts.add(concluded, onTime ? u"replied_on_time"_s : u"replied_late"_s, 1);
            const int days = calendar.workingDaysBetween(
                parseIsoDate(concluded.value(4).toString()), parseIsoDate(concluded.value(5).toString()));
            groups.allDays.push_back(days);
            groups.departmentDays[concluded.value(0).toString()].push_back(days);
            groups.clerkDays[concluded.value(1).toString()].push_back(days);
        }
        // Open at the end: still open, or concluded after it. The second is read from the
        // report index (receipt date, conclusion date): searched by the conclusion date,
        // SQLite reads every case concluded since, the whole register for an old month.
        const QString flows = sql::engineOf(database.connection()) == StorageEngine::Sqlite
            ? u" INDEXED BY cases_report_flows"_s
            : QString();
        const QString scope = u"SELECT coalesce(c.department, '') AS g1, coalesce(c.clerk, '') AS g2 FROM cases c"_s;
        QSqlQuery open = runFor(database,
            u"SELECT g1, g2, count(*) FROM ("_s + scope + u" WHERE "_s + kApplications
                + u" AND c.concluded_on IS NULL AND c.receipt_date <= :to UNION ALL "_s + scope + flows + u" WHERE "_s
                + kApplications + u" AND c.receipt_date <= :to AND c.concluded_on > :to) open_cases GROUP BY 1, 2"_s,
            from, to, today);
        while (sql::next(open))
            counts.add(open, u"pending_at_end"_s, open.value(2).toLongLong());
        QSqlQuery overdue = runFor(database,
            group + u"count(*) FROM cases c JOIN reply_deadlines d ON d.case_id = c.id WHERE "_s + kApplications
                + u" AND c.concluded_on IS NULL AND d.clock = 'running' AND d.due_date < :today GROUP BY 1, 2"_s,
            from, to, today);
        while (sql::next(overdue))
            counts.add(overdue, u"overdue_today"_s, overdue.value(2).toLongLong());
        // The steps of the range, a case once for each kind of step, among the cases that
        // count: received by the end and not concluded before the start (a case with a step
        // in the range is one, unless its step is dated before its receipt).
        const QList<std::pair<QString, QString>> steps = { { u"accept"_s, u"accepted"_s },
            { u"request_supplement"_s, u"supplement_asked"_s }, { u"approve_extension"_s, u"extended"_s },
            { u"consult"_s, u"consulted"_s } };
        QStringList actions;
        for (const auto& step : steps)
            actions << u"'"_s + step.first + u"'"_s;
        QSqlQuery stepped = runFor(database,
            group + u"e.action, count(DISTINCT c.id) FROM case_events e JOIN cases c ON c.id = e.case_id "
                    u"WHERE e.action IN ("_s
                + actions.join(u", "_s) + u") AND e.event_date BETWEEN :from AND :to AND "_s + kApplications
                + u" AND c.receipt_date <= :to AND (c.concluded_on IS NULL OR c.concluded_on >= :from) "
                  u"GROUP BY 1, 2, 3"_s,
            from, to, today);
        while (sql::next(stepped))
            for (const auto& [action, code] : steps)
                if (stepped.value(2).toString() == action)
                    counts.add(stepped, code, stepped.value(3).toLongLong());
    }

    // Grouped by department and clerk; the whole and each department and clerk are sums of
    // those groups.
    Groups count(const Database& database, const QDate& from, const QDate& to, const QDate& today)
    {
        const QList<Figure> list = figures();
        GroupCounts counts(list);
        Groups groups;
        countFigures(
            database, list, loadOfficeCalendar(database.connection()), counts, groups, from, to, today);
        groups.all.values = QList<qint64>(list.size(), 0);
        for (auto it = counts.groups().cbegin(); it != counts.groups().cend(); ++it) {
            addInto(groups.all, it.value());
            addInto(groups.departments[it.key().first], it.value());
            addInto(groups.clerks[it.key().second], it.value());
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
