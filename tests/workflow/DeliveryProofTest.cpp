// A reply is delivered only once issued in writing, postal delivery carries its tracking number,
// and archiving records how the applicant's receipt is known — or, with the clerk's reason, that
// it is not. July 2026 has no public holiday.
#include "WorkflowFixture.h"

#include "Error.h"
#include "lifecycle/WorkflowFacts.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "workflow/ActionPrerequisites.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;
using ogi::test::params;

namespace {

// Signed off as `replyType` (reviewed, so any disclosing type), not yet issued.
QString signedOff(test::WorkflowFixture& f, const char* replyType = "disclose", bool thirdPartyObjects = false)
{
    const QString number = f.assignedCase();
    if (thirdPartyObjects) {
        f.act(f.clerk, number, "consult", "2026-07-03",
            params({ { "party_kind", u"third_party"_s }, { "party", u"某某建设有限公司"_s } }));
        f.act(f.clerk, number, "consult_answer", "2026-07-06", params({ { "answer", u"objection"_s } }));
    }
    f.act(f.clerk, number, "submit_review", "2026-07-07");
    const bool partly = QLatin1String(replyType) == u"partly_disclose";
    QJsonObject review = params({ { "result", partly ? u"partial"_s : u"pass"_s } });
    if (partly) {
        review.insert(u"article"_s, u"art15_third_party"_s);
        review.insert(u"basis"_s, u"《条例》第十五条 涉及商业秘密"_s);
    }
    f.act(f.reviewer, number, "review", "2026-07-07", review);
    f.act(f.clerk, number, "draft", "2026-07-08", params({ { "reply_type", QLatin1String(replyType) } }));
    f.act(f.clerk, number, "submit", "2026-07-08");
    f.act(f.chief, number, "sign_off", "2026-07-09");
    return number;
}

Error errorOf(const std::function<void()>& act)
{
    try {
        act();
    } catch (const Error& error) {
        return error;
    }
    FAIL("the act was recorded");
    return Error(ErrorCode::Internal, {});
}

WorkflowFacts factsOf(test::WorkflowFixture& f, const QString& number)
{
    return workflowFacts(f.repository->events(f.repository->find(number)->id));
}

} // namespace

TEST_CASE("a reply is delivered only once its notice is issued, and not after it is voided", "[workflow][delivery]")
{
    test::WorkflowFixture f;
    const QString number = signedOff(f);
    const QJsonObject inPerson = params({ { "method", u"in_person"_s } });
    qint64 before = f.writtenRows();
    Error refused = errorOf([&] { f.act(f.clerk, number, "deliver", "2026-07-10", inPerson); });
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(refused.message().contains(u"Issue the reply notice first"));
    CHECK(f.writtenRows() == before);
    // The same sentence greys the desktop's button out.
    CHECK(actionPrerequisiteProblem(u"deliver"_s, *f.repository->find(number), factsOf(f, number))
              .contains(u"Issue the reply notice first"));

    const IssuedNotice notice = f.issueReply(number, "2026-07-10");
    CHECK(notice.type == u"reply_disclose");
    NoticeStore(*f.database, f.clock).voidNotice(notice.id, u"申请人姓名有误"_s, f.clerk); // today, 2026-11-20
    before = f.writtenRows();
    refused = errorOf([&] { f.act(f.clerk, number, "deliver", "2026-11-20", inPerson); });
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(f.writtenRows() == before);
    f.issueReply(number, "2026-11-20");
    CHECK(actionPrerequisiteProblem(u"deliver"_s, *f.repository->find(number), factsOf(f, number)).isEmpty());
    f.act(f.clerk, number, "deliver", "2026-11-20", inPerson);
    CHECK(f.stateOf(number) == CaseState::Replied);
}

