#pragma once

#include "Term.h"

#include <QStringList>

namespace ogi {

// What the reply says, by the article it rests on. It chooses the notice template; the
// outcome (Outcome.h) is what the annual report counts. The two must agree:
// allowedOutcomes() is that agreement.
enum class ReplyType {
    Disclose, // Art. 36(2) 予以公开
    PartlyDisclose, // Art. 37 部分公开
    Withhold, // Art. 36(3) 不予公开
    AlreadyPublic, // Art. 36(1) 已主动公开
    NotExist, // Art. 36(4) 信息不存在
    NotResponsible, // Art. 36(5) 非本机关负责
    Repeat, // Art. 36(6) 重复申请
    SpecialProvision, // Art. 36(7) 特别规定
    Petition, // Art. 39 信访举报投诉
    Publication, // Art. 39 公开出版物
    NeedsCreation, // Art. 38 需另行制作
    Excessive, // Art. 35 无正当理由大量反复申请
    Confirmation, // 要求确认或重新出具已获取信息
    StillUnclear, // Art. 30 补正后仍不明确
};

const QList<Term<ReplyType>>& replyTypes();

// The outcome codes (Outcome.h) a reply of this type may be counted under.
QStringList allowedOutcomes(ReplyType type);

// The usual reply type for an outcome (the first whose allowedOutcomes holds it), for
// histories that record only the outcome: demo data and imported ledgers.
std::optional<ReplyType> replyTypeForOutcome(const QString& outcome);

// Concluded at once (Art. 39 petitions and publications, Art. 36(6) repeats, Art. 36(7)
// special provisions): the search and the confidentiality review are skipped, the sign-off is not.
bool isConcludedAtOnce(ReplyType type);

// The reply discloses something, so a confidentiality review must have let it through.
bool disclosesInformation(ReplyType type);

} // namespace ogi
