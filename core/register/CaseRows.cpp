#include "CaseRows.h"

#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "register/ApplicantIdentity.h"
#include "register/CaseSearchIndex.h"
#include "validation/CreditCode.h"
#include "validation/ResidentIdNumber.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }

    // For a NOT NULL column an element may be missing from (a name, the request): "" rather
    // than a null QString, which would bind as NULL.
    QString textOrEmpty(const QString& text)
    {
        const QString t = text.trimmed();
        return t.isNull() ? QString(u""_s) : t;
    }

    // A term's code; "" when the applicant did not state it (the columns are NOT NULL, and an
    // empty code reads back as "not stated").
    template <typename E>
    QString optionalCode(const QList<Term<E>>& terms, const std::optional<E>& value)
    {
        return value ? codeOf(terms, *value) : QString(u""_s);
    }

    // The annual report's column of a case (AnnualApplications): "person" or the kind of
    // organisation of its first applicant.
    QString reportApplicantType(const Application& application)
    {
        const Applicant& first = application.applicants.front();
        return first.kind == ApplicantKind::Person ? u"person"_s : codeOf(organisationTypes(), first.organisationType);
    }

    qint64 insertApplicant(sql::Statements& statements, const Applicant& a)
    {
        const bool person = a.kind == ApplicantKind::Person;
        return statements.insert(
            u"INSERT INTO applicants (kind, org_type, name, id_type, id_number, credit_code, legal_representative, "
            u"contact_person, phone, email, address, postcode, identity_key) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { codeOf(applicantKinds(), a.kind), person ? nullText() : codeOf(organisationTypes(), a.organisationType),
                textOrEmpty(a.name), person ? QVariant(codeOf(idDocumentTypes(), a.idType)) : nullText(),
                person ? sql::textOrNull(normaliseResidentIdNumber(a.idNumber)) : nullText(),
                person ? nullText() : sql::textOrNull(normaliseCreditCode(a.creditCode)),
                sql::textOrNull(a.legalRepresentative.trimmed()), sql::textOrNull(a.contactPerson.trimmed()),
                sql::textOrNull(a.phone.trimmed()), sql::textOrNull(a.email.trimmed()),
                sql::textOrNull(a.address.trimmed()), sql::textOrNull(a.postcode.trimmed()), applicantIdentityKey(a) });
    }
} // namespace

QString formatCaseNumber(int year, qint64 sequence)
{
    return u"%1-%2"_s.arg(year).arg(sequence, 4, 10, QChar(u'0'));
}

qint64 insertCaseRows(sql::Statements& statements, const NewCase& c)
{
    const Application& application = *c.application;
    const qint64 caseId = statements.insert(
        u"INSERT INTO cases (case_number, receipt_year, sequence, channel, submitted_date, receipt_date, "
        u"description, document_number, requested_form, delivery_way, department, clerk, note, state, outcome, "
        u"created_at, updated_at, applicant_type, concluded_on, missing_elements, kind) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { c.caseNumber, c.year, c.sequence, codeOf(channels(), application.channel), isoDate(application.submittedDate),
            isoDate(application.receiptDate), textOrEmpty(application.description),
            sql::textOrNull(application.documentNumber.trimmed()),
            optionalCode(requestedForms(), application.requestedForm),
            optionalCode(deliveryWays(), application.deliveryWay), sql::textOrNull(application.department.trimmed()),
            sql::textOrNull(application.clerk.trimmed()), sql::textOrNull(application.note.trimmed()),
            caseStateCode(c.state), sql::textOrNull(c.outcome), isoTimestamp(c.now), isoTimestamp(c.now),
            reportApplicantType(application), sql::dateOrNull(c.concludedOn),
            // What the application lacked matters while it can be asked for: a case concluded in
            // an old ledger did not record it.
            sql::textOrNull(isOpen(c.state) ? missingElementsCode(missingElements(application)) : QString()),
            codeOf(caseKinds(), application.kind) });

    // Every co-applicant is found by the search, not only the first.
    QStringList names;
    for (const Applicant& a : application.applicants)
        if (!a.name.trimmed().isEmpty())
            names << a.name.trimmed();
    indexCaseText(statements, caseId, c.caseNumber, names.join(u"、"_s), application.description.trimmed());
    for (qsizetype i = 0; i < application.applicants.size(); ++i) {
        const qint64 applicantId = insertApplicant(statements, application.applicants.at(i));
        statements.run(
            u"INSERT INTO case_applicants (case_id, position, applicant_id, representative) VALUES (?, ?, ?, ?)"_s,
            { caseId, i, applicantId, application.applicants.at(i).representative ? 1 : 0 });
    }
    if (const std::optional<Agent>& agent = application.agent)
        statements.run(u"INSERT INTO case_agents (case_id, name, id_type, id_number, phone, email, address, postcode) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { caseId, agent->name.trimmed(), codeOf(idDocumentTypes(), agent->idType),
                sql::textOrNull(normaliseResidentIdNumber(agent->idNumber)), sql::textOrNull(agent->phone.trimmed()),
                sql::textOrNull(agent->email.trimmed()), sql::textOrNull(agent->address.trimmed()),
                sql::textOrNull(agent->postcode.trimmed()) });
    return caseId;
}

void insertEventRow(sql::Statements& statements, qint64 caseId, int seq, const Transition& transition,
    const QString& outcome, const QDate& eventDate, const QDateTime& now, const QString& actor, const QString& note,
    const QJsonObject& details)
{
    statements.run(
        u"INSERT INTO case_events (case_id, seq, action, from_state, to_state, outcome, event_date, recorded_at, "
        u"actor, note, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { caseId, seq, transition.action,
            transition.from ? QVariant(caseStateCode(*transition.from)) : nullText(), caseStateCode(transition.to),
            sql::textOrNull(outcome), isoDate(eventDate), isoTimestamp(now), actor, sql::textOrNull(note),
            details.isEmpty() ? nullText() : QVariant(auditDetails(details)) });
}

} // namespace ogi
