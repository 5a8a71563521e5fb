// What the notices say (issue 16): the provision cited for each case, the notices the law
// requires (Art. 32, Art. 35), the optional parts of Art. 36(5), and letters that read well
// with what clerks typically type. Real registers through NoticeStore.
#include "NoticeCases.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplate.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;
using ogi::test::params;

namespace {

const QString kRegulations = u"《中华人民共和国政府信息公开条例》"_s;

// The letter's text: the HTML without its tags (core has no QTextDocument).
QString plainText(QString html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    html.replace(u"</p>"_s, u"\n"_s);
    html.remove(tag);
    html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return html.replace(u"&amp;"_s, u"&"_s);
}

QString issue(test::WorkflowFixture& f, const QString& number, const char* code, const QMap<QString, QString>& edits = {})
{
    return NoticeStore(*f.database, f.clock).issue(number, QLatin1String(code), edits, day("2026-11-20"), f.clerk).html;
}

} // namespace

TEST_CASE("视为放弃: the supplement case cites Art. 30, the fee case Art. 42 and the fee measures' Art. 7", "[notices]")
{
    struct Row
    {
        const char* why;
        const char* cites;
        const char* notCited;
    };
    const Row row = GENERATE(Row { "supplement_overdue", "第三十条的规定", "第四十二条" },
        Row { "fee_overdue", "第四十二条第一款和《政府信息公开信息处理费管理办法》第七条的规定", "第三十条" });
    INFO(row.why);
    test::WorkflowFixture f;
    test::setTestAgency(f);
    QString number;
    if (QLatin1String(row.why) == u"supplement_overdue") {
        number = f.newCase("2026-07-01");
        f.act(f.clerk, number, "request_supplement", "2026-07-03",
            params({ { "items", u"请写明所需信息的名称或文号"_s }, { "days", 10 } }));
        // Art. 30: the 10 working days run from the day after the applicant received the notice.
        f.act(f.clerk, number, "notice_received", "2026-07-06",
            params({ { "received", u"2026-07-06"_s }, { "evidence", u"postal_tracking"_s } }));
        f.act(f.clerk, number, "supplement_overdue", "2026-07-21");
    } else {
        number = f.assignedCase();
        f.act(f.clerk, number, "fee_notice", "2026-07-06", params({ { "method", u"by_volume"_s }, { "pages", 150 } }));
        // 信息处理费管理办法第七条: 20 working days from the day after the applicant received it.
        f.act(f.clerk, number, "notice_received", "2026-07-08",
            params({ { "received", u"2026-07-08"_s }, { "evidence", u"postal_tracking"_s } }));
        f.act(f.clerk, number, "fee_overdue", "2026-09-01");
    }
    const QString text = plainText(issue(f, number, "abandoned"));
    CHECK(text.contains(kRegulations + QString::fromUtf8(row.cites)));
    CHECK_FALSE(text.contains(QString::fromUtf8(row.notCited)));
    if (QLatin1String(row.why) == u"fee_overdue") {
        CHECK(text.contains(u"《信息处理费缴费通知书》"_s));
        CHECK(text.contains(u"收到该通知书的次日起20个工作日内"_s));
    }
    // The article the type names, as lists show it, covers both cases.
    const QString article = QString::fromUtf8(findNoticeType(u"abandoned"_s)->article);
    CHECK(article.contains(u"第三十条"_s));
    CHECK(article.contains(u"第四十二条"_s));
}

TEST_CASE("no notice cites a bare article of the Regulations that has paragraphs or items", "[notices]")
{
    // The articles cited in notices that are divided: Art. 31 into items, Art. 33 into three
    // paragraphs, Art. 36 into seven items, Art. 39 and Art. 42 into two paragraphs each.
    static const QStringList divided { u"三十一"_s, u"三十三"_s, u"三十六"_s, u"三十九"_s, u"四十二"_s };
    static const QRegularExpression cited(u"第([一二三四五六七八九十]+)条(第)?"_s);
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeTemplates templates(*f.database, f.clock);
    for (const NoticeType& type : noticeTypes()) {
        INFO(type.code);
        const QString number = test::caseReadyFor(f, type);
        const QString text = plainText(
            issue(f, number, type.code, test::completeEdits(templates.composed(QLatin1String(type.code)))));
        for (auto it = cited.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // "第四十二条第一款" names its paragraph; the fee measures' "第七条" is not the Regulations'.
            const qsizetype at = m.capturedStart();
            const bool measures = text.mid(std::max<qsizetype>(0, at - 16), 16).contains(u"管理办法》"_s);
            INFO(m.captured(0).toStdString());
            if (!measures && m.captured(2).isEmpty())
                CHECK_FALSE(divided.contains(m.captured(1)));
        }
    }
}

