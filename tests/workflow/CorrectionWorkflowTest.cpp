// Correction requests (Art. 41, issue 16 item 14): a case kind of its own, numbered in the
// register's sequence, verified and then corrected, referred, redirected or refused, replied
// with its own notice; no statutory period; an application's steps do not apply to it.
#include "NoticeCases.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "integrity/IntegrityCheck.h"
#include "lifecycle/CorrectionVocabulary.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeStore.h"
#include "register/CaseDeadline.h"
#include "storage/Sql.h"
#include "workflow/DueList.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

QJsonObject factsOf(const QString& decision)
{
    if (decision == u"correct")
        return { { u"correction"_s, u"出生日期更正为1990年3月7日"_s } };
    if (decision == u"refuse_correction")
        return { { u"reason"_s, u"证明材料与档案记载不符"_s } };
    return { { u"agency"_s, u"某某区公安分局"_s } };
}

QString refusalOf(const std::function<void()>& act)
{
    try {
        act();
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Refused);
        return error.message();
    }
    FAIL("not refused");
    return {};
}

} // namespace

TEST_CASE("a correction decision must rest on what verifying the record found (Art. 41)", "[workflow][correction]")
{
    // finding → the decisions it allows
    const QList<std::pair<const char*, QStringList>> table = {
        { "inaccurate", { u"correct"_s } },
        { "accurate", { u"refuse_correction"_s } },
        { "no_evidence", { u"refuse_correction"_s } },
        { "not_own_record", { u"refuse_correction"_s } },
        { "not_competent", { u"refer"_s, u"redirect"_s } },
    };
    REQUIRE(table.size() == correctionFindings().size());
    for (const auto& [finding, allowed] : table) {
        for (const QString& decision : correctionDecisions()) {
            INFO(finding << " → " << decision.toStdString());
            test::WorkflowFixture f;
            const QString number = test::newCorrectionCase(f, "2026-11-02");
            f.act(f.clerk, number, "verify", "2026-11-03", { { u"finding"_s, QLatin1String(finding) } });
            const qint64 before = f.writtenRows();
            if (allowed.contains(decision)) {
                const CaseEvent e
                    = f.act(f.clerk, number, decision.toLatin1().constData(), "2026-11-04", factsOf(decision));
                CHECK(e.toState == CaseState::Drafting);
                CHECK(e.details.value(u"finding"_s).toString() == QLatin1String(finding));
            } else {
                const QString message = refusalOf(
                    [&] { f.act(f.clerk, number, decision.toLatin1().constData(), "2026-11-04", factsOf(decision)); });
                CHECK(message.contains(u"Art. 41"));
                CHECK(f.writtenRows() == before);
                CHECK(f.stateOf(number) == CaseState::InReview);
            }
        }
    }
}

