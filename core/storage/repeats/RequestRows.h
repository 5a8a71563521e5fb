#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ogi {

// The requests of registered cases, as the repeat finder compares them. A case's applicant
// here is its first applicant, known by the identity_key of the applicants table.

// What an application is compared by: its place in the register (id, receipt date) and its
// request, and its first applicant's identity.
struct CaseRequest
{
    qint64 id = 0; // 0: not registered
    QDate receiptDate;
    QString description;
    QString identityKey; // empty: not known
};

// Case `caseNumber`'s request; nullopt when there is no such case.
std::optional<CaseRequest> caseRequest(const QSqlDatabase& db, const QString& caseNumber);

// A registered case whose request is held against another's.
struct RequestRow
{
    qint64 id = 0;
    QString caseNumber;
    QString applicantName;
    QDate receiptDate;
    QString description;
    QString identityKey;
};

// The cases of the applicant with `identityKey`; when `before` is registered (id not 0), only
// those before it in the register (received earlier, or the same day and registered
// earlier). In no particular order.
QList<RequestRow> applicantRequests(const QSqlDatabase& db, const QString& identityKey, const CaseRequest& before);

// At most `limit` cases whose request is exactly `description`.
QList<RequestRow> requestsWithText(const QSqlDatabase& db, const QString& description, int limit);

// The cases whose ids `casesQuery` selects (a column `id`, `values` bound to it), such as
// the text index offers.
QList<RequestRow> requestsAmong(const QSqlDatabase& db, const QString& casesQuery, const QVariantList& values);

} // namespace ogi