TEST_CASE("要求确认或重新出具: the notice states the decision 不予处理 and its exact basis", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const NoticeType& type = *findNoticeType(u"reply_confirmation"_s);
    CHECK(QString::fromUtf8(type.article) != u"第三十六条");
    const QString text = plainText(issue(f, test::caseReadyFor(f, type), "reply_confirmation",
        { { u"reasons"_s, u"申请人要求对其2025年已获取的《征地补偿安置方案》复印件加盖公章"_s } }));
    CHECK(text.contains(u"本机关不予处理"_s));
    CHECK(text.contains(kRegulations + QString::fromUtf8(type.article) + u"的规定"_s));
    CHECK_FALSE(text.contains(u"第三十六条的规定"_s));
}

TEST_CASE("延迟答复告知书: the Art. 35 later date and why, once the chief has set it", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const NoticeType* type = findNoticeType(u"later_date"_s);
    REQUIRE(type);
    CHECK(QString::fromUtf8(type->title) == u"延迟答复告知书");
    CHECK(QString::fromUtf8(type->article) == u"第三十五条");
    const QString number = f.assignedCase();
    NoticeStore store(*f.database, f.clock);
    try {
        store.issue(number, u"later_date"_s, {}, day("2026-11-20"), f.clerk);
        FAIL("issued before the later date was set");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Refused);
    }
    // Art. 35: the later date follows the applicant's reasons, asked for and found reasonable.
    f.act(f.clerk, number, "request_reasons", "2026-07-06", params({ { "reply_by", u"2026-07-13"_s } }));
    f.act(f.clerk, number, "reasons_received", "2026-07-13", params({ { "finding", u"reasonable"_s } }));
    f.act(f.chief, number, "set_later_date", "2026-07-20",
        params({ { "later_date", u"2026-09-30"_s }, { "reason", u"申请涉及2015年以来的全部审批档案，需逐件调取"_s } }));
    const QString text = plainText(issue(f, number, "later_date"));
    CHECK(text.contains(u"将于2026年9月30日前作出答复"_s));
    CHECK(text.contains(u"申请涉及2015年以来的全部审批档案，需逐件调取"_s));
    CHECK(text.contains(u"认为申请理由合理，但是无法在"_s));
    CHECK(text.contains(kRegulations + u"第三十五条的规定"_s));
}

TEST_CASE("决定公开: the third party that objected is told what will be disclosed, why, and its remedies", "[notices]")
{
    struct Row
    {
        const char* answer; // the third party's answer
        const char* review; // the confidentiality review
        bool allowed;
    };
    const Row row = GENERATE(Row { "objection", "pass", true }, Row { "objection", "partial", true },
        Row { "objection", "withhold", false }, Row { "consent", "pass", false }, Row { nullptr, "pass", false });
    INFO((row.answer ? row.answer : "no answer") << " / " << row.review);
    test::WorkflowFixture f;
    test::setTestAgency(f);
    REQUIRE(findNoticeType(u"third_party_disclosure"_s));
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "consult", "2026-07-06",
        params({ { "party_kind", u"third_party"_s }, { "party", u"某某建设有限公司"_s } }));
    if (row.answer)
        f.act(f.clerk, number, "consult_answer", "2026-07-15", params({ { "answer", QLatin1String(row.answer) } }));
    else
        f.act(f.clerk, number, "consult_answer", "2026-07-28", params({ { "answer", u"no_answer"_s } }));
    f.act(f.clerk, number, "submit_review", "2026-07-29");
    QJsonObject review = params({ { "result", QLatin1String(row.review) } });
    if (QLatin1String(row.review) != u"pass") {
        review.insert(u"article"_s, u"art15_third_party"_s);
        review.insert(u"basis"_s, u"《中华人民共和国政府信息公开条例》第十五条"_s);
    }
    f.act(f.reviewer, number, "review", "2026-07-30", review);

    const QMap<QString, QString> edits { { u"disclosed_content"_s, u"某某项目的中标金额和工期"_s },
        { u"disclosure_reasons"_s, u"该项目使用财政资金，其中标金额关系公共利益"_s } };
    NoticeStore store(*f.database, f.clock);
    if (!row.allowed) {
        try {
            store.issue(number, u"third_party_disclosure"_s, edits, day("2026-11-20"), f.clerk);
            FAIL("issued without an objection overridden by a review that lets the information through");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::Refused);
        }
        return;
    }
    const QString text = plainText(issue(f, number, "third_party_disclosure", edits));
    CHECK(text.contains(u"某某建设有限公司："_s)); // addressed to the third party
    CHECK(text.contains(u"2026年7月6日书面征求意见"_s));
    CHECK(text.contains(u"某某项目的中标金额和工期"_s));
    CHECK(text.contains(u"该项目使用财政资金，其中标金额关系公共利益"_s));
    CHECK(text.contains(kRegulations + u"第三十二条"_s));
    CHECK(text.contains(u"六十日内向某某区人民政府申请行政复议"_s)); // 行政复议法 Art. 24
    CHECK(text.contains(u"六个月内向某某区人民法院提起行政诉讼"_s));
    CHECK_FALSE(text.contains(u"张三"_s)); // not the applicant's letter
}

