#pragma once

#include "Error.h"

namespace ogi {

// How an action's rules say no: Refused (the case is not ready for it) or InvalidInput naming
// the parameter that is wrong, so that the desktop shows it beside that field.
[[noreturn]] inline void refuseAction(const QString& message) { throw Error(ErrorCode::Refused, message); }
[[noreturn]] inline void invalidParam(const QString& field, const QString& message)
{
    throw Error(ErrorCode::InvalidInput, message, { { field, message } });
}

} // namespace ogi
