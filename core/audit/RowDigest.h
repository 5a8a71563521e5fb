#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ogi {

// The SHA-256 of rows as stored, which an audit row records when it writes them and
// `ogi verify` recomputes: a row edited in the file afterwards no longer matches its audit
// row. Writers and verify read the same columns (the lists below) in the same order.

// Registered particulars of a case (what never changes after registration), its
// applicants and agent. Not state, outcome, dates of steps, assignment: verify checks those
// against the events.
inline constexpr const char* kCaseDigestColumns
    = "case_number, receipt_year, sequence, kind, channel, submitted_date, receipt_date, description, "
      "document_number, requested_form, delivery_way, note, missing_elements, applicant_type, created_at";
inline constexpr const char* kApplicantDigestColumns
    = "ca.position, ca.representative, a.kind, a.org_type, a.name, a.id_type, a.id_number, a.credit_code, "
      "a.legal_representative, a.contact_person, a.phone, a.email, a.address, a.postcode";
inline constexpr const char* kAgentDigestColumns = "name, id_type, id_number, phone, email, address, postcode";
inline constexpr const char* kEventDigestColumns
    = "seq, action, from_state, to_state, outcome, event_date, recorded_at, actor, note, details";
inline constexpr const char* kPeriodDigestColumns
    = "period, trigger_date, due_date, ended_date, on_time, provisional, recorded_at";
inline constexpr const char* kNoticeDigestColumns
    = "case_id, type, sequence_scope, year, seq, number, issued_on, issued_by, issued_at, html, sha256, "
      "template_sha256, edits";

// Collects rows (columns [first, first + count) of each) and gives their digest.
class RowDigest
{
public:
    void add(const QSqlQuery& row, int first, int count);
    void addText(const QString& text);
    QString hex() const;

private:
    QByteArray m_canonical;
};

// The digests a writer records, read back from the rows it has just written.
QString caseRegistrationDigest(const QSqlDatabase& db, qint64 caseId);
QString caseEventDigest(const QSqlDatabase& db, qint64 caseId, int seq);
QString endedPeriodsDigest(const QSqlDatabase& db, qint64 caseId, int seq); // empty list: a digest too
QString noticeDigest(const QSqlDatabase& db, qint64 noticeId);

} // namespace ogi
