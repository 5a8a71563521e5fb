#pragma once

namespace ogi {

// The statutory periods, in working days, and the office's "due soon" threshold.
struct DeadlineRules
{
    int replyDays = 20; // Art. 33: reply within 20 working days of receipt
    int supplementNoticeDays = 7; // Art. 30: ask for a supplement within 7 working days of receipt
    int maxExtensionDays = 20; // Art. 33: one extension of at most 20 working days
    int consultationDays = 15; // Art. 32, Art. 34: the consulted side answers within 15 working days
    int feePaymentDays = 20; // 信息处理费管理办法第七条: 20 working days from the day after receiving the notice
    // Art. 30 asks for "a reasonable period" (合理的补正期限) without a number; the least the
    // office may give, counted from the day after the applicant receives the supplement
    // notice (docs/legal-rules.md, "The supplement period").
    int minSupplementDays = 10;
    // Art. 33(2): warn while an approved extension's notice is still missing this many
    // working days (or fewer) before the deadline it extends.
    int extensionNoticeWarningDays = 2;
    int dueSoonDays = 3; // DESIGN.md §5: "due soon" at <= 3 working days left; configurable
};

} // namespace ogi
