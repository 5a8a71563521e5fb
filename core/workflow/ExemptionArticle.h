#pragma once

#include "Term.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// The provision a confidentiality review that withholds anything rests on (Art. 14–16). Each
// is one sub-row of the annual report's （三）不予公开 (rows 1–7): the review decides the row.
enum class ExemptionArticle
{
    StateSecret, // Art. 14: 依法确定为国家秘密的政府信息 -> 1.属于国家秘密
    Prohibited, // Art. 14: 法律、行政法规禁止公开的政府信息 -> 2.其他法律行政法规禁止公开
    Security, // Art. 14: 公开后可能危及国家安全、公共安全、经济安全、社会稳定 -> 3.危及"三安全一稳定"
    ThirdParty, // Art. 15: 商业秘密、个人隐私等，公开会对第三方合法权益造成损害 -> 4.保护第三方合法权益
    InternalAffairs, // Art. 16 第一款: 人事管理、后勤管理、内部工作流程等内部事务信息 -> 5.属于三类内部事务信息
    ProcessInformation, // Art. 16 第二款: 讨论记录、过程稿、磋商信函、请示报告等过程性信息 -> 6.属于四类过程性信息
    EnforcementFile, // Art. 16 第二款: 行政执法案卷信息 -> 7.属于行政执法案卷
};

const QList<Term<ExemptionArticle>>& exemptionArticles();

// The 不予公开 sub-row ("withheld_1".."withheld_7") a refusal on `article` is counted in.
QString withheldOutcomeFor(ExemptionArticle article);

// For a review recorded before the article was asked for (free-text basis only): the
// withheld_N rows the text's citation fits, found by the article and paragraph it names
// (第十五条, 第十六条第二款 ...) or the exemption's own words (国家秘密, 过程性, 执法案卷 ...).
// Empty when the text names none: such an old review is not checked.
QStringList withheldOutcomesNamedIn(const QString& basis);

} // namespace ogi
