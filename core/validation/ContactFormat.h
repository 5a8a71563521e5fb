#pragma once

#include <QString>

namespace ogi {

// Mainland mobile (1[3-9] + 9 digits), landline with or without area code and extension,
// and 400/800 service numbers; spaces and hyphens allowed, optional +86 / 0086 prefix.
bool isValidPhoneNumber(const QString& phone);

// Six digits.
bool isValidPostcode(const QString& postcode);

// name@domain.tld, no spaces.
bool isValidEmail(const QString& email);

} // namespace ogi
