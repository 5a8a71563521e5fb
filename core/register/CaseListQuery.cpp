#include "CaseListQuery.h"

#include "register/ApplicantNumberSearch.h"
#include "register/CaseSearchIndex.h"

#include "Timestamps.h"
#include "deadline/ReplyDeadlineStore.h"
#include "register/CaseSearchIndex.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    const char* const kColumns = "case_number, applicant_name, applicant_kind, description, receipt_date, state, "
                                 "reply_due, reply_due AS days_left, outcome, department, clerk, reply_clock, "
                                 "reply_paused_until, id, missing_elements, kind, correction_decision";

    // Running clocks first by due date, then paused, then the rest.
    const char* const kUrgency
        = "CASE reply_clock WHEN 'running' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, reply_due, reply_paused_until";

    QString orderTerm(const CaseListColumn column)
    {
        switch (column) {
        case CaseListColumn::CaseNumber:
            // Numbers are "YYYY-NNNN" with a growing tail: year and sequence order them.
            return u"id"_s;
        case CaseListColumn::ApplicantName:
            return u"applicant_name"_s;
        case CaseListColumn::ApplicantKind:
            return u"applicant_kind"_s;
        case CaseListColumn::Description:
            return u"description"_s;
        case CaseListColumn::ReceiptDate:
            return u"receipt_date"_s;
        case CaseListColumn::State:
            return u"state"_s;
        case CaseListColumn::ReplyDue:
        case CaseListColumn::DaysLeft:
        case CaseListColumn::ReplyClock:
        case CaseListColumn::ReplyPausedUntil:
            return QString::fromLatin1(kUrgency);
        case CaseListColumn::Outcome:
            return u"outcome"_s;
        case CaseListColumn::Department:
            return u"department"_s;
        case CaseListColumn::Clerk:
            return u"clerk"_s;
        case CaseListColumn::MissingElements:
            return u"missing_elements"_s;
        case CaseListColumn::Kind:
            return u"kind"_s;
        case CaseListColumn::CorrectionDecision:
            return u"correction_decision"_s;
        case CaseListColumn::Id:
            break;
        }
        return u"id"_s;
    }

    QString directed(const QString& terms, bool descending)
    {
        if (!descending)
            return terms;
        QStringList parts = terms.split(u", "_s);
        for (QString& part : parts)
            part += u" DESC"_s;
        return parts.join(u", "_s);
    }

    // A state code as an SQL literal: our own codes, never input, so no binding is needed.
    QString stateLiteral(CaseState state) { return u"'"_s + caseStateCode(state) + u"'"_s; }

    // The open states (isOpen) as a list of literals for "state IN (...)".
    QString openStateList()
    {
        QStringList open;
        for (CaseState state : allCaseStates())
            if (isOpen(state))
                open << stateLiteral(state);
        return open.join(u", "_s);
    }

    QString placeholders(qsizetype count)
    {
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks << u"?"_s;
        return marks.join(u", "_s);
    }
    // How a search finds its first screenful (256 rows) on a large register, by the number of
    // cases that hold the text (docs/benchmarks.md):
    // - up to kFewHits, the hits are looked up and sorted (about 3 µs a hit);
    // - up to kManyHits, in receipt order, the receipt index is walked and an entry kept when
    //   its id is among the hits (the fewer the hits, the longer the walk; gathering the hits
    //   costs more the more there are);
    // - beyond, the list is read in order and each case's text looked at: so many hold it
    //   that a screenful comes at once.
    constexpr int kFewHits = 2000;
    constexpr int kManyHits = 50000;

    // The latest receipt date from which more than kUnassignedWorkingDays working days have
    // passed by `asOf`.
    QDate unassignedTooLongReceipt(const QDate& asOf, const WorkingCalendar& calendar)
    {
        QDate day = asOf.addDays(-1);
        // A month back covers the longest run of days off (Spring Festival).
        for (int i = 0; i < 31 && calendar.workingDaysBetween(day, asOf) <= kUnassignedWorkingDays; ++i)
            day = day.addDays(-1);
        return day;
    }
} // namespace

