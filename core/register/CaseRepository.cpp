#include "CaseRepository.h"

#include "Error.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "audit/RowDigest.h"
#include "deadline/CalendarRepository.h"
#include "deadline/ReplyDeadlineStore.h"
#include "deadline/SettledPeriods.h"
#include "lifecycle/CaseEventRow.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/Outcome.h"
#include "register/ApplicationValidator.h"
#include "register/CaseRows.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CaseRepository)
    };

    qint64 allocateSequence(const QSqlDatabase& db, int year)
    {
        sql::run(db, u"INSERT INTO case_counters (year, last_number) VALUES (?, 0) ON CONFLICT (year) DO NOTHING"_s,
            { year });
        sql::run(db, u"UPDATE case_counters SET last_number = last_number + 1 WHERE year = ?"_s, { year });
        return sql::scalar(db, u"SELECT last_number FROM case_counters WHERE year = ?"_s, { year }).toLongLong();
    }

    Applicant readApplicant(const QSqlQuery& q)
    {
        Applicant a;
        a.kind = parseTerm(applicantKinds(), q.value(u"kind"_s).toString()).value_or(ApplicantKind::Person);
        a.organisationType
            = parseTerm(organisationTypes(), q.value(u"org_type"_s).toString()).value_or(OrganisationType::Other);
        a.name = q.value(u"name"_s).toString();
        a.idType = parseTerm(idDocumentTypes(), q.value(u"id_type"_s).toString()).value_or(IdDocumentType::ResidentId);
        a.idNumber = q.value(u"id_number"_s).toString();
        a.creditCode = q.value(u"credit_code"_s).toString();
        a.legalRepresentative = q.value(u"legal_representative"_s).toString();
        a.contactPerson = q.value(u"contact_person"_s).toString();
        a.phone = q.value(u"phone"_s).toString();
        a.email = q.value(u"email"_s).toString();
        a.address = q.value(u"address"_s).toString();
        a.postcode = q.value(u"postcode"_s).toString();
        return a;
    }
} // namespace

CaseRepository::CaseRepository(const Database& database, const Clock& clock)
    : m_db(database.connection())
    , m_clock(clock)
{
}

QString CaseRepository::add(const Application& application, const QString& actor)
{
    const QList<FieldIssue> issues = validateApplication(application, m_clock.today());
    if (!issues.isEmpty())
        throw Error(
            ErrorCode::InvalidInput, Tr::tr("The application has %n problem(s):", nullptr, int(issues.size())), issues);

    const QDateTime now = m_clock.now();
    const Transition registration = *findTransition(u"register"_s, std::nullopt);
    WriteTransaction transaction(m_db);
    const int year = application.receiptDate.year();
    const qint64 sequence = allocateSequence(m_db, year);
    const QString caseNumber = formatCaseNumber(year, sequence);

    sql::Statements statements(m_db);
    const qint64 caseId = insertCaseRows(statements,
        { caseNumber, year, sequence, &application, registration.to, {}, {}, now });
    insertEventRow(statements, caseId, 1, registration, QString(), application.receiptDate, now, actor, QString());
    // A correction request has no statutory period (Art. 41): no reply deadline is kept for it.
    if (hasStatutoryReplyPeriod(application.kind))
        storeReplyDeadline(m_db,
            { caseId, caseNumber, {}, registration.to, application.receiptDate,
                { CaseEvent { 0, 1, registration.action, std::nullopt, registration.to, {}, application.receiptDate,
                    now, actor, {}, {} } } },
            loadOfficeCalendar(m_db), m_clock.today());
    QJsonObject registered { { u"kind"_s, codeOf(caseKinds(), application.kind) },
        { u"receipt_date"_s, isoDate(application.receiptDate) },
        { u"channel"_s, codeOf(channels(), application.channel) },
        { u"applicant"_s, application.applicants.front().name.trimmed() } };
    if (const QString missing = missingElementsCode(missingElements(application)); !missing.isEmpty())
        registered.insert(u"missing_elements"_s, missing);
    // What verify compares the stored case and its first step with.
    registered.insert(u"registration_sha256"_s, caseRegistrationDigest(m_db, caseId));
    registered.insert(u"event_sha256"_s, caseEventDigest(m_db, caseId, 1));
    AuditLog::append(m_db, { actor, u"case.register"_s, caseNumber, auditDetails(registered) }, now);
    transaction.commit();
    return caseNumber;
}

