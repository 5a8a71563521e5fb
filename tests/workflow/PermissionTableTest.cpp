// Every (state, action, role): allowed, or refused with a message naming the action, the
// state and the role needed. The expected table is written out here by hand from
// DESIGN.md §4, independently of CaseTransitions and ActionSpec.
#include "WorkflowFixture.h"

#include "Error.h"
#include "lifecycle/CaseTransitions.h"
#include "workflow/ActionPermission.h"
#include "workflow/ActionSpec.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using S = ogi::CaseState;

namespace {

// Which kinds of case an action is a step of: an application's (most), a correction
// request's (Art. 41: verify and its four decisions), or both (the reply's sign-off, delivery,
// archiving; withdrawal, remedies, amendments).
enum class For
{
    Application,
    Correction,
    Both
};

struct Expected
{
    const char* action;
    QSet<CaseState> states;
    QSet<Role> roles;
    For kinds = For::Application;

    bool appliesTo(CaseKind kind) const
    {
        return kinds == For::Both || (kinds == For::Correction) == (kind == CaseKind::Correction);
    }
};

const QSet<CaseState> kReplyOwed
    = { S::Accepted, S::InReview, S::Consultation, S::AwaitingFee, S::ConfidentialityReview, S::Drafting,
          S::AwaitingSignOff, S::SignedOff };
// While the reply is being prepared (Art. 35's request for reasons and its answer).
const QSet<CaseState> kPreparing
    = { S::Accepted, S::InReview, S::Consultation, S::AwaitingFee, S::ConfidentialityReview, S::Drafting };
const QSet<CaseState> kOpen = kReplyOwed + QSet<CaseState> { S::Registered, S::AwaitingSupplement };
const QSet<CaseState> kAll = kOpen + QSet<CaseState> { S::Replied, S::Archived, S::Closed };

const QList<Expected>& expectedTable()
{
    static const QList<Expected> table = {
        { "accept", { S::Registered }, { Role::Clerk } },
        { "request_supplement", { S::Registered }, { Role::Clerk } },
        { "supplement_received", { S::AwaitingSupplement }, { Role::Clerk } },
        { "supplement_overdue", { S::AwaitingSupplement }, { Role::Clerk } },
        { "assign", { S::Accepted }, { Role::Clerk, Role::Chief } },
        { "consult", { S::InReview }, { Role::Clerk } },
        { "consult_answer", { S::Consultation }, { Role::Clerk } },
        { "fee_notice", { S::InReview }, { Role::Clerk } },
        { "fee_paid", { S::AwaitingFee }, { Role::Clerk } },
        { "fee_overdue", { S::AwaitingFee }, { Role::Clerk } },
        // Issue 16: the applicant's receipt of the supplement or fee notice starts their period.
        { "notice_received", { S::AwaitingSupplement, S::AwaitingFee }, { Role::Clerk } },
        { "extend", kReplyOwed, { Role::Clerk } },
        { "approve_extension", kReplyOwed, { Role::Chief } },
        { "refuse_extension", kReplyOwed, { Role::Chief } },
        { "set_later_date", kReplyOwed, { Role::Chief } },
        { "extension_notice_sent", kReplyOwed, { Role::Clerk } }, // Art. 33(2), a notice made elsewhere
        { "request_reasons", kPreparing, { Role::Clerk } },
        { "reasons_received", kPreparing, { Role::Clerk, Role::Chief } },
        { "reasons_not_given", kPreparing, { Role::Clerk } },
        { "submit_review", { S::InReview }, { Role::Clerk } },
        { "review", { S::ConfidentialityReview }, { Role::Reviewer } },
        { "draft", { S::Accepted, S::InReview, S::Drafting }, { Role::Clerk } },
        { "submit", { S::Drafting }, { Role::Clerk }, For::Both },
        { "sign_off", { S::AwaitingSignOff }, { Role::Chief }, For::Both },
        { "return", { S::AwaitingSignOff }, { Role::Chief }, For::Both },
        { "deliver", { S::SignedOff }, { Role::Clerk }, For::Both },
        { "delivery_received", { S::Replied }, { Role::Clerk }, For::Both },
        { "archive", { S::Replied, S::Closed }, { Role::Clerk }, For::Both },
        { "withdraw", kOpen, { Role::Clerk }, For::Both },
        { "remedy", { S::Replied, S::Archived, S::Closed }, { Role::Clerk, Role::Chief }, For::Both },
        { "amend", kAll, { Role::Clerk, Role::Chief }, For::Both },
        // A correction request (Art. 41): verified, then decided; the decision is its draft reply.
        { "verify", { S::Registered, S::InReview }, { Role::Clerk }, For::Correction },
        { "correct", { S::InReview }, { Role::Clerk }, For::Correction },
        { "refer", { S::InReview }, { Role::Clerk }, For::Correction },
        { "redirect", { S::InReview }, { Role::Clerk }, For::Correction },
        { "refuse_correction", { S::InReview }, { Role::Clerk }, For::Correction },
    };
    return table;
}

UserAccount userWith(std::optional<Role> role)
{
    UserAccount user;
    user.login = u"tester"_s;
    if (role)
        user.roles = { *role };
    return user;
}

const QList<std::optional<Role>> kRoleCases
    = { Role::Clerk, Role::Reviewer, Role::Chief, Role::Administrator, std::nullopt };

} // namespace