SqlCondition caseListCondition(const Database& database, const CaseListFilter& filter, const CaseListOrder& order,
    const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules)
{
    QStringList where;
    QVariantList values;
    if (!filter.states.isEmpty()) {
        where << u"state IN (%1)"_s.arg(placeholders(filter.states.size()));
        for (CaseState state : filter.states)
            values << caseStateCode(state);
    }
    if (filter.openOnly)
        where << u"state IN (%1)"_s.arg(openStateList());
    if (!filter.outcome.isEmpty()) {
        where << u"outcome = ?"_s;
        values << filter.outcome;
    }
    if (!filter.department.isEmpty()) {
        where << u"department = ?"_s;
        values << filter.department;
    }
    if (filter.applicantKind) {
        where << u"applicant_kind = ?"_s;
        values << codeOf(applicantKinds(), *filter.applicantKind);
    }
    if (filter.receivedFrom.isValid()) {
        where << u"receipt_date >= ?"_s;
        values << isoDate(filter.receivedFrom);
    }
    if (filter.receivedTo.isValid()) {
        where << u"receipt_date <= ?"_s;
        values << isoDate(filter.receivedTo);
    }
    if (filter.deadline) {
        const SqlCondition condition = replyStatusCondition(*filter.deadline, asOf, calendar, rules);
        where << u"("_s + condition.sql + u")"_s;
        values << condition.values;
    }
    if (filter.workOf) {
        const WorkOf& w = *filter.workOf;
        QStringList mine;
        mine << u"(clerk = ? AND state IN (%1))"_s.arg(openStateList());
        values << w.login;
        mine << u"(clerk IS NULL AND state IN (%1) AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = "
                u"case_list.id AND e.action = 'register' AND lower(e.actor) = lower(?)))"_s.arg(openStateList());
        values << w.login;
        if (w.clerk)
            mine << u"(state = %1 AND clerk IS NULL)"_s.arg(stateLiteral(CaseState::Registered));
        if (w.reviewer)
            mine << u"state = %1"_s.arg(stateLiteral(CaseState::ConfidentialityReview));
        if (w.chief) {
            mine << u"state = %1"_s.arg(stateLiteral(CaseState::AwaitingSignOff));
            mine << u"(state = %1 AND clerk IS NULL AND receipt_date <= ?)"_s.arg(stateLiteral(CaseState::Accepted));
            values << isoDate(unassignedTooLongReceipt(asOf, calendar));
        }
        where << u"("_s + mine.join(u" OR "_s) + u")"_s;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The index that can answer the text gives its hits; a text in very many cases, and
        // one or two characters that are not letters or digits, are looked for in the list
        // itself, in list order.
        const IndexedSearch found = indexedSearch(database.connection(), text, kManyHits);
        QString textCondition;
        if (found.answer == IndexedSearch::Answer::Hits) {
            if (database.engine() == StorageEngine::Postgresql) {
                // The hits as an array computed once: PostgreSQL cannot tell how few cases a
                // gram matches, and as "id IN (…)" it walked the receipt index probing every
                // case (1.1 s for a name in no case of 1,000,000; docs/benchmarks.md).
                textCondition = u"id = ANY (ARRAY(%1))"_s.arg(found.hitsSubquery);
            } else {
                // "+id" keeps SQLite from looking each hit up by id, so it walks the receipt index.
                const bool walk = found.ids.size() > kFewHits && order.column == CaseListColumn::ReceiptDate;
                textCondition = (walk ? u"+id IN (%1)"_s : u"id IN (%1)"_s).arg(found.hitsSubquery);
            }
            values << found.match;
        } else {
            const QSqlDatabase db = database.connection();
            textCondition = QStringList { sql::containsText(db, u"lower(case_number)"_s, u"?"_s),
                sql::containsText(db, u"lower(applicant_name)"_s, u"?"_s),
                sql::containsText(db, u"lower(description)"_s, u"?"_s) }
                                .join(u" OR "_s);
            const QString folded = text.toLower();
            values << folded << folded << folded;
        }
        // A number may also be an applicant's ID number or phone.
        if (const std::optional<SqlCondition> number = applicantNumberCondition(text)) {
            textCondition += u" OR "_s + number->sql;
            values << number->values;
        }
        where << u"("_s + textCondition + u")"_s;
    }

    return { where.isEmpty() ? u"1 = 1"_s : where.join(u" AND "_s), values };
}

