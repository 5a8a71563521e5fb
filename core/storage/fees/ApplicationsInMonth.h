#pragma once

#include <QSqlDatabase>

#include <optional>

namespace ogi {

// The case's place among the cases of its first applicant (the same identity_key) received
// in the same calendar month, by receipt date then registration order; 1 for the first.
// nullopt when there is no case `caseId`.
std::optional<int> applicationPlaceInMonth(const QSqlDatabase& db, qint64 caseId);

} // namespace ogi