TEST_CASE("the table names every action, and only those", "[workflow][permissions]")
{
    QStringList expected;
    for (const Expected& row : expectedTable())
        expected << QLatin1String(row.action);
    QStringList actual;
    for (const ActionSpec& spec : actionSpecs())
        actual << spec.action;
    expected.sort();
    actual.sort();
    CHECK(actual == expected);
}

TEST_CASE("every (state, action, role) is allowed or refused as DESIGN.md says", "[workflow][permissions]")
{
    test::WorkflowFixture f; // for the translations' application object
    int allowed = 0;
    int refused = 0;
    for (const CaseKind kind : { CaseKind::Disclosure, CaseKind::Correction })
        for (const Expected& row : expectedTable()) {
            const QString action = QLatin1String(row.action);
            for (CaseState state : allCaseStates()) {
                for (const std::optional<Role>& role : kRoleCases) {
                    const UserAccount user = userWith(role);
                    const std::optional<Refusal> refusal = refusalFor(action, state, user, u"2026-0001"_s, kind);
                    INFO(row.action << " in " << caseStateCode(state).toStdString() << " by "
                                    << (role ? codeOf(roles(), *role).toStdString() : "nobody") << " on a "
                                    << codeOf(caseKinds(), kind).toStdString());
                    if (!row.appliesTo(kind)) {
                        REQUIRE(refusal);
                        CHECK(refusal->kind == Refusal::Kind::WrongState);
                        CHECK(refusal->message
                            == u"\"%1\" is not a step of case 2026-0001 (%2)."_s.arg(
                                actionDisplayName(action), displayName(caseKinds(), kind)));
                        ++refused;
                    } else if (!row.states.contains(state)) {
                        REQUIRE(refusal);
                        CHECK(refusal->kind == Refusal::Kind::WrongState);
                        CHECK(refusal->message.contains(caseStateName(state)));
                        CHECK(refusal->message.contains(u'"' + actionDisplayName(action) + u'"'));
                        CHECK(refusal->message.contains(roleNames(findActionSpec(action)->roles)));
                        ++refused;
                    } else if (!role || !row.roles.contains(*role)) {
                        REQUIRE(refusal);
                        CHECK(refusal->kind == Refusal::Kind::MissingRole);
                        CHECK(refusal->message
                            == u"\"%1\" on case 2026-0001 (%2) needs the role %3; tester holds %4."_s.arg(
                                actionDisplayName(action), caseStateName(state),
                                roleNames(findActionSpec(action)->roles), role ? roleNames({ *role }) : u"no role"_s));
                        ++refused;
                    } else {
                        CHECK_FALSE(refusal);
                        ++allowed;
                    }
                }
            }
        }
    // 36 actions x 13 states x 5 role cases x 2 kinds of case.
    CHECK(allowed + refused == 36 * 13 * 5 * 2);
    WARN("permission table: " << allowed << " allowed, " << refused << " refused");
}

TEST_CASE("the two refusals, word for word", "[workflow][permissions]")
{
    test::WorkflowFixture f;
    const std::optional<Refusal> state = refusalFor(u"sign_off"_s, S::Drafting, userWith(Role::Chief), u"2026-0001"_s);
    REQUIRE(state);
    CHECK(state->message
        == u"Case 2026-0001 is Drafting reply: \"Sign off\" is not possible in that state (it is possible when the "
           u"case is Awaiting sign-off, by Chief)."_s);
    const std::optional<Refusal> role
        = refusalFor(u"sign_off"_s, S::AwaitingSignOff, userWith(Role::Clerk), u"2026-0001"_s);
    REQUIRE(role);
    CHECK(role->message == u"\"Sign off\" on case 2026-0001 (Awaiting sign-off) needs the role Chief; tester holds Clerk."_s);
}

TEST_CASE("a disabled account holds no role", "[workflow][permissions]")
{
    UserAccount user = userWith(Role::Chief);
    user.active = false;
    const std::optional<Refusal> refusal = refusalFor(u"sign_off"_s, S::AwaitingSignOff, user, u"2026-0001"_s);
    REQUIRE(refusal);
    CHECK(refusal->kind == Refusal::Kind::MissingRole);
}

