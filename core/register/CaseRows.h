#pragma once

#include "lifecycle/CaseTransitions.h"
#include "register/Application.h"
#include "storage/Sql.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ogi {

// A case as first written: its number (allocated by the caller), the application, and the
// state and outcome it starts in (registered, or concluded for a case brought over from an
// old ledger).
struct NewCase
{
    QString caseNumber;
    int year = 0;
    qint64 sequence = 0;
    const Application* application = nullptr;
    CaseState state = CaseState::Registered;
    QString outcome; // empty while open
    QDate concludedOn; // invalid while open
    QDateTime now;
};

// "2026-0001": the register's case number for the `sequence`-th case received in `year`.
QString formatCaseNumber(int year, qint64 sequence);

// Writes the case row, its applicants and its search text, inside the caller's transaction;
// returns the case id. Validation is the caller's (CaseRepository::add, the ledger import).
qint64 insertCaseRows(sql::Statements& statements, const NewCase& newCase);

// Appends one event to a case's timeline, inside the caller's transaction.
void insertEventRow(sql::Statements& statements, qint64 caseId, int seq, const Transition& transition,
    const QString& outcome, const QDate& eventDate, const QDateTime& now, const QString& actor, const QString& note,
    const QJsonObject& details = {});

} // namespace ogi
