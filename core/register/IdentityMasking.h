#pragma once

#include <QString>

namespace ogi {

// ID numbers are personal information: lists and exports show them masked, keeping the
// first 6 and last 4 characters ("110101********123X"). Short values are masked whole.
QString maskIdentityNumber(const QString& number);

} // namespace ogi
