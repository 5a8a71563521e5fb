#pragma once

#include "lifecycle/CaseEvent.h"

#include <QString>

namespace ogi {

// The facts an event carried, as one translated line for timelines ("Reply type: Disclose
// (Art. 36(2)); Outcome: 予以公开"). Choice codes are shown by name. Empty if none.
QString describeEventDetails(const CaseEvent& event);

} // namespace ogi