TEST_CASE("refused actions write nothing, in every state the journeys reach", "[workflow][permissions]")
{
    test::WorkflowFixture f;
    auto p = [](std::initializer_list<std::pair<const char*, const char*>> list) {
        QJsonObject o;
        for (const auto& [k, v] : list)
            o.insert(QLatin1String(k), QLatin1String(v));
        return o;
    };
    // One case in each state.
    QMap<CaseState, QString> caseIn;
    const QString registered = f.newCase();
    caseIn[S::Registered] = registered;
    const QString supplement = f.newCase();
    f.act(f.clerk, supplement, "request_supplement", "2026-07-02", p({ { "items", "身份证明" }, { "days", "10" } }));
    caseIn[S::AwaitingSupplement] = supplement;
    const QString accepted = f.newCase();
    f.act(f.clerk, accepted, "accept", "2026-07-02");
    caseIn[S::Accepted] = accepted;
    auto inReview = [&] {
        const QString n = f.newCase();
        f.act(f.clerk, n, "accept", "2026-07-02");
        f.act(f.clerk, n, "assign", "2026-07-02", p({ { "department", "办公室" }, { "clerk", "wangfang" } }));
        return n;
    };
    caseIn[S::InReview] = inReview();
    const QString consultation = inReview();
    f.act(f.clerk, consultation, "consult", "2026-07-03", p({ { "party_kind", "agency" }, { "party", "某区自然资源局" } }));
    caseIn[S::Consultation] = consultation;
    const QString fee = inReview();
    f.act(f.clerk, fee, "fee_notice", "2026-07-03", p({ { "method", "by_volume" }, { "pages", "40" } }));
    caseIn[S::AwaitingFee] = fee;
    const QString review = inReview();
    f.act(f.clerk, review, "submit_review", "2026-07-03");
    caseIn[S::ConfidentialityReview] = review;
    const QString drafting = inReview();
    f.act(f.clerk, drafting, "submit_review", "2026-07-03");
    f.act(f.reviewer, drafting, "review", "2026-07-03", p({ { "result", "pass" } }));
    caseIn[S::Drafting] = drafting;
    const QString signoff = inReview();
    f.act(f.clerk, signoff, "draft", "2026-07-03", p({ { "reply_type", "repeat" } }));
    f.act(f.clerk, signoff, "submit", "2026-07-03");
    caseIn[S::AwaitingSignOff] = signoff;
    const QString signedOff = inReview();
    f.act(f.clerk, signedOff, "draft", "2026-07-03", p({ { "reply_type", "repeat" } }));
    f.act(f.clerk, signedOff, "submit", "2026-07-03");
    f.act(f.chief, signedOff, "sign_off", "2026-07-03");
    caseIn[S::SignedOff] = signedOff;
    const QString replied = inReview();
    f.act(f.clerk, replied, "draft", "2026-07-03", p({ { "reply_type", "repeat" } }));
    f.act(f.clerk, replied, "submit", "2026-07-03");
    f.act(f.chief, replied, "sign_off", "2026-07-03");
    f.issueReply(replied, "2026-07-03");
    f.act(f.clerk, replied, "deliver", "2026-07-03", p({ { "method", "in_person" } }));
    caseIn[S::Replied] = replied;
    const QString closed = f.newCase();
    f.act(f.clerk, closed, "withdraw", "2026-07-02");
    caseIn[S::Closed] = closed;
    const QString archived = f.newCase();
    f.act(f.clerk, archived, "withdraw", "2026-07-02");
    f.act(f.clerk, archived, "archive", "2026-07-02", p({ { "archive_number", "A-1" } }));
    caseIn[S::Archived] = archived;
    for (CaseState state : allCaseStates())
        REQUIRE(f.stateOf(caseIn.value(state)) == state);

    const QList<UserAccount> users = { f.clerk, f.reviewer, f.chief, f.admin };
    const qint64 before = f.writtenRows();
    int attempts = 0;
    for (const ActionSpec& spec : actionSpecs())
        for (CaseState state : allCaseStates())
            for (const UserAccount& user : users) {
                if (!refusalFor(spec.action, state, user, caseIn.value(state)))
                    continue;
                INFO(spec.action.toStdString() << " in " << caseStateCode(state).toStdString() << " by "
                                               << user.login.toStdString());
                try {
                    f.workflow->perform(user, caseIn.value(state), { spec.action, test::day("2026-07-10"), {}, {} });
                    FAIL("a refused action was performed");
                } catch (const Error& error) {
                    CHECK(error.code() == ErrorCode::Refused);
                }
                ++attempts;
            }
    CHECK(f.writtenRows() == before);
    CHECK(attempts > 1000);
}
