#pragma once

#include "lifecycle/CaseKind.h"
#include "lifecycle/CaseState.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// One step in a case's timeline, as stored in case_events.
struct CaseEvent
{
    qint64 id = 0;
    int seq = 0; // 1, 2, 3, ... per case
    QString action;
    std::optional<CaseState> fromState;
    CaseState toState = CaseState::Registered;
    QString outcome; // outcome code set by this event, empty if none
    QDate eventDate; // the legal date of the act
    QDateTime recordedAt; // when it was entered (UTC)
    QString actor;
    QString note;
    QJsonObject details; // the facts the action carried (reply type, days, tracking number, ...)
};

// What the events of one case add up to.
struct FoldedCase
{
    CaseState state = CaseState::Registered;
    QString outcome;
    QStringList problems; // translated; empty when the timeline is well formed
};

// Folds a case's events (in seq order) into its state and outcome, checking that every
// event follows from the one before by a transition of the workflow table for its kind.
FoldedCase foldEvents(const QList<CaseEvent>& events, CaseKind kind = CaseKind::Disclosure);

} // namespace ogi
