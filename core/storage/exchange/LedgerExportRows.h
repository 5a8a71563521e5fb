#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace ogi {

// The stored columns of one case that a ledger export writes: the case, its first applicant
// and its reply_deadlines row. Channel, kinds, state, outcome and clock are vocabulary codes;
// text that is NULL reads empty, a NULL date invalid.
struct LedgerExportRow
{
    QString caseNumber;
    QDate receipt;
    QString channel;
    QString applicantName;
    QString applicantKind; // "person" ...
    QString organisationType;
    QString idNumber; // the ID number, else the credit code
    QString phone;
    QString address;
    QString description;
    QString state;
    QDate concluded;
    QString outcome;
    bool extended = false; // an extension approved, or an imported reply that says extended
    QString note;
    QDate due;
    QString clock;
    QDate pausedUntil;
    QString kind;
    QString correctionDecision; // the case_list view's
};

// The rows of the cases of the case_list view that `condition` (an SQL condition on its
// columns, with its bound `values`) selects, by receipt date, then id.
QList<LedgerExportRow> ledgerExportRows(const QSqlDatabase& db, const QString& condition, const QVariantList& values);

} // namespace ogi
