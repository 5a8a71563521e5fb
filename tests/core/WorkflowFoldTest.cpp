// foldEvents / findTransition: the state stored on a case is the fold of its events.

#include "lifecycle/CaseEvent.h"
#include "lifecycle/CaseState.h"
#include "lifecycle/CaseTransitions.h"

#include <catch2/catch.hpp>

#include <set>

using namespace Qt::StringLiterals;
using namespace ogi;
using S = CaseState;

namespace {

CaseEvent ev(int seq, const QString& action, std::optional<CaseState> from, CaseState to, const QString& outcome = {})
{
    CaseEvent e;
    e.seq = seq;
    e.action = action;
    e.fromState = from;
    e.toState = to;
    e.outcome = outcome;
    e.eventDate = QDate(2026, 3, 1).addDays(seq);
    e.actor = u"clerk"_s;
    return e;
}

std::string problemsText(const FoldedCase& folded)
{
    return folded.problems.join(u'\n').toStdString();
}

// Written out from DESIGN.md §4, not taken from the code: the office owes a reply until
// the case is replied, archived or closed.
const std::set<CaseState> kClosedStates = { S::Replied, S::Archived, S::Closed };

} // namespace

TEST_CASE("well-formed timelines fold to their last state and outcome", "[workflow]")
{
    SECTION("just registered")
    {
        const FoldedCase f = foldEvents({ ev(1, u"register"_s, std::nullopt, S::Registered) });
        INFO(problemsText(f));
        CHECK(f.problems.isEmpty());
        CHECK(f.state == S::Registered);
        CHECK(f.outcome.isEmpty());
    }
    SECTION("the full path to a reply")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"accept"_s, S::Registered, S::Accepted),
            ev(3, u"assign"_s, S::Accepted, S::InReview),
            ev(4, u"consult"_s, S::InReview, S::Consultation),
            ev(5, u"consult_answer"_s, S::Consultation, S::InReview),
            ev(6, u"submit_review"_s, S::InReview, S::ConfidentialityReview),
            ev(7, u"review"_s, S::ConfidentialityReview, S::Drafting),
            ev(8, u"submit"_s, S::Drafting, S::AwaitingSignOff),
            ev(9, u"sign_off"_s, S::AwaitingSignOff, S::SignedOff),
            ev(10, u"deliver"_s, S::SignedOff, S::Replied, u"partly_disclosed"_s),
        });
        INFO(problemsText(f));
        CHECK(f.problems.isEmpty());
        CHECK(f.state == S::Replied);
        CHECK(f.outcome == u"partly_disclosed");
    }
    SECTION("returned at sign-off, redrafted, replied and archived")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"accept"_s, S::Registered, S::Accepted),
            ev(3, u"draft"_s, S::Accepted, S::Drafting),
            ev(4, u"submit"_s, S::Drafting, S::AwaitingSignOff),
            ev(5, u"return"_s, S::AwaitingSignOff, S::InReview),
            ev(6, u"draft"_s, S::InReview, S::Drafting),
            ev(7, u"submit"_s, S::Drafting, S::AwaitingSignOff),
            ev(8, u"sign_off"_s, S::AwaitingSignOff, S::SignedOff),
            ev(9, u"deliver"_s, S::SignedOff, S::Replied, u"disclosed"_s),
            ev(10, u"archive"_s, S::Replied, S::Archived),
        });
        INFO(problemsText(f));
        CHECK(f.problems.isEmpty());
        CHECK(f.state == S::Archived);
        CHECK(f.outcome == u"disclosed"); // archiving keeps the outcome
    }
    SECTION("supplement never came")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"request_supplement"_s, S::Registered, S::AwaitingSupplement),
            ev(3, u"supplement_overdue"_s, S::AwaitingSupplement, S::Closed, u"other_1"_s),
        });
        INFO(problemsText(f));
        CHECK(f.problems.isEmpty());
        CHECK(f.state == S::Closed);
        CHECK(f.outcome == u"other_1");
    }
    SECTION("withdrawn while awaiting the fee")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"accept"_s, S::Registered, S::Accepted),
            ev(3, u"assign"_s, S::Accepted, S::InReview),
            ev(4, u"fee_notice"_s, S::InReview, S::AwaitingFee),
            ev(5, u"withdraw"_s, S::AwaitingFee, S::Closed, u"other_3"_s),
        });
        INFO(problemsText(f));
        CHECK(f.problems.isEmpty());
        CHECK(f.state == S::Closed);
        CHECK(f.outcome == u"other_3");
    }
}