TEST_CASE("disclosing over a third party's objection needs the notice to the third party first", "[workflow][delivery]")
{
    // Art. 32: the office that discloses over the objection tells the third party in writing.
    // The notice type is "third_party_disclosure"; until it exists its step is recorded as
    // NoticeStore records every notice (an issue_notice event), so the rule is tested by its code.
    struct Row
    {
        const char* reply;
        bool objection;
        bool needsThirdPartyNotice;
    };
    const Row rows[] = {
        { "disclose", true, true }, { "partly_disclose", true, true },
        { "not_exist", true, false }, // nothing disclosed
        { "disclose", false, false }, // no objection
    };
    for (const Row& row : rows) {
        INFO(row.reply << (row.objection ? " over an objection" : ""));
        test::WorkflowFixture f;
        const QString number = signedOff(f, row.reply, row.objection);
        f.issueReply(number, "2026-07-10");
        const QJsonObject post = params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } });
        if (!row.needsThirdPartyNotice) {
            f.act(f.clerk, number, "deliver", "2026-07-10", post);
            continue;
        }
        const qint64 before = f.writtenRows();
        const Error refused = errorOf([&] { f.act(f.clerk, number, "deliver", "2026-07-10", post); });
        CHECK(refused.code() == ErrorCode::Refused);
        CHECK(refused.message().contains(u"Art. 32"));
        CHECK(f.writtenRows() == before);
        if (findNoticeType(QLatin1String(kThirdPartyDisclosureNotice))) {
            const QString code = QLatin1String(kThirdPartyDisclosureNotice);
            NoticeStore(*f.database, f.clock)
                .issue(number, code, test::completeEdits(NoticeTemplates(*f.database, f.clock).composed(code)),
                    day("2026-07-10"), f.clerk);
        } else {
            f.repository->recordEvent(number, u"issue_notice"_s, day("2026-07-10"), f.clerk.login, {}, {},
                { { u"notice_type"_s, QLatin1String(kThirdPartyDisclosureNotice) }, { u"title"_s, u"第三方告知书"_s },
                    { u"notice"_s, u"某政公开〔2026〕第99号"_s }, { u"notice_id"_s, 99 } });
        }
        f.act(f.clerk, number, "deliver", "2026-07-10", post);
        CHECK(f.stateOf(number) == CaseState::Replied);
    }
}

TEST_CASE("postal delivery gives its tracking number, a proof of receipt goes with the day", "[workflow][delivery]")
{
    struct Row
    {
        const char* method;
        bool tracking;
        const char* received;
        const char* proof;
        const char* problemField; // nullptr: recorded
    };
    const Row rows[] = {
        { "post", false, nullptr, nullptr, "tracking_number" },
        { "ems", false, nullptr, nullptr, "tracking_number" },
        { "post", true, nullptr, nullptr, nullptr },
        { "ems", true, "2026-07-13", "postal_tracking", nullptr },
        { "in_person", false, "2026-07-10", "service_record", nullptr },
        { "in_person", false, nullptr, "service_record", "received" },
        { "fax", false, nullptr, nullptr, nullptr },
        { "online", false, nullptr, nullptr, nullptr },
    };
    for (const Row& row : rows) {
        INFO(row.method << (row.tracking ? " with tracking" : "") << " received " << (row.received ? row.received : "-")
                        << " proof " << (row.proof ? row.proof : "-"));
        test::WorkflowFixture f;
        const QString number = signedOff(f);
        f.issueReply(number, "2026-07-10");
        QJsonObject p = params({ { "method", QLatin1String(row.method) } });
        if (row.tracking)
            p.insert(u"tracking_number"_s, u"XA123456789CN"_s);
        if (row.received)
            p.insert(u"received"_s, QLatin1String(row.received));
        if (row.proof)
            p.insert(u"proof"_s, QLatin1String(row.proof));
        if (row.problemField) {
            const qint64 before = f.writtenRows();
            const Error error = errorOf([&] { f.act(f.clerk, number, "deliver", "2026-07-10", p); });
            CHECK(error.code() == ErrorCode::InvalidInput);
            REQUIRE(error.issues().size() == 1);
            CHECK(error.issues().front().field == QLatin1String(row.problemField));
            CHECK(f.writtenRows() == before);
        } else {
            f.act(f.clerk, number, "deliver", "2026-07-10", p);
            CHECK(factsOf(f, number).receiptProof == QLatin1String(row.proof ? row.proof : ""));
        }
    }
}