namespace {
    // The list's SELECT with its bound values: what caseListQuery runs and CaseListRows pages.
    SqlCondition caseListStatement(const Database& database, const CaseListFilter& filter,
        const CaseListOrder& order, const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules)
    {
        const SqlCondition condition = caseListCondition(database, filter, order, asOf, calendar, rules);
        QString statement = u"SELECT %1 FROM case_list WHERE %2"_s.arg(QString::fromLatin1(kColumns), condition.sql);
        QString orderBy = directed(orderTerm(order.column), order.descending);
        if (order.column != CaseListColumn::ReceiptDate)
            orderBy += u", receipt_date DESC"_s;
        if (order.column != CaseListColumn::CaseNumber && order.column != CaseListColumn::Id)
            orderBy += u", id DESC"_s;
        return { statement + u" ORDER BY "_s + orderBy, condition.values };
    }
} // namespace

QSqlQuery caseListQuery(const Database& database, const CaseListFilter& filter, const CaseListOrder& order,
    const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules)
{
    const SqlCondition statement = caseListStatement(database, filter, order, asOf, calendar, rules);
    return sql::runWith(database.connection(), statement.sql, statement.values, sql::Rows::Seekable);
}

CaseListRows::CaseListRows(const Database& database, const CaseListFilter& filter, const CaseListOrder& order,
    const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules)
    : m_db(database.connection())
{
    const SqlCondition statement = caseListStatement(database, filter, order, asOf, calendar, rules);
    m_statement = statement.sql;
    m_values = statement.values;
    if (database.engine() == StorageEngine::Sqlite)
        m_stream = sql::runWith(m_db, m_statement, m_values);
}

QList<QSqlRecord> CaseListRows::next(int count)
{
    QList<QSqlRecord> rows;
    if (m_atEnd || count <= 0)
        return rows;
    if (m_stream) {
        while (rows.size() < count && sql::next(*m_stream))
            rows << m_stream->record();
        m_atEnd = rows.size() < count;
        return rows;
    }
    QVariantList values = m_values;
    values << count << m_offset;
    QSqlQuery page = sql::runWith(m_db, m_statement + u" LIMIT ? OFFSET ?"_s, values);
    int read = 0;
    const int id = static_cast<int>(CaseListColumn::Id);
    while (sql::next(page)) {
        ++read;
        // A case registered meanwhile at the top moves every row down one: the last row of
        // the page before comes again, and is left out.
        if (!m_given.contains(page.value(id).toLongLong())) {
            m_given.insert(page.value(id).toLongLong());
            rows << page.record();
        }
    }
    m_offset += read;
    m_atEnd = read < count;
    return rows;
}

QStringList caseDepartments(const Database& database)
{
    QStringList departments;
    QSqlQuery q = sql::run(database.connection(),
        u"SELECT DISTINCT department FROM cases WHERE department IS NOT NULL ORDER BY department"_s);
    while (sql::next(q))
        departments << q.value(0).toString();
    return departments;
}

QHash<QString, QString> clerkDepartments(const Database& database)
{
    QHash<QString, QString> departments;
    // Each clerk's newest assigned case (the highest id), standard SQL for both engines.
    QSqlQuery q = sql::run(database.connection(),
        u"SELECT clerk, department FROM cases WHERE id IN (SELECT max(id) FROM cases "
        u"WHERE clerk IS NOT NULL AND department IS NOT NULL GROUP BY clerk)"_s);
    while (sql::next(q))
        departments.insert(q.value(0).toString(), q.value(1).toString());
    return departments;
}

} // namespace ogi
