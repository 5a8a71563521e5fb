#pragma once

#include "deadline/ReplyDeadlineStore.h"

#include <QString>

#include <optional>

namespace ogi {

// The register's search by an applicant's ID number, phone or unified social credit code.
// They are personal data, kept out of the text indexes and shown masked (IdentityMasking.h),
// so a clerk finds a case by the whole number or its last digits ("尾号"), never by a part
// that the mask shows anyway.

// A condition on an applicants row (alias `a`): its ID number or phone is `text` or ends
// with it, spaces and dashes aside, the check letter in either case; or its credit code is
// `text` whole. None when `text` is neither a number of at least four digits nor a whole
// credit code (then it is only looked for as text).
std::optional<SqlCondition> applicantNumberMatch(const QString& text);

// The same as a condition on the cases (case_list.id) with such an applicant.
std::optional<SqlCondition> applicantNumberCondition(const QString& text);

} // namespace ogi