void CaseRepository::recordEvent(const QString& caseNumber, const QString& action, const QDate& eventDate,
    const QString& actor, const QString& note, const QString& outcome, const QJsonObject& details)
{
    if (!isKnownAction(action))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown action \"%1\".").arg(action));
    if (!outcome.isEmpty() && !findOutcome(outcome))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown outcome \"%1\".").arg(outcome));

    const QDateTime now = m_clock.now();
    WriteTransaction transaction(m_db);
    QSqlQuery current = sql::run(m_db,
        u"SELECT c.id, c.state, (SELECT max(seq) FROM case_events e WHERE e.case_id = c.id), "
        u"(SELECT event_date FROM case_events e WHERE e.case_id = c.id ORDER BY seq DESC LIMIT 1), c.receipt_date, "
        u"c.kind FROM cases c WHERE c.case_number = ?"_s,
        { caseNumber });
    if (!sql::next(current))
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
    const qint64 caseId = current.value(0).toLongLong();
    const CaseState state = parseCaseState(current.value(1).toString()).value_or(CaseState::Registered);
    const int lastSeq = current.value(2).toInt();
    const QDate lastDate = parseIsoDate(current.value(3).toString());
    const QDate receipt = parseIsoDate(current.value(4).toString());
    const CaseKind kind = parseTerm(caseKinds(), current.value(5).toString()).value_or(CaseKind::Disclosure);
    current.finish();

    const std::optional<Transition> transition = findTransition(action, state, kind);
    if (!transition)
        throw Error(ErrorCode::Refused,
            Tr::tr("Case %1 is %2: \"%3\" is not possible in that state.")
                .arg(caseNumber, caseStateName(state), action));
    checkEventDate(action, caseNumber, eventDate, lastDate, m_clock.today());

    const QString finalOutcome = transition->impliedOutcome.isEmpty() ? outcome : transition->impliedOutcome;
    sql::Statements statements(m_db);
    insertEventRow(statements, caseId, lastSeq + 1, *transition, finalOutcome, eventDate, now, actor, note, details);
    const CaseTimeline timeline { caseId, caseNumber, {}, transition->to, receipt, events(caseId) };
    const WorkingCalendar calendar = loadOfficeCalendar(m_db);
    // A period this event ends keeps the due date and verdict of today's calendar; a
    // correction request has none.
    const bool periods = hasStatutoryReplyPeriod(kind);
    if (periods && endsPeriod(action))
        recordEndedPeriods(statements, caseId, receipt, timeline.events, calendar, now);
    // The day the case left the open states is kept while it stays concluded (archiving does
    // not move it); reopened, it has none.
    const bool concluded = !isOpen(transition->to);
    sql::run(m_db,
        u"UPDATE cases SET state = ?, outcome = coalesce(?, outcome), updated_at = ?, "
        u"concluded_on = CASE WHEN ? = 1 THEN coalesce(concluded_on, ?) END WHERE id = ?"_s,
        { caseStateCode(transition->to), sql::textOrNull(finalOutcome), isoTimestamp(now), concluded ? 1 : 0,
            isoDate(eventDate), caseId });
    if (periods)
        storeReplyDeadline(m_db, timeline, calendar, m_clock.today());
    AuditLog::append(m_db,
        { actor, u"case."_s + action, caseNumber,
            auditDetails({ { u"from"_s, caseStateCode(state) }, { u"to"_s, caseStateCode(transition->to) },
                { u"date"_s, isoDate(eventDate) }, { u"outcome"_s, finalOutcome }, { u"note"_s, note },
                { u"details"_s, details }, { u"seq"_s, lastSeq + 1 },
                { u"event_sha256"_s, caseEventDigest(m_db, caseId, lastSeq + 1) },
                { u"periods_sha256"_s, endedPeriodsDigest(m_db, caseId, lastSeq + 1) } }) },
        now);
    transaction.commit();
}

void CaseRepository::checkEventDate(
    const QString& action, const QString& caseNumber, const QDate& date, const QDate& previous, const QDate& today)
{
    if (!date.isValid() || date > today)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The date of \"%1\" on case %2 must be a valid date not in the future.")
                .arg(actionDisplayName(action), caseNumber));
    if (previous.isValid() && date < previous)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The date of \"%1\" (%2) is before the case's previous step (%3).")
                .arg(actionDisplayName(action), isoDate(date), isoDate(previous)));
}

void CaseRepository::setAssignment(qint64 caseId, const QString& department, const QString& clerk)
{
    sql::run(m_db, u"UPDATE cases SET department = ?, clerk = ? WHERE id = ?"_s, { department, clerk, caseId });
}

