// Which row of the annual report's section 三 each reply type counts in
// (docs/legal-rules.md, from reference/annual-report-format.md), and a refusal's 不予公开 sub-row fitting the provision
// the confidentiality review withheld under (Art. 14–16).
#include "WorkflowFixture.h"

#include "Error.h"
#include "lifecycle/Outcome.h"
#include "lifecycle/ReplyType.h"
#include "workflow/ExemptionArticle.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::params;

namespace {

// Assigned and submitted for the confidentiality review.
QString inReview(test::WorkflowFixture& f)
{
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "submit_review", "2026-07-03");
    return number;
}

bool drafts(test::WorkflowFixture& f, const QString& number, const QJsonObject& draft)
{
    const qint64 before = f.writtenRows();
    try {
        f.act(f.clerk, number, "draft", "2026-07-06", draft);
        return true;
    } catch (const Error&) {
        CHECK(f.writtenRows() == before);
        return false;
    }
}

const QStringList kWithheld = { u"withheld_1"_s, u"withheld_2"_s, u"withheld_3"_s, u"withheld_4"_s, u"withheld_5"_s,
    u"withheld_6"_s, u"withheld_7"_s, u"withheld_8"_s };

} // namespace

TEST_CASE("every reply type counts in the report rows annual-report-format.md gives it", "[workflow][report-rows]")
{
    // Written out by hand from docs/legal-rules.md, independently of ReplyType.cpp.
    struct Row
    {
        ReplyType type;
        QStringList rows; // the report's labels, as outcomeDisplayText prints them
    };
    using R = ReplyType;
    const Row rows[] = {
        { R::Disclose, { u"予以公开"_s } },
        { R::AlreadyPublic, { u"予以公开"_s } },
        { R::PartlyDisclose, { u"部分公开"_s } },
        { R::Withhold,
            { u"不予公开-属于国家秘密"_s, u"不予公开-其他法律行政法规禁止公开"_s, u"不予公开-危及“三安全一稳定”"_s,
                u"不予公开-保护第三方合法权益"_s, u"不予公开-属于三类内部事务信息"_s, u"不予公开-属于四类过程性信息"_s,
                u"不予公开-属于行政执法案卷"_s } },
        { R::SpecialProvision, { u"不予公开-属于行政查询事项"_s } },
        { R::NotExist, { u"无法提供-本机关不掌握相关政府信息"_s } },
        { R::NotResponsible, { u"无法提供-本机关不掌握相关政府信息"_s } },
        { R::NeedsCreation, { u"无法提供-没有现成信息需要另行制作"_s } },
        { R::StillUnclear, { u"无法提供-补正后申请内容仍不明确"_s } },
        { R::Petition, { u"不予处理-信访举报投诉类申请"_s } },
        { R::Repeat, { u"不予处理-重复申请"_s } },
        { R::Publication, { u"不予处理-要求提供公开出版物"_s } },
        { R::Excessive, { u"不予处理-无正当理由大量反复申请"_s } },
        { R::Confirmation, { u"不予处理-要求行政机关确认或重新出具已获取信息"_s } },
    };
    REQUIRE(std::size(rows) == std::size_t(replyTypes().size()));
    for (const Row& row : rows) {
        INFO(codeOf(replyTypes(), row.type).toStdString());
        QStringList labels;
        for (const QString& code : allowedOutcomes(row.type))
            labels << outcomeDisplayText(*findOutcome(code));
        CHECK(labels == row.rows);
    }
    // No reply type is counted as 其他处理: those rows are for abandonment and withdrawal.
    for (const Term<ReplyType>& term : replyTypes())
        for (const QString& code : allowedOutcomes(term.value))
            CHECK(findOutcome(code)->category != OutcomeCategory::OtherHandling);
    CHECK(replyTypeForOutcome(u"withheld_8"_s) == ReplyType::SpecialProvision);
}

TEST_CASE(
    "a refusal is counted in the 不予公开 row of the provision the review withheld under", "[workflow][report-rows]")
{
    struct Row
    {
        const char* article;
        const char* outcome; // the only row it fits
    };
    const Row rows[] = {
        { "art14_state_secret", "withheld_1" },
        { "art14_prohibited", "withheld_2" },
        { "art14_security", "withheld_3" },
        { "art15_third_party", "withheld_4" },
        { "art16_internal_affairs", "withheld_5" },
        { "art16_process", "withheld_6" },
        { "art16_enforcement_file", "withheld_7" },
    };
    REQUIRE(std::size(rows) == std::size_t(exemptionArticles().size()));
    test::WorkflowFixture f;
    for (const Row& row : rows) {
        INFO(row.article);
        CHECK(withheldOutcomeFor(*parseTerm(exemptionArticles(), QLatin1String(row.article)))
            == QLatin1String(row.outcome));
        const QString number = inReview(f);
        f.act(f.reviewer, number, "review", "2026-07-03",
            params({ { "result", u"withhold"_s }, { "article", QLatin1String(row.article) },
                { "basis", u"《中华人民共和国政府信息公开条例》"_s } }));
        for (const QString& outcome : kWithheld) {
            if (outcome == QLatin1String(row.outcome))
                continue;
            INFO(outcome.toStdString());
            CHECK_FALSE(drafts(f, number, params({ { "reply_type", u"withhold"_s }, { "outcome", outcome } })));
        }
        // Without an outcome, the review's row is taken.
        CHECK(drafts(f, number, params({ { "reply_type", u"withhold"_s } })));
        CHECK(f.outcomeOf(number) == QLatin1String(row.outcome));
        CHECK(
            drafts(f, number, params({ { "reply_type", u"withhold"_s }, { "outcome", QLatin1String(row.outcome) } })));
    }
}

