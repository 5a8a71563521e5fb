#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace ogi {

// The stored rows that audit rows record a digest of (audit/RowDigest.h). Writers and verify
// read the same columns (the lists below) in the same order; each row comes as its values
// as the driver gives them, NULL as a null QVariant.

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

// A case's registration: its cases row, its applicants by position, its agent (none or one).
struct RegistrationRows
{
    QList<QVariantList> caseRow, applicants, agent;
};
RegistrationRows registrationRows(const QSqlDatabase& db, qint64 caseId);

// Event `seq` of the case (none or one row).
QList<QVariantList> caseEventRows(const QSqlDatabase& db, qint64 caseId, int seq);

// The case's periods that event `seq` ended, by period.
QList<QVariantList> endedPeriodRows(const QSqlDatabase& db, qint64 caseId, int seq);

// Notice `noticeId` (none or one row).
QList<QVariantList> noticeRows(const QSqlDatabase& db, qint64 noticeId);

} // namespace ogi
