#pragma once

#include "workflow/ReplyType.h"

#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// What must have happened in a case before a notice can be issued for it.
enum class NoticePrerequisite
{
    None, // 登记回执: any registered case
    CaseOpen, // 说明理由通知 (Art. 35): while the office still owes a reply
    SupplementRequested, // 补正申请告知书
    ExtensionApproved, // 延长答复期限告知书
    ThirdPartyConsulted, // 征求第三方意见书
    AgencyConsulted, // 征求意见函
    FeeNoticed, // 信息处理费缴费通知书
    Abandoned, // 视为放弃申请告知书: supplement or fee not received in time
    ReplySignedOff, // 答复书 / 告知书: a signed-off draft of the notice's reply type
    CorrectionSignedOff, // a correction request's reply (Art. 41): its decision, signed off
};

// How the remedies paragraph (Art. 51) reads in a notice, or that it has none.
enum class RemedyClause
{
    None, // not a decision the applicant can challenge (receipt, letters to third parties)
    Either, // reconsideration within 60 days or litigation within 6 months
    ReconsiderationFirst, // 复议前置 (行政复议法 2023 Art. 23): refusals to disclose
};

// One kind of notice (文书) OGI Desk issues: its template, title and legal basis.
struct NoticeType
{
    const char* code; // stable code, also the template's file name: "reply_withhold"
    const char* title; // UTF-8, the title printed on the notice, verbatim
    const char* english; // display name source for tr() in context "ogi::NoticeType"
    const char* article; // UTF-8, the provision it rests on: "第三十六条第（三）项"
    const char* sequenceGroup; // UTF-8, {type} in a per-type document number: "答", "补", ...
    NoticePrerequisite prerequisite;
    RemedyClause remedies;
    std::optional<ReplyType> reply; // reply notices: the reply type they carry
    // A correction request's reply (Art. 41): the decision it carries ("correct", "refer",
    // "redirect", "refuse_correction"); nullptr for the notices of an application.
    const char* correctionDecision = nullptr;
};

// The notice answers the case: an application's reply, or a correction request's.
bool isReplyNotice(const NoticeType& type);
// The notice belongs to a correction request (Art. 41), not to an application.
bool isCorrectionNotice(const NoticeType& type);

// Every notice type, in the order of DESIGN.md §8: procedural notices first, then one
// reply notice per ReplyType, then the replies to a correction request (Art. 41).
const QList<NoticeType>& noticeTypes();
// The type with `code`; nullptr if there is none.
const NoticeType* findNoticeType(const QString& code);
// The reply notice for a reply type (every ReplyType has one).
const NoticeType& replyNoticeType(ReplyType reply);
// The type's name in the user's language, telling the replies apart ("答复书：不予公开").
QString noticeTypeName(const NoticeType& type);

// "envelope": the mailing label for postal delivery. Rendered from its own template but
// never numbered or stored: it is not a notice.
inline constexpr const char* kEnvelopeTemplate = "envelope";

} // namespace ogi
