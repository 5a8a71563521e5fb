// A step that must wait for another is refused with the sentence the desktop greys it out
// with, and nothing is written: the extension's decision and notice, the receipt of a notice.
#include "WorkflowFixture.h"

#include "Error.h"
#include "workflow/ActionPrerequisites.h"
#include "workflow/WorkflowFacts.h"

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
    const Row rows[] = {
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
        const QString problem
            = actionPrerequisiteProblem(QLatin1String(row.action), record, workflowFacts(f.repository->events(record.id)));
        if (!row.problemHas) {
            CHECK(problem.isEmpty());
            const UserAccount& user = QLatin1String(row.action).endsWith(u"_extension") ? f.chief : f.clerk;
            CHECK_NOTHROW(f.act(user, number, row.action, "2026-07-21", row.params));
            continue;
        }
        CHECK(problem.contains(QLatin1String(row.problemHas)));
        const qint64 before = f.writtenRows();
        const UserAccount& user = QLatin1String(row.action).endsWith(u"_extension") ? f.chief : f.clerk;
        try {
            f.act(user, number, row.action, "2026-07-21", row.params);
            FAIL("the step was taken");
        } catch (const Error& error) {
            CHECK(error.code() == ErrorCode::Refused);
            CHECK(error.message() == problem); // the very sentence the desktop shows
        }
        CHECK(f.writtenRows() == before);
    }
}
