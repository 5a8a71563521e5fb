#pragma once

#include "deadline/ReplyDeadlineStore.h"

#include <QString>

#include <optional>

namespace ogi {

// The register's search by an applicant's ID number or phone. They are personal data, kept
// out of the text indexes and shown masked (IdentityMasking.h), so a clerk finds a case by
// the whole number or its last digits ("尾号"), never by a part that the mask shows anyway.

// The cases (case_list.id) with an applicant whose ID number or phone is `text` or ends
// with it, spaces and dashes aside, the check letter in either case; none when `text` is not
// a number of at least four digits (then it is only looked for as text).
std::optional<SqlCondition> applicantNumberCondition(const QString& text);

} // namespace ogi
