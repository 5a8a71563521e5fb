// A step that must wait for another is refused with the sentence the desktop greys it out
// with, and nothing is written: the extension's decision and notice, the receipt of a notice,
// delivery before the reply notice, submitting no draft, a reply type drafted before its review.
#include "WorkflowFixture.h"

#include "Error.h"
#include "lifecycle/WorkflowFacts.h"
#include "workflow/ActionDefaults.h"
#include "workflow/ActionPrerequisites.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::params;

TEST_CASE("steps that wait for another are refused as the desktop greys them out", "[workflow][prerequisites]")
{
    struct Row
    {
        const char* what;
        std::function<QString(test::WorkflowFixture&)> prepare; // the case, ready for the step or not
        const char* action;
        QJsonObject params;
        const char* problemHas; // nullptr: the step may be taken
    };
    const QJsonObject told = params({ { "told", u"2026-07-21"_s }, { "method", u"post"_s } });
    const QJsonObject received = params({ { "received", u"2026-07-06"_s }, { "evidence", u"postal_tracking"_s } });
    const auto assigned = [](test::WorkflowFixture& f) { return f.assignedCase(); };
    const auto extensionApproved = [](test::WorkflowFixture& f) {
        const QString n = f.assignedCase();
        f.act(f.clerk, n, "extend", "2026-07-20", params({ { "days", 20 }, { "reason", u"需调档"_s } }));
        f.act(f.chief, n, "approve_extension", "2026-07-21");
        return n;
    };
    const auto supplementAsked = [](test::WorkflowFixture& f) {
        const QString n = f.newCase("2026-07-01");
        f.act(f.clerk, n, "request_supplement", "2026-07-03", params({ { "items", u"文号"_s }, { "days", 10 } }));
        return n;
    };
    const auto accepted = [](test::WorkflowFixture& f) {
        const QString n = f.newCase("2026-07-01");
        f.act(f.clerk, n, "accept", "2026-07-02");
        return n;
    };
    const auto reviewed = [](const char* result) {
        return [result](test::WorkflowFixture& f) {
            const QString n = f.assignedCase();
            f.act(f.clerk, n, "submit_review", "2026-07-10");
            QJsonObject review = params({ { "result", QString::fromLatin1(result) } });
            if (QLatin1String(result) != u"pass") {
                review.insert(u"article"_s, u"art15_third_party"_s);
                review.insert(u"basis"_s, u"《条例》第十五条 涉及个人隐私"_s);
            }
            f.act(f.reviewer, n, "review", "2026-07-10", review);
            return n;
        };
    };
    const auto signedOff = [&](test::WorkflowFixture& f) {
        const QString n = accepted(f);
        f.act(f.clerk, n, "draft", "2026-07-03", params({ { "reply_type", u"petition"_s } }));
        f.act(f.clerk, n, "submit", "2026-07-03");
        f.act(f.chief, n, "sign_off", "2026-07-06");
        return n;
    };
    const QJsonObject deliverByPost = params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } });
    const Row rows[] = {
        { "draft a refusal in the accepted state", accepted, "draft", params({ { "reply_type", u"withhold"_s } }),
            "Assign → Submit for confidentiality review" },
        { "draft a petition reply in the accepted state", accepted, "draft",
            params({ { "reply_type", u"petition"_s } }), nullptr },
        { "draft a disclosure assigned and not yet reviewed", assigned, "draft",
            params({ { "reply_type", u"disclose"_s } }), "first: Submit for confidentiality review." },
        { "draft a disclosure after a partial review", reviewed("partial"), "draft",
            params({ { "reply_type", u"disclose"_s } }), "does not agree with it" },
        { "draft the partial disclosure the review decided", reviewed("partial"), "draft",
            params({ { "reply_type", u"partly_disclose"_s } }), nullptr },
        { "submit with no draft", reviewed("pass"), "submit", {}, "no current draft reply" },
        { "deliver with no reply notice issued", signedOff, "deliver", deliverByPost, "Issue the reply notice first" },
        { "deliver once the reply notice is issued",
            [&](test::WorkflowFixture& f) {
                const QString n = signedOff(f);
                f.issueReply(n, "2026-07-07");
                return n;
            },
            "deliver", deliverByPost, nullptr },
        { "approve with no extension asked", assigned, "approve_extension", {}, "waiting for a decision" },
        { "refuse with no extension asked", assigned, "refuse_extension", params({ { "reason", u"不需要"_s } }),
            "waiting for a decision" },
        { "an extension notice sent elsewhere, no extension approved", assigned, "extension_notice_sent", told,
            "has been approved" },
        { "an extension notice sent elsewhere for an approved extension", extensionApproved, "extension_notice_sent",
            told, nullptr },
        { "recorded twice",
            [&](test::WorkflowFixture& f) {
                const QString n = extensionApproved(f);
                f.act(f.clerk, n, "extension_notice_sent", "2026-07-21", told);
                return n;
            },
            "extension_notice_sent", told, "already recorded as sent" },
        { "the supplement notice received", supplementAsked, "notice_received", received, nullptr },
        { "the supplement notice received twice",
            [&](test::WorkflowFixture& f) {
                const QString n = supplementAsked(f);
                f.act(f.clerk, n, "notice_received", "2026-07-06", received);
                return n;
            },
            "notice_received", received, "already recorded" },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        test::WorkflowFixture f;
        const QString number = row.prepare(f);
        const CaseRecord record = *f.repository->find(number);
        const QString problem = actionPrerequisiteProblem(
            QLatin1String(row.action), record, workflowFacts(f.repository->events(record.id)), row.params);
        INFO(problem.toStdString());
        if (!row.problemHas) {
            CHECK(problem.isEmpty());
            const UserAccount& user = QLatin1String(row.action).endsWith(u"_extension") ? f.chief : f.clerk;
            CHECK_NOTHROW(f.act(user, number, row.action, "2026-07-21", row.params));
            continue;
        }
        CHECK(problem.contains(QString::fromUtf8(row.problemHas)));
        const qint64 before = f.writtenRows();
        const UserAccount& user = QLatin1String(row.action).endsWith(u"_extension") ? f.chief : f.clerk;
        try {
            f.act(user, number, row.action, "2026-07-21", row.params);
            FAIL("the step was taken");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Refused);
            INFO(error.message().toStdString());
            // The very sentence the desktop shows (delivery names the case before it, for the CLI).
            CHECK(error.message().endsWith(problem));
        }
        CHECK(f.writtenRows() == before);
    }
}