TEST_CASE("非本机关负责: the responsible agency is named only when it can be determined (Art. 36(5))", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const NoticeType& type = *findNoticeType(u"reply_not_responsible"_s);
    const QString reasons = u"该信息由区自然资源局制作并保存"_s;
    const QString sentence = u"负责公开该政府信息的行政机关为"_s;

    // Not determinable: the notice reads well without the sentence.
    const QString without = plainText(issue(f, test::caseReadyFor(f, type), "reply_not_responsible",
        { { u"reasons"_s, reasons }, { u"responsible_agency"_s, u" "_s }, { u"responsible_contact"_s, QString() } }));
    CHECK(without.contains(reasons));
    CHECK_FALSE(without.contains(sentence));
    CHECK_FALSE(without.contains(u"【"_s));
    // Determined: name and contact, both required then.
    const QString with = plainText(issue(f, test::caseReadyFor(f, type), "reply_not_responsible",
        { { u"reasons"_s, reasons }, { u"responsible_agency"_s, u"某某区自然资源局"_s },
            { u"responsible_contact"_s, u"010-87654321"_s } }));
    CHECK(with.contains(sentence + u"某某区自然资源局，联系方式：010-87654321。"_s));
    try {
        issue(f, test::caseReadyFor(f, type), "reply_not_responsible",
            { { u"reasons"_s, reasons }, { u"responsible_agency"_s, u"某某区自然资源局"_s } });
        FAIL("issued naming an agency without its contact");
    } catch (const Error& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues().front().field == u"responsible_contact");
    }
}

namespace {

// What a clerk typically types into each part: whole sentences, ending in 。 (the draft's
// reasons are pasted in that way).
QString typicalInput(const TemplateField& field)
{
    static const QMap<QString, QString> inputs {
        { u"reasons"_s, u"该信息涉及第三方的个人隐私，公开会对第三方合法权益造成损害。"_s },
        { u"withhold_basis"_s, u"《中华人民共和国政府信息公开条例》第十五条。"_s },
        { u"search_done"_s, u"本机关于2026年7月10日检索了本机关2019年以来的发文目录和档案。"_s },
        { u"how_to_obtain"_s, u"随本答复书提供该信息的复制件一份。"_s },
        { u"where_published"_s, u"本机关门户网站“政府信息公开”栏目。"_s },
        { u"responsible_agency"_s, u"某某区自然资源局。"_s },
        { u"responsible_contact"_s, u"010-87654321。"_s },
        { u"earlier_reply"_s, u"2026年3月1日以某政公开〔2026〕第3号。"_s },
        { u"third_party_interest"_s, u"某某建设有限公司的商业秘密。"_s },
        { u"question"_s, u"该信息是否可以公开。"_s },
        { u"fee_basis"_s, u"按量计收，共150页。"_s },
        { u"payment_way"_s, u"银行转账（户名：某某区财政局）。"_s },
        { u"reasons_due"_s, u"2026年8月10日。"_s },
        { u"questions"_s, u"申请的用途和数量。"_s },
    };
    return inputs.value(field.name, field.label + u"。"_s);
}

void setOrganisation(Application& app)
{
    Applicant& a = app.applicants.front();
    a = Applicant {};
    a.kind = ApplicantKind::Organisation;
    a.organisationType = OrganisationType::Commercial;
    a.name = u"某某科技有限公司"_s;
    a.creditCode = u"91330100716105852F"_s;
    a.legalRepresentative = u"王五"_s;
    a.phone = u"0571-85022088"_s;
    a.address = u"浙江省杭州市西湖区文三路1号"_s;
    a.postcode = u"310012"_s;
}

} // namespace

