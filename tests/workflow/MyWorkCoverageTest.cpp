// 我的待办 leaves no open case to nobody (issue 17 item 9): built case by case in every open
// state, the lists of all the office's users together hold every open case, each in the
// lists of the users expected to act on it.
#include "NoticeCases.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "deadline/CalendarRepository.h"
#include "register/CaseListQuery.h"
#include "storage/Sql.h"
#include "users/UserRepository.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ogi;
using test::day;
using test::params;
using test::samplePersonApplication;

namespace {

// The cases in `user`'s 我的待办, as the desktop's My work page asks for them.
QSet<QString> workOf(test::WorkflowFixture& f, const UserAccount& user)
{
    CaseListFilter filter;
    filter.workOf = WorkOf { user.login, user.holds(Role::Clerk), user.holds(Role::Reviewer), user.holds(Role::Chief) };
    const WorkingCalendar calendar = loadOfficeCalendar(f.database->connection());
    QSqlQuery q = caseListQuery(*f.database, filter, {}, f.clock.today(), calendar);
    QSet<QString> numbers;
    while (sql::next(q))
        numbers << q.value(static_cast<int>(CaseListColumn::CaseNumber)).toString();
    return numbers;
}

// An application registered by liqiang (not the fixture's wangfang) and accepted by him.
QString acceptedBy(test::WorkflowFixture& f, const UserAccount& clerk, const char* receipt)
{
    const QString n = f.workflow->registerApplication(clerk, samplePersonApplication(day(receipt)));
    f.act(clerk, n, "accept", receipt);
    return n;
}

struct Row
{
    const char* what;
    CaseState state;
    std::function<QString(test::WorkflowFixture&)> make;
    QStringList owners; // every user whose list must hold it, and no other
};

} // namespace

