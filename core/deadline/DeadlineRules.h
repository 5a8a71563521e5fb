#pragma once

namespace ogi {

// The statutory periods, in working days, and the office's "due soon" threshold.
struct DeadlineRules
{
    int replyDays = 20; // Art. 33: reply within 20 working days of receipt
    int supplementNoticeDays = 7; // Art. 30: ask for a supplement within 7 working days of receipt
    int maxExtensionDays = 20; // Art. 33: one extension of at most 20 working days
    int consultationDays = 15; // Art. 32, Art. 34: the consulted side answers within 15 working days
    int feePaymentDays = 20; // fees.md: the applicant pays within 20 working days
    int dueSoonDays = 3; // DESIGN.md §5: "due soon" at <= 3 working days left; configurable
};

} // namespace ogi
