#pragma once

#include "register/Application.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ogi {

// An applicant of the register, offered at registration so that a returning applicant's
// details are picked, not typed again: their newest case, from which the form is filled.
struct EarlierApplicant
{
    QString caseNumber; // their newest case
    int position = 0; // their place among that case's applicants
    ApplicantKind kind = ApplicantKind::Person;
    QString name;
    QString maskedNumber; // the ID number or credit code, masked (IdentityMasking.h)
    QDate receiptDate;
    QString description; // that case's request
    int caseCount = 0; // their cases in the register
};

// The applicants whose name begins with `text` (two characters at least), or whose ID
// number, phone or credit code is `text` as the register's search takes it
// (ApplicantNumberSearch.h); one entry per applicant (same name and identity), newest case
// first, at most `limit`.
QList<EarlierApplicant> findEarlierApplicants(const QSqlDatabase& db, const QString& text, int limit = 8);

} // namespace ogi