TEST_CASE("every notice reads well with typical input, to a person and to an organisation", "[notices]")
{
    const bool organisation = GENERATE(false, true);
    INFO((organisation ? "organisation" : "person"));
    test::WorkflowFixture f;
    test::setTestAgency(f);
    if (organisation)
        f.adjustApplication = setOrganisation;
    NoticeTemplates templates(*f.database, f.clock);
    for (const NoticeType& type : noticeTypes()) {
        INFO(type.code);
        const QString composed = templates.composed(QLatin1String(type.code));
        QMap<QString, QString> edits;
        for (const TemplateField& field : templateFields(composed))
            if (field.editable)
                edits.insert(field.name, typicalInput(field));
        const QString text = plainText(issue(f, test::caseReadyFor(f, type), type.code, edits));
        INFO(text.toStdString());
        for (const QString& wrong : { u"。。"_s, u"，。"_s, u"。，"_s, u"；。"_s, u"您（单位）"_s, u"本机关经本机关"_s,
                 u"你单位"_s })
            CHECK_FALSE(text.contains(wrong));
        // The applicant is addressed as what it is, in every letter to the applicant.
        if (composed.contains(u"{{applicant_name}}：</p>"_s)) {
            CHECK(text.contains(organisation ? u"贵单位"_s : u"您"_s));
            CHECK_FALSE(text.contains(organisation ? u"您"_s : u"贵单位"_s));
        }
    }
}

TEST_CASE("送达回证: the notice's title and number, its addressee, the lines to sign, not numbered or stored",
    "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    struct Row
    {
        const char* type;
        const char* title;
        const char* addressee;
    };
    const Row row = GENERATE(Row { "reply_disclose", "政府信息公开申请答复书", "张三" },
        Row { "consult_third_party", "征求第三方意见书", "某某建设有限公司" },
        Row { "third_party_disclosure", "政府信息公开决定告知书", "某某建设有限公司" });
    INFO(row.type);
    const QString code = QLatin1String(row.type);
    const QString number = test::caseReadyFor(f, *findNoticeType(code));
    const IssuedNotice notice = store.issue(number, code,
        test::completeEdits(NoticeTemplates(*f.database, f.clock).composed(code)), day("2026-11-20"), f.clerk);
    const qint64 stored = store.list(notice.caseId).size();
    const QString text = plainText(store.serviceProof(notice.id));
    CHECK(text.contains(u"送达回证"_s));
    CHECK(text.contains(u"《"_s + QString::fromUtf8(row.title) + u"》"_s));
    CHECK(text.contains(notice.number));
    CHECK(QString(text).remove(u'\n').contains(u"受送达人"_s + QString::fromUtf8(row.addressee)));
    for (const QString& line : { u"送达地点"_s, u"送达方式"_s, u"受送达人签名（盖章）"_s, u"送达人签名"_s })
        CHECK(text.contains(line));
    CHECK(text.count(u"日</p>"_s) + text.count(u"日\n"_s) >= 3); // a date line for each signature
    CHECK(text.contains(number)); // the case
    CHECK(store.list(notice.caseId).size() == stored);

    store.voidNotice(notice.id, u"送达前发现文号错误"_s, f.clerk);
    try {
        store.serviceProof(notice.id);
        FAIL("a voided notice was served");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Refused);
    }
    CHECK_THROWS_AS(store.serviceProof(987654), Error);
}

TEST_CASE("the applicant is addressed as 您, 贵单位, or by the names of several", "[notices]")
{
    Application app;
    Applicant person;
    person.name = u"张三"_s;
    app.applicants << person;
    CHECK(applicantYou(app) == u"您");
    Applicant organisation;
    organisation.kind = ApplicantKind::Organisation;
    organisation.name = u"某某科技有限公司"_s;
    app.applicants = { organisation };
    CHECK(applicantYou(app) == u"贵单位");
    app.applicants = { person, organisation };
    CHECK(applicantYou(app) == u"张三、某某科技有限公司");
}
