#include "NoticeCases.h"

#include "notices/NoticeTemplate.h"
#include "settings/OfficeSettings.h"
#include "workflow/ReplyType.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi::test {

namespace {
    QJsonObject params(std::initializer_list<std::pair<const char*, QJsonValue>> list)
    {
        QJsonObject object;
        for (const auto& [key, value] : list)
            object.insert(QLatin1String(key), value);
        return object;
    }

    QString assigned(WorkflowFixture& f)
    {
        const QString number = f.newCase("2026-07-01");
        f.act(f.clerk, number, "accept", "2026-07-02");
        f.act(f.chief, number, "assign", "2026-07-02",
            params({ { "department", u"政策法规科"_s }, { "clerk", u"wangfang"_s } }));
        return number;
    }

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

void setTestAgency(WorkflowFixture& f, bool numberPerType)
{
    OfficeSettings(*f.database, f.clock)
        .setAgencyProfile({ u"某某区人民政府办公室"_s, u"QB-01"_s, u"某某市人民政府"_s, u"某某区人民法院"_s,
                              numberPerType ? u"某政{type}〔{year}〕第{n}号"_s : u"某政公开〔{year}〕第{n}号"_s,
                              u"某某路1号；电话：010-12345678"_s, numberPerType },
            f.admin);
}

QString caseReadyFor(WorkflowFixture& f, const NoticeType& type)
{
    using P = NoticePrerequisite;
    switch (type.prerequisite) {
    case P::None:
    case P::CaseOpen:
        return f.newCase("2026-07-01");
    case P::SupplementRequested:
    case P::Abandoned: {
        const QString number = f.newCase("2026-07-01");
        f.act(f.clerk, number, "request_supplement", "2026-07-03",
            params({ { "items", u"请写明所需信息的名称或文号"_s }, { "days", 10 } }));
        if (type.prerequisite == P::Abandoned)
            f.act(f.clerk, number, "supplement_overdue", "2026-07-20");
        return number;
    }
    case P::ExtensionApproved: {
        const QString number = assigned(f);
        f.act(f.clerk, number, "extend", "2026-07-20",
            params({ { "days", 20 }, { "reason", u"涉及档案较多，需调档查找"_s } }));
        f.act(f.chief, number, "approve_extension", "2026-07-21");
        return number;
    }
    case P::ThirdPartyConsulted:
    case P::AgencyConsulted: {
        const QString number = assigned(f);
        const bool third = type.prerequisite == P::ThirdPartyConsulted;
        f.act(f.clerk, number, "consult", "2026-07-06",
            params({ { "party_kind", third ? u"third_party"_s : u"agency"_s },
                { "party", third ? u"某某建设有限公司"_s : u"某某区自然资源局"_s } }));
        return number;
    }
    case P::FeeNoticed: {
        const QString number = assigned(f);
        f.act(f.clerk, number, "fee_notice", "2026-07-06", params({ { "method", u"by_volume"_s }, { "pages", 150 } }));
        return number;
    }
    case P::ReplySignedOff: {
        const QString number = assigned(f);
        const ReplyType reply = *type.reply;
        const DraftPlan plan = planFor(reply);
        if (plan.review) {
            f.act(f.clerk, number, "submit_review", "2026-07-10");
            QJsonObject review = params({ { "result", QLatin1String(plan.review) } });
            if (reply == ReplyType::Withhold || reply == ReplyType::PartlyDisclose)
                review.insert(u"basis"_s, u"《条例》第十五条 涉及个人隐私"_s);
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
    f.adjustApplication = [](Application& a) {
        a.kind = CaseKind::Correction;
        a.description = u"本机关发布的低保名单中本人出生日期记载为1990年7月3日，应为1990年3月7日（附户籍证明）"_s;
        a.requestedForm.reset();
    };
    const QString number = f.newCase(receipt);
    f.adjustApplication = previous;
    return number;
}

QMap<QString, QString> completeEdits(const QString& composed)
{
    QMap<QString, QString> edits;
    for (const TemplateField& field : templateFields(composed))
        if (field.editable)
            edits.insert(field.name, u"（%1）"_s.arg(field.label));
    return edits;
}

} // namespace ogi::test
