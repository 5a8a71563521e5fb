#pragma once

#include "calendar/WorkingCalendar.h"
#include "deadline/DeadlineRules.h"
#include "deadline/DeadlineStatus.h"
#include "deadline/ReplyDeadlineStore.h"
#include "lifecycle/CaseState.h"
#include "register/Vocabulary.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// case_list.reply_clock of a case the Regulations set no period for (a correction request,
// Art. 41): none of the reply statuses selects it.
inline constexpr const char* kNoStatutoryPeriodClock = "no_period";

// Columns of caseListQuery(), in order. DaysLeft carries the reply due date again: the
// working days left depend on the day the list is looked at (replyStatusAsOf).
enum class CaseListColumn
{
    CaseNumber,
    ApplicantName,
    ApplicantKind,
    Description,
    ReceiptDate,
    State,
    ReplyDue,
    DaysLeft,
    Outcome,
    Department,
    Clerk,
    ReplyClock,
    ReplyPausedUntil,
    Id,
    MissingElements, // cases.missing_elements: the Art. 29 elements the application lacked
    Kind, // "disclosure" or "correction" (Art. 41)
    CorrectionDecision, // a correction request's newest decision (correct, refer, ...), else NULL
};

// The work waiting for one user (我的待办). Every open case is in someone's list:
// - the cases assigned to them;
// - a case nobody is assigned to, in the list of the clerk who registered it;
// - registered cases nobody has taken, in every clerk's (any clerk may accept);
// - confidentiality reviews for reviewers, sign-offs for chiefs;
// - an accepted case left unassigned more than kUnassignedWorkingDays working days after its
//   receipt, in every chief's as well, who may assign it.
// Office practice, not law: the reply period runs from receipt (Art. 33), and a case not
// assigned within two working days has lost a tenth of its 20 days (docs/legal-rules.md).
inline constexpr int kUnassignedWorkingDays = 2;

struct WorkOf
{
    QString login;
    bool clerk = false;
    bool reviewer = false;
    bool chief = false;
};

// Which cases a list shows. Empty members do not filter.
struct CaseListFilter
{
    QList<CaseState> states; // any of these
    bool openOnly = false; // isOpen(state)
    QString outcome; // outcome code
    QString department;
    std::optional<ApplicantKind> applicantKind;
    QDate receivedFrom; // inclusive
    QDate receivedTo; // inclusive
    std::optional<DeadlineStatus> deadline; // the reply period's status as of the list's date
    std::optional<WorkOf> workOf;
    // Case number, applicant or request containing this text (CaseSearchIndex), or an applicant
    // whose ID number or phone is this number or ends with it (ApplicantNumberSearch).
    QString text;
};

// How a list is ordered. Ties are broken by receipt date and case, newest first.
struct CaseListOrder
{
    CaseListColumn column = CaseListColumn::ReceiptDate;
    bool descending = true;
};

// The filter as a condition on the case_list view's columns, with its bound values ("1 = 1"
// when it selects everything); `order` only decides how a search's hits are best looked up.
// For queries that select what a list shows (the ledger export).
SqlCondition caseListCondition(const Database& database, const CaseListFilter& filter, const CaseListOrder& order,
    const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules = {});

// The register for list views: an executed query over the case_list view for
// a QSqlQueryModel to fetch lazily, filtered and ordered as asked, with the deadline
// statuses as of `asOf` on `calendar`. Read-only. Throws Error(Storage) on failure.
QSqlQuery caseListQuery(const Database& database, const CaseListFilter& filter, const CaseListOrder& order,
    const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules = {});

// The register for a list view that fetches as it scrolls: the rows caseListQuery() would
// give, in its order, a page at a time. On SQLite one statement is stepped on as pages are
// asked for; on PostgreSQL, whose driver would hand over the whole result at once (a million
// rows before the first is shown), each page is its own query (LIMIT/OFFSET), and a case that
// moved into an earlier page since (another desk registered one) is not given twice.
// Read-only. Throws Error(Storage) on failure.
class CaseListRows
{
public:
    CaseListRows(const Database& database, const CaseListFilter& filter, const CaseListOrder& order,
        const QDate& asOf, const WorkingCalendar& calendar, const DeadlineRules& rules = {});

    // Up to `count` further rows (columns in CaseListColumn order); fewer, or none, at the end.
    QList<QSqlRecord> next(int count);
    // True once next() has given the last row.
    bool atEnd() const { return m_atEnd; }

private:
    QSqlDatabase m_db;
    QString m_statement;
    QVariantList m_values;
    std::optional<QSqlQuery> m_stream; // SQLite
    qint64 m_offset = 0; // PostgreSQL: rows asked for so far
    QSet<qint64> m_given; // PostgreSQL: ids of the cases given
    bool m_atEnd = false;
};

// The departments cases have been assigned to, sorted: the choices of a department filter.
QStringList caseDepartments(const Database& database);

// The department each clerk's newest assigned case went to, by login: where the assign dialog
// starts when that clerk is picked.
QHash<QString, QString> clerkDepartments(const Database& database);

} // namespace ogi