TEST_CASE("a correction request is numbered in the register's sequence and runs register → verify → decide → "
          "sign-off → reply → deliver → archive",
    "[workflow][correction]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    CHECK(f.newCase("2026-11-02") == u"2026-0001");
    const QString number = test::newCorrectionCase(f, "2026-11-02");
    CHECK(number == u"2026-0002"); // one sequence: the register's number says when it came, not what it is
    CHECK(f.newCase("2026-11-03") == u"2026-0003");
    CHECK(f.repository->find(number)->application.kind == CaseKind::Correction);
    CHECK(f.repository->find(number)->missing.isEmpty()); // Art. 29 is an application's rule

    CHECK(f.act(f.clerk, number, "verify", "2026-11-03", { { u"finding"_s, u"inaccurate"_s } }).toState
        == CaseState::InReview);
    CHECK(f.act(f.clerk, number, "correct", "2026-11-05", factsOf(u"correct"_s)).toState == CaseState::Drafting);
    f.act(f.clerk, number, "submit", "2026-11-05");
    f.act(f.chief, number, "sign_off", "2026-11-06");
    NoticeStore notices(*f.database, f.clock);
    const IssuedNotice reply = notices.issue(number, u"correction_corrected"_s, {}, day("2026-11-06"), f.clerk);
    CHECK(reply.html.contains(u"<h1>更正申请答复书</h1>"_s));
    CHECK(reply.html.contains(u"《中华人民共和国政府信息公开条例》第四十一条"_s));
    CHECK(reply.html.contains(u"本机关已予以更正，更正情况为：出生日期更正为1990年3月7日"_s)); // from the decision
    CHECK(reply.html.contains(u"要求更正政府信息记录的申请"_s));
    CHECK_FALSE(reply.html.contains(u"政府信息公开申请"_s));
    f.act(f.clerk, number, "deliver", "2026-11-09",
        { { u"method"_s, u"post"_s }, { u"tracking_number"_s, u"XA123456789CN"_s } });
    f.act(f.clerk, number, "delivery_received", "2026-11-10", { { u"proof"_s, u"postal_tracking"_s } });
    CHECK(f.act(f.clerk, number, "archive", "2026-11-10", { { u"archive_number"_s, u"GZ-2026-2"_s } }).toState
        == CaseState::Archived);
    CHECK(f.outcomeOf(number).isEmpty()); // no annual-report outcome
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("an application's steps and notices do not apply to a correction request, nor its own to an application",
    "[workflow][correction]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const QString correction = test::newCorrectionCase(f, "2026-11-02");
    const QString application = f.newCase("2026-11-02");
    for (const char* action : { "accept", "request_supplement", "draft" }) {
        INFO(action);
        const QString message = refusalOf([&] {
            f.act(f.clerk, correction, action, "2026-11-03", { { u"days"_s, 10 } });
        });
        CHECK(message.contains(u"is not a step of case 2026-0001"));
    }
    CHECK(refusalOf([&] {
        f.act(f.clerk, application, "verify", "2026-11-03", { { u"finding"_s, u"accurate"_s } });
    }).contains(u"is not a step of case 2026-0002"));
    const QStringList actions = f.workflow->availableActions(f.clerk, correction);
    CHECK(actions.contains(u"verify"_s));
    CHECK_FALSE(actions.contains(u"accept"_s));
    CHECK_FALSE(actions.contains(u"extend"_s));
    CHECK(actions.contains(u"withdraw"_s));
    CHECK_FALSE(f.workflow->availableActions(f.clerk, application).contains(u"verify"_s));

    // Notices: the receipt is an application's (it promises Art. 33's 20 working days).
    const NoticeContext correctionContext = loadNoticeContext(*f.database, correction);
    CHECK_FALSE(noticePrerequisiteProblem(*findNoticeType(u"receipt"_s), correctionContext).isEmpty());
    CHECK_FALSE(noticePrerequisiteProblem(
        *findNoticeType(u"correction_corrected"_s), loadNoticeContext(*f.database, application))
                    .isEmpty());
    // Withdrawn, it closes without an annual-report outcome.
    f.act(f.clerk, correction, "withdraw", "2026-11-04");
    CHECK(f.stateOf(correction) == CaseState::Closed);
    CHECK(f.outcomeOf(correction).isEmpty());
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("a correction request has no statutory period: no reply deadline, not on the deadline board",
    "[workflow][correction][deadline]")
{
    test::WorkflowFixture f;
    const QString correction = test::newCorrectionCase(f, "2026-09-01"); // long past any 20 working days
    const QString application = f.newCase("2026-09-01");
    const CaseDeadline deadline = caseDeadline(*f.database, correction, day("2026-11-20"));
    CHECK_FALSE(deadline.statutoryPeriod);
    CHECK_FALSE(deadline.report.reply.due.isValid());
    CHECK(caseDeadlineLines(deadline) == QStringList { caseDeadlineLines(deadline).front() });
    CHECK(caseDeadlineLines(deadline).front().contains(u"Art. 41"));
    CHECK(caseDeadline(*f.database, application, day("2026-11-20")).statutoryPeriod);
    const auto rows = [&](const QString& number) {
        return sql::scalar(f.database->connection(),
            u"SELECT count(*) FROM reply_deadlines d JOIN cases c ON c.id = d.case_id WHERE c.case_number = ?"_s,
            { number })
            .toInt();
    };
    f.act(f.clerk, correction, "verify", "2026-09-02", { { u"finding"_s, u"not_competent"_s } });
    CHECK(rows(correction) == 0);
    CHECK(rows(application) == 1);
    CHECK(sql::scalar(
              f.database->connection(), u"SELECT reply_clock FROM case_list WHERE case_number = ?"_s, { correction })
              .toString()
        == u"no_period");
    QStringList due;
    for (const DueEntry& entry : dueList(*f.database, day("2026-11-20")))
        due << entry.caseNumber;
    CHECK(due == QStringList { application });
}