std::optional<CaseRecord> CaseRepository::find(const QString& caseNumber) const
{
    QSqlQuery q = sql::run(m_db, u"SELECT * FROM cases WHERE case_number = ?"_s, { caseNumber.trimmed() });
    if (!sql::next(q))
        return std::nullopt;
    CaseRecord record;
    record.id = q.value(u"id"_s).toLongLong();
    record.caseNumber = q.value(u"case_number"_s).toString();
    record.state = parseCaseState(q.value(u"state"_s).toString()).value_or(CaseState::Registered);
    record.outcome = q.value(u"outcome"_s).toString();
    record.createdAt = parseIsoTimestamp(q.value(u"created_at"_s).toString());
    record.updatedAt = parseIsoTimestamp(q.value(u"updated_at"_s).toString());
    Application& app = record.application;
    app.kind = parseTerm(caseKinds(), q.value(u"kind"_s).toString()).value_or(CaseKind::Disclosure);
    app.channel = parseTerm(channels(), q.value(u"channel"_s).toString()).value_or(Channel::InPerson);
    app.submittedDate = parseIsoDate(q.value(u"submitted_date"_s).toString());
    app.receiptDate = parseIsoDate(q.value(u"receipt_date"_s).toString());
    app.description = q.value(u"description"_s).toString();
    app.documentNumber = q.value(u"document_number"_s).toString();
    app.requestedForm = parseTerm(requestedForms(), q.value(u"requested_form"_s).toString());
    app.deliveryWay = parseTerm(deliveryWays(), q.value(u"delivery_way"_s).toString());
    app.department = q.value(u"department"_s).toString();
    app.clerk = q.value(u"clerk"_s).toString();
    app.note = q.value(u"note"_s).toString();
    record.missing = parseMissingElements(q.value(u"missing_elements"_s).toString());
    q.finish();

    QSqlQuery applicants = sql::run(m_db,
        u"SELECT a.*, ca.representative FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id "
        u"WHERE ca.case_id = ? ORDER BY ca.position"_s,
        { record.id });
    while (sql::next(applicants)) {
        app.applicants << readApplicant(applicants);
        app.applicants.back().representative = applicants.value(u"representative"_s).toInt() == 1;
    }
    applicants.finish();

    QSqlQuery agent = sql::run(m_db, u"SELECT * FROM case_agents WHERE case_id = ?"_s, { record.id });
    if (sql::next(agent)) {
        Agent a;
        a.name = agent.value(u"name"_s).toString();
        a.idType = parseTerm(idDocumentTypes(), agent.value(u"id_type"_s).toString()).value_or(IdDocumentType::Other);
        a.idNumber = agent.value(u"id_number"_s).toString();
        a.phone = agent.value(u"phone"_s).toString();
        a.email = agent.value(u"email"_s).toString();
        a.address = agent.value(u"address"_s).toString();
        a.postcode = agent.value(u"postcode"_s).toString();
        app.agent = a;
    }
    return record;
}

QList<CaseEvent> CaseRepository::events(qint64 caseId) const
{
    QList<CaseEvent> list;
    QSqlQuery q = sql::run(
        m_db, u"SELECT "_s + caseEventColumns() + u" FROM case_events WHERE case_id = ? ORDER BY seq"_s, { caseId });
    while (sql::next(q))
        list << caseEventFromRow(q);
    return list;
}

QList<CaseSummary> CaseRepository::list(std::optional<CaseState> state) const
{
    const QString base = u"SELECT id, case_number, applicant_name, applicant_kind, description, receipt_date, state, "
                         u"outcome, kind, missing_elements FROM case_list"_s;
    const QString order = u" ORDER BY receipt_date DESC, id DESC"_s;
    QSqlQuery q = state ? sql::run(m_db, base + u" WHERE state = ?"_s + order, { caseStateCode(*state) })
                        : sql::run(m_db, base + order);
    QList<CaseSummary> rows;
    while (sql::next(q)) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        s.caseNumber = q.value(1).toString();
        s.applicantName = q.value(2).toString();
        s.applicantKind = parseTerm(applicantKinds(), q.value(3).toString()).value_or(ApplicantKind::Person);
        s.description = q.value(4).toString();
        s.receiptDate = parseIsoDate(q.value(5).toString());
        s.state = parseCaseState(q.value(6).toString()).value_or(CaseState::Registered);
        s.outcome = q.value(7).toString();
        s.kind = parseTerm(caseKinds(), q.value(8).toString()).value_or(CaseKind::Disclosure);
        s.missing = parseMissingElements(q.value(9).toString());
        rows << s;
    }
    return rows;
}

qint64 CaseRepository::count() const { return sql::scalar(m_db, u"SELECT count(*) FROM cases"_s).toLongLong(); }

} // namespace ogi