TEST_CASE("a broken timeline is reported", "[workflow]")
{
    SECTION("no events")
    {
        CHECK(foldEvents({}).problems.size() == 1);
    }
    SECTION("a skipped seq")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(3, u"accept"_s, S::Registered, S::Accepted),
        });
        INFO(problemsText(f));
        REQUIRE(f.problems.size() == 1);
        CHECK(f.problems.front().contains(u'3'));
        CHECK(f.state == S::Accepted);
    }
    SECTION("a timeline that does not start at seq 1")
    {
        const FoldedCase f = foldEvents({ ev(2, u"register"_s, std::nullopt, S::Registered) });
        CHECK(f.problems.size() == 1);
    }
    SECTION("from_state does not match the state before")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"accept"_s, S::Registered, S::Accepted),
            ev(3, u"accept"_s, S::Registered, S::Accepted), // the case was already accepted
        });
        INFO(problemsText(f));
        REQUIRE(f.problems.size() == 1);
        CHECK(f.problems.front().contains(u"registered"));
        CHECK(f.problems.front().contains(u"accepted"));
    }
    SECTION("a transition the table does not allow")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"deliver"_s, S::Registered, S::Replied, u"disclosed"_s),
        });
        INFO(problemsText(f));
        REQUIRE(f.problems.size() == 1);
        CHECK(f.problems.front().contains(u"deliver"));
    }
    SECTION("an allowed action leading to the wrong state")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"accept"_s, S::Registered, S::InReview),
        });
        INFO(problemsText(f));
        CHECK(f.problems.size() == 1);
    }
    SECTION("an unknown action")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"shred"_s, S::Registered, S::Closed),
        });
        CHECK(f.problems.size() == 1);
    }
    SECTION("a second register")
    {
        const FoldedCase f = foldEvents({
            ev(1, u"register"_s, std::nullopt, S::Registered),
            ev(2, u"register"_s, std::nullopt, S::Registered),
        });
        CHECK_FALSE(f.problems.isEmpty());
    }
}

TEST_CASE("the transition table", "[workflow]")
{
    CHECK(findTransition(u"register"_s, std::nullopt).has_value());
    CHECK_FALSE(findTransition(u"accept"_s, std::nullopt).has_value());
    REQUIRE(findTransition(u"accept"_s, S::Registered).has_value());
    CHECK(findTransition(u"accept"_s, S::Registered)->to == S::Accepted);
    CHECK_FALSE(findTransition(u"accept"_s, S::Accepted).has_value());
    CHECK_FALSE(findTransition(u"deliver"_s, S::Drafting).has_value()); // never without sign-off
    CHECK_FALSE(findTransition(u"sign_off"_s, S::Drafting).has_value());
    REQUIRE(findTransition(u"sign_off"_s, S::AwaitingSignOff).has_value());
    CHECK(findTransition(u"sign_off"_s, S::AwaitingSignOff)->to == S::SignedOff);
    CHECK_FALSE(findTransition(u"no_such_action"_s, S::Registered).has_value());
    CHECK_FALSE(isKnownAction(u"no_such_action"_s));
    CHECK(isKnownAction(u"withdraw"_s));
}

TEST_CASE("withdraw is allowed from every open state and from no closed one", "[workflow]")
{
    REQUIRE(allCaseStates().size() == 13);
    for (CaseState state : allCaseStates()) {
        const bool closed = kClosedStates.count(state) > 0;
        INFO(caseStateCode(state).toStdString());
        CHECK(isOpen(state) == !closed);
        const std::optional<Transition> withdraw = findTransition(u"withdraw"_s, state);
        CHECK(withdraw.has_value() == !closed);
        if (withdraw)
            CHECK(withdraw->to == S::Closed);
    }
    CHECK_FALSE(findTransition(u"withdraw"_s, std::nullopt).has_value());
}
