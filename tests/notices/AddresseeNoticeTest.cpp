// Who a notice is addressed to (issue 16 item 15): every co-applicant, or the representative,
// care of an agent; the envelope goes where the agent can be reached.
#include "NoticeCases.h"
#include "WorkflowFixture.h"

#include "notices/NoticeStore.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

Applicant coApplicant(const Application& app, const QString& name)
{
    Applicant a = app.applicants.front();
    a.name = name;
    a.idNumber = u"110101199003074477"_s;
    a.address = u"上海市某路2号"_s;
    a.postcode = u"200001"_s;
    return a;
}

struct Row
{
    const char* what;
    std::function<void(Application&)> change;
    QString addressee; // the addressee line as printed, with its colon
    QString envelopeAddress;
    QString envelopeRecipient;
};

} // namespace

TEST_CASE("a notice is addressed to every co-applicant, the representative, or the applicant care of the agent",
    "[notices][parties]")
{
    const std::vector<Row> rows = {
        { "one applicant", [](Application&) {}, u"张三："_s, u"北京市西城区西长安街1号"_s, u"张三　收"_s },
        { "two co-applicants", [](Application& a) { a.applicants << coApplicant(a, u"李四"_s); }, u"张三、李四："_s,
            u"北京市西城区西长安街1号"_s, u"张三、李四　收"_s },
        { "the second one represents both",
            [](Application& a) {
                a.applicants << coApplicant(a, u"李四"_s);
                a.applicants[1].representative = true;
            },
            u"李四："_s, u"上海市某路2号"_s, u"李四　收"_s },
        { "an agent",
            [](Application& a) {
                Agent agent;
                agent.name = u"王律师"_s;
                agent.address = u"北京市东城区某律师事务所"_s;
                agent.postcode = u"100010"_s;
                a.agent = agent;
            },
            u"张三（委托代理人：王律师）："_s, u"北京市东城区某律师事务所"_s, u"张三（委托代理人：王律师）　收"_s },
    };
    for (const Row& row : rows) {
        INFO(row.what);
        test::WorkflowFixture f;
        test::setTestAgency(f);
        f.adjustApplication = row.change;
        const QString number = f.newCase("2026-11-16");
        NoticeStore store(*f.database, f.clock);
        const QString html = store.issue(number, u"receipt"_s, {}, day("2026-11-17"), f.clerk).html;
        CHECK(html.contains(u"<p class=\"addressee\">"_s + row.addressee + u"</p>"_s));
        const QString envelope = store.envelope(number);
        CHECK(envelope.contains(row.envelopeAddress));
        CHECK(envelope.contains(row.envelopeRecipient));
    }
}