TEST_CASE("a review that withholds names its provision, one that passes names none", "[workflow][report-rows]")
{
    struct Row
    {
        const char* result;
        const char* article;
        const char* basis;
        const char* problemField; // nullptr: recorded
    };
    const Row rows[] = {
        { "withhold", nullptr, "《条例》第十五条", "article" },
        { "partial", nullptr, "《条例》第十五条", "article" },
        { "withhold", "art15_third_party", nullptr, "basis" },
        { "pass", "art15_third_party", nullptr, "article" },
        { "withhold", "article_99", "《条例》第十五条", "article" },
        { "partial", "art16_process", "《条例》第十六条第二款", nullptr },
        { "pass", nullptr, nullptr, nullptr },
    };
    for (const Row& row : rows) {
        INFO(row.result << " " << (row.article ? row.article : "-") << " " << (row.basis ? row.basis : "-"));
        test::WorkflowFixture f;
        const QString number = inReview(f);
        QJsonObject p = params({ { "result", QLatin1String(row.result) } });
        if (row.article)
            p.insert(u"article"_s, QLatin1String(row.article));
        if (row.basis)
            p.insert(u"basis"_s, QString::fromUtf8(row.basis));
        if (!row.problemField) {
            const CaseEvent review = f.act(f.reviewer, number, "review", "2026-07-03", p);
            CHECK(review.details.value(u"article"_s).toString() == QLatin1String(row.article ? row.article : ""));
            continue;
        }
        const qint64 before = f.writtenRows();
        try {
            f.act(f.reviewer, number, "review", "2026-07-03", p);
            FAIL("the review was recorded");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::InvalidInput);
            QStringList fields;
            for (const FieldIssue& issue : error.issues())
                fields << issue.field;
            CHECK(fields.contains(QLatin1String(row.problemField)));
        }
        CHECK(f.writtenRows() == before);
    }
}

TEST_CASE("a review recorded before the article was asked is checked by the article its text names",
    "[workflow][report-rows]")
{
    struct Row
    {
        const char* basis;
        QStringList fits; // empty: the text names no provision, the old review is not checked
    };
    const Row rows[] = {
        { "《条例》第十五条 涉及个人隐私", { u"withheld_4"_s } },
        { "依据《条例》第十五条", { u"withheld_4"_s } },
        { "属于国家秘密", { u"withheld_1"_s } },
        { "《条例》第十四条", { u"withheld_1"_s, u"withheld_2"_s, u"withheld_3"_s } },
        { "《条例》第十六条第二款 过程性信息", { u"withheld_6"_s } },
        { "第十六条第二款", { u"withheld_6"_s, u"withheld_7"_s } },
        { "第十六条", { u"withheld_5"_s, u"withheld_6"_s, u"withheld_7"_s } },
        { "属于行政执法案卷", { u"withheld_7"_s } },
        { "内部事务信息", { u"withheld_5"_s } },
        { "经审查不宜公开", {} },
    };
    for (const Row& row : rows) {
        INFO(row.basis);
        CHECK(withheldOutcomesNamedIn(QString::fromUtf8(row.basis)) == row.fits);
        test::WorkflowFixture f;
        const QString number = inReview(f);
        // As an older OGI Desk stored it: no article.
        f.repository->recordEvent(number, u"review"_s, test::day("2026-07-03"), f.reviewer.login, {}, {},
            { { u"result"_s, u"withhold"_s }, { u"basis"_s, QString::fromUtf8(row.basis) } });
        for (const QString& outcome : kWithheld.mid(0, 7)) {
            INFO(outcome.toStdString());
            const bool fits = row.fits.isEmpty() || row.fits.contains(outcome);
            CHECK(drafts(f, number, params({ { "reply_type", u"withhold"_s }, { "outcome", outcome } })) == fits);
        }
    }
}

TEST_CASE(
    "a special-provision reply is 不予公开-属于行政查询事项, answered without a review", "[workflow][report-rows]")
{
    test::WorkflowFixture f;
    // From the request itself, like the other replies answered at once.
    const QString atOnce = f.newCase("2026-07-01");
    f.act(f.clerk, atOnce, "accept", "2026-07-02");
    CHECK(drafts(f, atOnce, params({ { "reply_type", u"special_provision"_s } })));
    CHECK(f.outcomeOf(atOnce) == u"withheld_8");
    CHECK_FALSE(drafts(f, atOnce, params({ { "reply_type", u"special_provision"_s }, { "outcome", u"other_3"_s } })));
    // A refusal under Art. 36(3) is never counted as 行政查询事项: that row rests on Art. 36(7).
    const QString withheld = inReview(f);
    f.act(f.reviewer, withheld, "review", "2026-07-03",
        params({ { "result", u"withhold"_s }, { "article", u"art15_third_party"_s },
            { "basis", u"《条例》第十五条"_s } }));
    CHECK_FALSE(drafts(f, withheld, params({ { "reply_type", u"withhold"_s }, { "outcome", u"withheld_8"_s } })));
    // After a review that withheld, the reply is the Art. 36(3) refusal, not a referral.
    CHECK_FALSE(drafts(f, withheld, params({ { "reply_type", u"special_provision"_s } })));
    const QString passed = inReview(f);
    f.act(f.reviewer, passed, "review", "2026-07-03", params({ { "result", u"pass"_s } }));
    CHECK(drafts(f, passed, params({ { "reply_type", u"special_provision"_s } })));
    CHECK(f.outcomeOf(passed) == u"withheld_8");
}
