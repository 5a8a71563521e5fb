#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace ogi {

// One row of case_events as stored; lifecycle/ turns it into a CaseEvent. States are their
// codes, fromState empty on the first step (NULL); details the JSON text, empty when NULL.
struct EventRow
{
    qint64 id = 0;
    int seq = 0;
    QString action;
    QString fromState;
    QString toState;
    QString outcome;
    QDate eventDate;
    QDateTime recordedAt;
    QString actor;
    QString note;
    QString details;
};

// For the storage functions that read events: the case_events columns eventRowAt() reads,
// in its order, for a SELECT list. `prefix` qualifies each column ("e." when joined).
QString eventRowColumns(const QString& prefix = {});

// The event in the current row of `query`, whose columns from `firstColumn` on are
// eventRowColumns().
EventRow eventRowAt(const QSqlQuery& query, int firstColumn = 0);

} // namespace ogi