TEST_CASE(
    "archiving records how the receipt is known, or the clerk's reason for having no proof", "[workflow][delivery]")
{
    // How the delivery went, and the proof the archive event then carries ("" : none recorded).
    struct Row
    {
        const char* what;
        std::function<void(test::WorkflowFixture&, const QString&)> deliver;
        const char* proof;
    };
    const Row rows[] = {
        { "handed over, the 送达回证 signed",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "deliver", "2026-07-10",
                    params(
                        { { "method", u"in_person"_s }, { "received", u"2026-07-10"_s }, { "proof", u"送达回证"_s } }));
            },
            "service_record" },
        { "posted, then tracked as delivered",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "deliver", "2026-07-10",
                    params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } }));
                f.act(f.clerk, n, "delivery_received", "2026-07-13", params({ { "proof", u"postal_tracking"_s } }));
            },
            "postal_tracking" },
        { "posted, the signed receipt came back",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "deliver", "2026-07-10",
                    params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } }));
                f.act(f.clerk, n, "delivery_received", "2026-07-14", params({ { "proof", u"signed_receipt"_s } }));
            },
            "signed_receipt" },
        { "sent by email through the mail server (its delivery record)",
            [](test::WorkflowFixture& f, const QString& n) {
                ActionRequest request { u"deliver"_s, day("2026-07-10"), {}, { { u"method"_s, u"email"_s } } };
                request.evidence = { { u"message_id"_s, u"<1@example.gov.cn>"_s }, { u"server_reply"_s, u"250 OK"_s } };
                f.workflow->perform(f.clerk, n, request);
            },
            "email_record" },
        { "posted, nothing heard since",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "deliver", "2026-07-10",
                    params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } }));
            },
            "" },
        { "email typed in by hand, no record",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "deliver", "2026-07-10", params({ { "method", u"email"_s } }));
            },
            "" },
        { "posted, the applicant said on the phone it arrived (known, not proved)",
            [](test::WorkflowFixture& f, const QString& n) {
                f.act(f.clerk, n, "deliver", "2026-07-10",
                    params({ { "method", u"post"_s }, { "tracking_number", u"XA123456789CN"_s } }));
                f.act(f.clerk, n, "delivery_received", "2026-07-13", params({ { "proof", u"phone"_s } }));
            },
            "" },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        test::WorkflowFixture f;
        const QString number = signedOff(f);
        f.issueReply(number, "2026-07-10");
        row.deliver(f, number);
        const QJsonObject archive = params({ { "archive_number", u"WS2026-001"_s } });
        const bool proved = QLatin1String(row.proof) != u"";
        CHECK(actionCaution(u"archive"_s, *f.repository->find(number), factsOf(f, number)).isEmpty() == proved);
        if (!proved) {
            // Without proof: refused unless the clerk says why, then recorded as such.
            const qint64 before = f.writtenRows();
            const Error error = errorOf([&] { f.act(f.clerk, number, "archive", "2026-07-20", archive); });
            CHECK(error.code() == ErrorCode::InvalidInput);
            REQUIRE(error.issues().size() == 1);
            CHECK(error.issues().front().field == u"without_proof");
            CHECK(f.writtenRows() == before);
            QJsonObject confirmed = archive;
            confirmed.insert(u"without_proof"_s, u"挂号信回执未退回，邮局查询无结果"_s);
            const CaseEvent archived = f.act(f.clerk, number, "archive", "2026-07-20", confirmed);
            CHECK(archived.details.value(u"proof"_s).toString() == u"none");
            CHECK(archived.details.value(u"without_proof"_s).toString() == u"挂号信回执未退回，邮局查询无结果");
            // What was known is kept beside it.
            CHECK(archived.details.value(u"receipt_known_by"_s).toString()
                == factsOf(f, number).receiptProof);
        } else {
            QJsonObject needless = archive;
            needless.insert(u"without_proof"_s, u"不需要"_s);
            CHECK(errorOf([&] { f.act(f.clerk, number, "archive", "2026-07-20", needless); }).code()
                == ErrorCode::InvalidInput);
            const CaseEvent archived = f.act(f.clerk, number, "archive", "2026-07-20", archive);
            CHECK(archived.details.value(u"proof"_s).toString() == QLatin1String(row.proof));
        }
        CHECK(f.stateOf(number) == CaseState::Archived);
    }
}

TEST_CASE("a case concluded without a reply is archived without a receipt to prove", "[workflow][delivery]")
{
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    f.act(f.clerk, number, "withdraw", "2026-07-02");
    CHECK(errorOf([&] {
        f.act(f.clerk, number, "archive", "2026-07-03",
            params({ { "archive_number", u"WS2026-002"_s }, { "without_proof", u"无"_s } }));
    }).code()
        == ErrorCode::InvalidInput);
    const CaseEvent archived
        = f.act(f.clerk, number, "archive", "2026-07-03", params({ { "archive_number", u"WS2026-002"_s } }));
    CHECK_FALSE(archived.details.contains(u"proof"_s));
}
