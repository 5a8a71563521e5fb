#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// The states of DESIGN.md §4 (Art. 45: 登记、审核、办理、答复、归档).
enum class CaseState {
    Registered,
    Accepted,
    AwaitingSupplement,
    InReview,
    Consultation,
    AwaitingFee,
    ConfidentialityReview,
    Drafting,
    AwaitingSignOff,
    SignedOff,
    Replied,
    Archived,
    Closed,
};

const QList<CaseState>& allCaseStates();
QString caseStateCode(CaseState state); // "in_review"
std::optional<CaseState> parseCaseState(const QString& code); // code or Chinese name
QString caseStateName(CaseState state); // translated display name
QString caseStateTerm(CaseState state); // "已答复": the Chinese term files in the ledger format carry

// Open: the office still owes the applicant a reply (the legal clock may be running).
bool isOpen(CaseState state);

} // namespace ogi
