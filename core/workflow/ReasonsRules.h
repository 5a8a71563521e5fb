#pragma once

#include "workflow/ActionRules.h"

namespace ogi {

// Art. 35: 申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。
// The request records the day the reasons are asked by (reply_by, after the request); a
// later request replaces one still unanswered. The answer (reasons_received with the office's
// finding) or its absence (reasons_not_given, only after reply_by, and only once the
// 说明理由通知书 was issued by then) is recorded once. None of them stops the Art. 33 clock.
void checkReasonsRequest(const ActionContext& context, const ActionEffect& effect);
void checkReasonsAnswer(const QString& action, const ActionContext& context);

} // namespace ogi
