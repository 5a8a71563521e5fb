#include "NoticeCases.h"

#include "lifecycle/ReplyType.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi::test {

namespace {
    // The review result and outcome a draft of `reply` needs.
    struct DraftPlan
    {
        const char* review; // nullptr: concluded at once, no review
        const char* outcome; // nullptr: derived from the reply type
    };
    DraftPlan planFor(ReplyType reply)
    {
        if (isConcludedAtOnce(reply))
            return { nullptr, nullptr };
        switch (reply) {
        case ReplyType::PartlyDisclose:
            return { "partial", nullptr };
        case ReplyType::Withhold:
            return { "withhold", "withheld_4" };
        default:
            return { "pass", nullptr };
        }
    }
} // namespace

void setTestAgency(WorkflowFixture& f, bool numberPerType) { f.setAgency(numberPerType); }

QString caseReadyFor(WorkflowFixture& f, const NoticeType& type)
{
    using P = NoticePrerequisite;
    switch (type.prerequisite) {
    case P::None:
        return f.newCase("2026-07-01");
    case P::ReasonsRequested: {
        const QString number = f.newCase("2026-07-01");
        f.act(f.clerk, number, "accept", "2026-07-02");
        f.act(f.clerk, number, "request_reasons", "2026-07-03",
            params({ { "reply_by", u"2026-07-13"_s }, { "items", u"申请大量公开政府信息的用途"_s } }));
        return number;
    }
    case P::SupplementRequested:
    case P::Abandoned: {
        const QString number = f.newCase("2026-07-01");
        f.act(f.clerk, number, "request_supplement", "2026-07-03",
            params({ { "items", u"请写明所需信息的名称或文号"_s }, { "days", 10 } }));
        if (type.prerequisite == P::Abandoned) {
            // Art. 30: the 10 working days run from the applicant's receipt of the notice.
            f.act(f.clerk, number, "notice_received", "2026-07-06",
                params({ { "received", u"2026-07-06"_s }, { "evidence", u"postal_tracking"_s } }));
            f.act(f.clerk, number, "supplement_overdue", "2026-07-21");
        }
        return number;
    }
    case P::ExtensionApproved: {
        const QString number = f.assignedCase();
        f.act(f.clerk, number, "extend", "2026-07-20",
            params({ { "days", 20 }, { "reason", u"涉及档案较多，需调档查找"_s } }));
        f.act(f.chief, number, "approve_extension", "2026-07-21");
        return number;
    }
    case P::LaterDateSet: {
        // Art. 35: the later date follows the applicant's reasons, asked for and found reasonable.
        const QString number = f.assignedCase();
        f.act(f.clerk, number, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-13"_s } }));
        f.act(f.clerk, number, "reasons_received", "2026-07-13", params({ { "finding", u"reasonable"_s } }));
        f.act(f.chief, number, "set_later_date", "2026-07-20",
            params({ { "later_date", u"2026-09-30"_s }, { "reason", u"申请涉及2015年以来的全部审批档案，需逐件调取"_s } }));
        return number;
    }
    case P::DisclosureOverObjection: {
        // Consulted, objected, and the review lets the information through (Art. 32).
        const QString number = f.assignedCase();
        f.act(f.clerk, number, "consult", "2026-07-06",
            params({ { "party_kind", u"third_party"_s }, { "party", u"某某建设有限公司"_s } }));
        f.act(f.clerk, number, "consult_answer", "2026-07-15", params({ { "answer", u"objection"_s } }));
        f.act(f.clerk, number, "submit_review", "2026-07-16");
        f.act(f.reviewer, number, "review", "2026-07-17", params({ { "result", u"pass"_s } }));
        return number;
    }
    case P::ThirdPartyConsulted:
    case P::AgencyConsulted: {
        const QString number = f.assignedCase();
        const bool third = type.prerequisite == P::ThirdPartyConsulted;
        f.act(f.clerk, number, "consult", "2026-07-06",
            params({ { "party_kind", third ? u"third_party"_s : u"agency"_s },
                { "party", third ? u"某某建设有限公司"_s : u"某某区自然资源局"_s } }));
        return number;
    }
    case P::FeeNoticed: {
        const QString number = f.assignedCase();
        f.act(f.clerk, number, "fee_notice", "2026-07-06", params({ { "method", u"by_volume"_s }, { "pages", 150 } }));
        return number;
    }
    case P::ReplySignedOff: {
        const QString number = f.assignedCase();
        const ReplyType reply = *type.reply;
        const DraftPlan plan = planFor(reply);
        if (reply == ReplyType::Excessive) { // Art. 35: the reasons asked for and found unreasonable first
            f.act(f.clerk, number, "request_reasons", "2026-07-03", params({ { "reply_by", u"2026-07-08"_s } }));
            f.act(f.clerk, number, "reasons_received", "2026-07-08", params({ { "finding", u"unreasonable"_s } }));
        }
        if (plan.review) {
            f.act(f.clerk, number, "submit_review", "2026-07-10");
            QJsonObject review = params({ { "result", QLatin1String(plan.review) } });
            if (reply == ReplyType::Withhold || reply == ReplyType::PartlyDisclose) {
                review.insert(u"article"_s, u"art15_third_party"_s);
                review.insert(u"basis"_s, u"《条例》第十五条 涉及个人隐私"_s);
            }
            f.act(f.reviewer, number, "review", "2026-07-10", review);
        }
        QJsonObject draft = params({ { "reply_type", QLatin1String(termOf(replyTypes(), reply).code) } });
        if (plan.outcome)
            draft.insert(u"outcome"_s, QLatin1String(plan.outcome));
        f.act(f.clerk, number, "draft", "2026-07-13", draft);
        f.act(f.clerk, number, "submit", "2026-07-13");
        f.act(f.chief, number, "sign_off", "2026-07-14");
        return number;
    }
    case P::CorrectionSignedOff: {
        const QString number = newCorrectionCase(f);
        const QString decision = QLatin1String(type.correctionDecision);
        const char* finding = decision == u"correct" ? "inaccurate"
            : decision == u"refuse_correction"       ? "no_evidence"
                                                     : "not_competent";
        f.act(f.clerk, number, "verify", "2026-07-06", params({ { "finding", QLatin1String(finding) } }));
        QJsonObject facts;
        if (decision == u"correct")
            facts = params({ { "correction", u"出生日期更正为1990年3月7日"_s } });
        else if (decision == u"refuse_correction")
            facts = params({ { "reason", u"所附证明材料与档案记载的形成时间不符"_s } });
        else
            facts = params({ { "agency", u"某某区公安分局"_s } });
        f.act(f.clerk, number, decision.toLatin1().constData(), "2026-07-08", facts);
        f.act(f.clerk, number, "submit", "2026-07-08");
        f.act(f.chief, number, "sign_off", "2026-07-09");
        return number;
    }
    }
    return {};
}

QString newCorrectionCase(WorkflowFixture& f, const char* receipt)
{
    const auto previous = f.adjustApplication;
    f.adjustApplication = [previous](Application& a) {
        if (previous)
            previous(a); // the test's own changes (an organisation applicant ...)
        a.kind = CaseKind::Correction;
        a.description = u"本机关发布的低保名单中本人出生日期记载为1990年7月3日，应为1990年3月7日（附户籍证明）"_s;
        a.requestedForm.reset();
    };
    const QString number = f.newCase(receipt);
    f.adjustApplication = previous;
    return number;
}

} // namespace ogi::test
