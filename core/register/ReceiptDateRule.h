#pragma once

#include "register/Vocabulary.h"

#include <QString>

namespace ogi {

// Art. 31: which day counts as the receipt date for applications from `channel`, as a
// translated sentence (shown beside the field and in the deadline explanation).
QString receiptDateRule(Channel channel);

// Art. 31: whether the receipt date must equal the submission date (in person: the day
// submitted is the day received).
bool receiptIsSubmissionDay(Channel channel);

} // namespace ogi