TEST_CASE("the draft starts from the reply type and row the confidentiality review decided", "[workflow][defaults]")
{
    struct Row
    {
        const char* review; // the review's result; withholding under Art. 15 (third party)
        const char* replyType; // nullptr: no default, the clerk chooses
        const char* outcome;
    };
    const Row rows[] = {
        { "pass", nullptr, nullptr }, // 公开, 已主动公开, 不存在 ... are all open after a pass
        { "partial", "partly_disclose", nullptr },
        { "withhold", "withhold", "withheld_4" },
    };
    for (const Row& row : rows) {
        INFO(row.review);
        test::WorkflowFixture f;
        const QString n = f.assignedCase();
        f.act(f.clerk, n, "submit_review", "2026-07-10");
        QJsonObject review = params({ { "result", QString::fromLatin1(row.review) } });
        if (QLatin1String(row.review) != u"pass") {
            review.insert(u"article"_s, u"art15_third_party"_s);
            review.insert(u"basis"_s, u"《条例》第十五条 涉及个人隐私"_s);
        }
        f.act(f.reviewer, n, "review", "2026-07-10", review);
        const CaseRecord record = *f.repository->find(n);
        const QJsonObject defaults = actionDefaults(u"draft"_s, record, workflowFacts(f.repository->events(record.id)));
        CHECK(defaults.value(u"reply_type"_s).toString() == QLatin1String(row.replyType));
        CHECK(defaults.value(u"outcome"_s).toString() == QLatin1String(row.outcome));
        if (row.replyType) // the workflow uses it when none is given
            CHECK(f.act(f.clerk, n, "draft", "2026-07-13").details.value(u"reply_type"_s).toString()
                == QLatin1String(row.replyType));
    }
}