TEST_CASE("my work: every open case is in someone's list, unassigned ones the registering clerk's and, after 2 "
          "working days, every chief's",
    "[workflow][mywork]")
{
    test::WorkflowFixture f;
    const QStringList clerks = { u"liqiang"_s, u"solo"_s, u"wangfang"_s };
    const QStringList chiefs = { u"chenjun"_s, u"solo"_s, u"sunli"_s };
    const auto review = [](test::WorkflowFixture& fx) {
        const QString n = fx.assignedCase();
        fx.act(fx.clerk, n, "submit_review", "2026-07-03");
        return n;
    };
    const auto reviewed = [&](test::WorkflowFixture& fx) {
        const QString n = review(fx);
        fx.act(fx.reviewer, n, "review", "2026-07-06", params({ { "result", u"pass"_s } }));
        return n;
    };
    const auto awaitingSignOff = [&](test::WorkflowFixture& fx) {
        const QString n = reviewed(fx);
        fx.act(fx.clerk, n, "draft", "2026-07-07", params({ { "reply_type", u"disclose"_s } }));
        fx.act(fx.clerk, n, "submit", "2026-07-07");
        return n;
    };
    const QList<Row> rows = {
        { "registered, not yet accepted: any clerk may take it", CaseState::Registered,
            [](test::WorkflowFixture& fx) { return fx.newCase("2026-11-19"); }, clerks },
        { "accepted yesterday, unassigned: the clerk who registered it", CaseState::Accepted,
            [](test::WorkflowFixture& fx) { return acceptedBy(fx, fx.clerk2, "2026-11-19"); }, { u"liqiang"_s } },
        { "accepted, unassigned since 2026-11-02: the registering clerk and every chief", CaseState::Accepted,
            [](test::WorkflowFixture& fx) { return acceptedBy(fx, fx.clerk2, "2026-11-02"); },
            { u"chenjun"_s, u"liqiang"_s, u"solo"_s, u"sunli"_s } },
        { "awaiting the supplement: the registering clerk", CaseState::AwaitingSupplement,
            [](test::WorkflowFixture& fx) {
                const QString n = fx.newCase("2026-11-16");
                fx.act(fx.clerk, n, "request_supplement", "2026-11-17",
                    params({ { "items", u"身份证明"_s }, { "days", 10 } }));
                return n;
            },
            { u"wangfang"_s } },
        { "assigned, in progress", CaseState::InReview, [](test::WorkflowFixture& fx) { return fx.assignedCase(); },
            { u"wangfang"_s } },
        { "in consultation", CaseState::Consultation,
            [](test::WorkflowFixture& fx) {
                const QString n = fx.assignedCase();
                fx.act(fx.clerk, n, "consult", "2026-07-03",
                    params({ { "party_kind", u"third_party"_s }, { "party", u"某公司"_s } }));
                return n;
            },
            { u"wangfang"_s } },
        { "awaiting the fee", CaseState::AwaitingFee,
            [](test::WorkflowFixture& fx) {
                const QString n = fx.assignedCase();
                fx.act(
                    fx.clerk, n, "fee_notice", "2026-07-03", params({ { "method", u"by_volume"_s }, { "pages", 40 } }));
                return n;
            },
            { u"wangfang"_s } },
        { "in confidentiality review: the clerk and the reviewer", CaseState::ConfidentialityReview, review,
            { u"wangfang"_s, u"zhaomin"_s } },
        { "drafting after the review", CaseState::Drafting, reviewed, { u"wangfang"_s } },
        { "drafted at once (a petition), never assigned: the registering clerk", CaseState::Drafting,
            [](test::WorkflowFixture& fx) {
                const QString n = fx.newCase("2026-11-02");
                fx.act(fx.clerk, n, "accept", "2026-11-03");
                fx.act(fx.clerk, n, "draft", "2026-11-03", params({ { "reply_type", u"petition"_s } }));
                return n;
            },
            { u"wangfang"_s } },
        { "awaiting sign-off: the clerk and every chief", CaseState::AwaitingSignOff, awaitingSignOff,
            { u"chenjun"_s, u"solo"_s, u"sunli"_s, u"wangfang"_s } },
        { "signed off, to be delivered", CaseState::SignedOff,
            [&](test::WorkflowFixture& fx) {
                const QString n = awaitingSignOff(fx);
                fx.act(fx.chief, n, "sign_off", "2026-07-08");
                return n;
            },
            { u"wangfang"_s } },
        { "a correction request being verified, never assigned: the registering clerk", CaseState::InReview,
            [](test::WorkflowFixture& fx) {
                const QString n = test::newCorrectionCase(fx, "2026-11-02");
                fx.act(fx.clerk, n, "verify", "2026-11-03", params({ { "finding", u"inaccurate"_s } }));
                return n;
            },
            { u"wangfang"_s } },
    };

    QMap<QString, const Row*> numbers;
    QList<CaseState> states;
    for (const Row& row : rows) {
        const QString n = row.make(f);
        REQUIRE(f.stateOf(n) == row.state);
        numbers.insert(n, &row);
        states << row.state;
    }
    // Every open state is among the rows.
    for (CaseState state : allCaseStates())
        CHECK((states.contains(state) || !isOpen(state)));

    QMap<QString, QSet<QString>> owners; // case number → the users whose list holds it
    QSet<QString> covered;
    for (const UserAccount& user : UserRepository(*f.database).list())
        for (const QString& n : workOf(f, user)) {
            owners[n] << user.login;
            covered << n;
        }
    QStringList open;
    QSqlQuery q = sql::run(f.database->connection(), u"SELECT case_number, state FROM cases"_s);
    while (sql::next(q))
        if (isOpen(*parseCaseState(q.value(1).toString())))
            open << q.value(0).toString();
    REQUIRE(open.size() == rows.size());
    for (const QString& n : open) {
        const Row& row = *numbers.value(n);
        INFO(row.what << " (" << n.toStdString() << ")");
        CHECK(covered.contains(n));
        QStringList who = owners.value(n).values();
        who.sort();
        QStringList expected = row.owners;
        expected.sort();
        CHECK(who.join(u", "_s).toStdString() == expected.join(u", "_s).toStdString());
    }
}
