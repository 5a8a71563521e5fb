#pragma once

#include "lifecycle/ReplyType.h"

#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// What must have happened in a case before a notice can be issued for it.
enum class NoticePrerequisite
{
    None, // 登记回执: any registered case
    ReasonsRequested, // 说明理由通知书 (Art. 35): the request for reasons recorded (request_reasons), case open
    SupplementRequested, // 补正申请告知书
    ExtensionApproved, // 延长答复期限告知书
    LaterDateSet, // 延迟答复告知书: the chief set the Art. 35 later date
    ThirdPartyConsulted, // 征求第三方意见书
    DisclosureOverObjection, // 决定公开告知书 to a third party that objected, before disclosure (Art. 32)
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
    // UTF-8, the provision it rests on: "第三十六条第（三）项". Where the notice cites one of
    // several by the case's facts (视为放弃: Art. 30 or Art. 42), the alternatives joined by "或".
    const char* article;
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
// The reply notice of a correction request's decision ("correct", "refer", "redirect",
// "refuse_correction"); nullptr for anything else.
const NoticeType* correctionReplyNoticeType(const QString& decision);
// The type's name in the user's language, telling the replies apart ("答复书：不予公开").
QString noticeTypeName(const NoticeType& type);

// "envelope": the mailing label for postal delivery. Rendered from its own template but
// never numbered or stored: it is not a notice.
inline constexpr const char* kEnvelopeTemplate = "envelope";
// "service_proof": the 送达回证 (proof of service) of one issued notice, for in-person or
// served delivery: rendered like the envelope, never numbered or stored.
inline constexpr const char* kServiceProofTemplate = "service_proof";

} // namespace ogi
