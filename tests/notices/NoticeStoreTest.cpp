// Notices: every template renders for a case ready for it, numbers are never reused, an
// issued notice that changes is found. Real SQLite files through NoticeStore.
#include "TestRegister.h"
#include "NoticeCases.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "Sha256.h"
#include "integrity/IntegrityCheck.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplate.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "register/CaseDeadline.h"
#include "settings/OfficeSettings.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

const QString kRegulations = u"《中华人民共和国政府信息公开条例》"_s;

// The provisions a type may cite: one, or alternatives joined by 或 (视为放弃: Art. 30 for the
// supplement, Art. 42 for the fee), each cited as "《…条例》第…".
QStringList citations(const NoticeType& type)
{
    QStringList list;
    for (const QString& article : QString::fromUtf8(type.article).split(u'或'))
        list << kRegulations + article;
    return list;
}

qint64 countRows(test::WorkflowFixture& f, const char* table)
{
    return sql::scalar(f.database->connection(), u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))).toLongLong();
}

IssuedNotice issueReceipt(test::WorkflowFixture& f, NoticeStore& store, const char* date = "2026-11-20")
{
    return store.issue(f.newCase("2026-07-01"), u"receipt"_s, {}, day(date), f.clerk);
}

} // namespace

TEST_CASE("every notice type has its template: the article cited, the remedies that fit", "[notices]")
{
    test::WorkflowFixture f;
    NoticeTemplates templates(*f.database, f.clock);
    for (ReplyType reply : { ReplyType::Disclose, ReplyType::PartlyDisclose, ReplyType::Withhold,
             ReplyType::AlreadyPublic, ReplyType::NotExist, ReplyType::NotResponsible, ReplyType::Repeat,
             ReplyType::SpecialProvision, ReplyType::Petition, ReplyType::Publication, ReplyType::NeedsCreation,
             ReplyType::Excessive, ReplyType::Confirmation, ReplyType::StillUnclear })
        CHECK(replyNoticeType(reply).reply == reply);
    CHECK(replyTypes().size() == 14);

    for (const NoticeType& type : noticeTypes()) {
        INFO(type.code);
        const QString shipped = NoticeTemplates::shippedText(QLatin1String(type.code));
        const QString composed = templates.composed(QLatin1String(type.code));
        CHECK(templateProblems(composed, noticeFactLabels().keys()).isEmpty());
        for (const QString& citation : citations(type))
            CHECK(composed.contains(citation));
        CHECK(composed.contains(u"<h1>"_s + QString::fromUtf8(type.title) + u"</h1>"_s));
        CHECK(shipped.contains(u"{{document_number}}"_s));
        CHECK(composed.contains(u"{{agency_name}}"_s));
        CHECK(composed.contains(u"{{issue_date}}"_s));
        CHECK(composed.contains(u"{{case_number}}"_s));
        CHECK(composed.contains(u"{{request}}"_s));
        CHECK(composed.contains(u"_remedies_either"_s) == false); // composed: the parts are included
        CHECK(shipped.contains(u"{{> _remedies_either}}"_s) == (type.remedies == RemedyClause::Either));
        CHECK(shipped.contains(u"{{> _remedies_reconsideration_first}}"_s)
            == (type.remedies == RemedyClause::ReconsiderationFirst));
    }
    CHECK(NoticeTemplates::names().contains(u"envelope"_s));
    CHECK_THROWS_AS(NoticeTemplates::shippedText(u"no_such"_s), Error);
}

TEST_CASE("every notice renders for a case ready for it, with nothing left blank", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    NoticeTemplates templates(*f.database, f.clock);
    int issued = 0;
    for (const NoticeType& type : noticeTypes()) {
        INFO(type.code);
        const QString number = test::caseReadyFor(f, type);
        const QMap<QString, QString> edits = test::completeEdits(templates.composed(QLatin1String(type.code)));
        const IssuedNotice notice = store.issue(number, QLatin1String(type.code), edits, day("2026-11-20"), f.clerk);
        ++issued;
        CHECK(notice.number == u"某政公开〔2026〕第%1号"_s.arg(issued));
        CHECK(notice.type == QLatin1String(type.code));
        CHECK(notice.issuedOn == day("2026-11-20"));
        CHECK(notice.sha256 == sha256Hex(notice.html.toUtf8()));
        CHECK(notice.intact);
        const QString& html = notice.html;
        CHECK_FALSE(html.contains(u"{{"_s));
        CHECK_FALSE(html.contains(u"}}"_s));
        const QStringList cited = citations(type);
        CHECK(std::any_of(cited.cbegin(), cited.cend(), [&](const QString& c) { return html.contains(c); }));
        CHECK(html.contains(notice.number));
        CHECK(html.contains(u"2026年11月20日"_s));
        CHECK(html.contains(u"某某区人民政府办公室"_s));
        CHECK(html.contains(u"某某路1号；电话：010-12345678"_s));
        CHECK(html.contains(number));
        CHECK(html.contains(u"2026年7月1日"_s)); // the receipt date, Chinese form
        CHECK(html.contains(f.repository->find(number)->application.description.toHtmlEscaped()));
        for (auto it = edits.cbegin(); it != edits.cend(); ++it)
            CHECK(html.contains(it.value()));
        CHECK(notice.edits.size() == edits.size());
        const bool appealable = type.remedies != RemedyClause::None;
        CHECK(html.contains(u"向某某区人民政府申请行政复议"_s) == appealable);
        CHECK(html.contains(u"向某某区人民法院提起行政诉讼"_s) == (type.remedies == RemedyClause::Either));
        if (type.remedies == RemedyClause::ReconsiderationFirst)
            CHECK(html.contains(u"对行政复议决定不服的"_s));
    }
    CHECK(countRows(f, "notices") == noticeTypes().size());
    CHECK(
        sql::scalar(f.database->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'notice.issue'"_s).toInt()
        == noticeTypes().size());
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("facts of the case in the letter: supplement, extension, fee, consultation", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    const auto html = [&](const char* code, const QMap<QString, QString>& edits = {}) {
        const QString number = test::caseReadyFor(f, *findNoticeType(QLatin1String(code)));
        return store.issue(number, QLatin1String(code), edits, day("2026-11-20"), f.clerk).html;
    };
    const QString supplement = html("supplement");
    CHECK(supplement.contains(u"请写明所需信息的名称或文号"_s));
    // Art. 30: the period runs from the applicant's receipt, so the notice gives its length.
    CHECK(supplement.contains(u"请于收到本告知书之日起10个工作日内"_s));
    const QString extension = html("extension");
    CHECK(extension.contains(u"因涉及档案较多，需调档查找"_s));
    CHECK(extension.contains(u"延长20个工作日"_s));
    CHECK(extension.contains(u"将于2026年8月26日前作出答复"_s)); // Jul 29 + 20 working days
    const QString fee = html("fee", { { u"payment_way"_s, u"银行转账"_s } });
    CHECK(fee.contains(u"应缴金额为人民币1700元"_s));
    CHECK(fee.contains(u"以“按量计收”方式收取信息处理费"_s));
    CHECK(fee.contains(u"银行转账"_s));
    const QString third = html("consult_third_party", { { u"third_party_interest"_s, u"商业秘密"_s } });
    CHECK(third.contains(u"某某建设有限公司："_s));
    const QString abandoned = html("abandoned");
    CHECK(abandoned.contains(u"本机关于2026年7月3日向您发出《补正申请告知书》"_s));
    // A withholding reply starts from the basis the confidentiality review gave.
    const QString withheld = html("reply_withhold", { { u"reasons"_s, u"涉及他人身份信息"_s } });
    CHECK(withheld.contains(u"《条例》第十五条 涉及个人隐私"_s));
    CHECK(chineseDate(day("2026-03-06")) == u"2026年3月6日");
}

TEST_CASE("a missing value is refused with the list of what is missing, nothing is written", "[notices]")
{
    test::WorkflowFixture f;
    NoticeStore store(*f.database, f.clock);
    const NoticeType& notResponsible = *findNoticeType(u"reply_not_responsible"_s);
    const QString number = test::caseReadyFor(f, notResponsible);
    const qint64 audit = countRows(f, "audit_log");

    // No number pattern yet: nothing can be numbered.
    try {
        store.issue(number, u"reply_not_responsible"_s, {}, day("2026-11-20"), f.clerk);
        FAIL("issued without a number pattern");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.issues().front().field == u"document_number_pattern");
    }
    test::setTestAgency(f);
    const qint64 auditWithAgency = countRows(f, "audit_log");
    CHECK(auditWithAgency > audit);
    try {
        // The reasons left blank; the agency named without its contact (Art. 36(5): both).
        store.issue(number, u"reply_not_responsible"_s, { { u"responsible_agency"_s, u"某某区自然资源局"_s } },
            day("2026-11-20"), f.clerk);
        FAIL("issued with blanks");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        QStringList fields;
        for (const FieldIssue& issue : e.issues())
            fields << issue.field;
        CHECK(fields == QStringList { u"reasons"_s, u"responsible_contact"_s });
        CHECK(e.message().contains(u"该机关的联系方式"_s)); // the template's own label
    }
    // A part the notice does not have (a misspelt name) is refused, naming the parts it has.
    try {
        store.issue(number, u"reply_not_responsible"_s,
            { { u"reasons"_s, u"该信息由区自然资源局制作"_s }, { u"agency"_s, u"某某区自然资源局"_s } },
            day("2026-11-20"), f.clerk);
        FAIL("issued with an edit the template has no part for");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues().front().field == u"agency");
        CHECK(e.message().contains(u"responsible_agency"_s));
    }
    CHECK_THROWS_AS(store.issue(number, u"receipt"_s, { { u"reasons"_s, u"x"_s } }, day("2026-11-20"), f.clerk), Error);
    // A fact the case lacks is named too: a letter by post with no contact line.
    OfficeSettings settings(*f.database, f.clock);
    OfficeSettings::AgencyProfile profile = settings.agencyProfile();
    profile.contact.clear();
    settings.setAgencyProfile(profile, f.admin);
    try {
        store.issue(f.newCase("2026-07-01"), u"receipt"_s, {}, day("2026-11-20"), f.clerk);
        FAIL("issued without a contact line");
    } catch (const Error& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues().front().field == u"agency_contact");
    }
    CHECK(countRows(f, "notices") == 0);
    CHECK(countRows(f, "audit_log") == auditWithAgency + 2); // the settings change and the new case only
}

TEST_CASE("a notice waits for its step, the date and the role are checked", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    const QString fresh = f.newCase("2026-07-01");
    for (const char* code :
        { "supplement", "extension", "consult_third_party", "fee", "abandoned", "reply_disclose" }) {
        INFO(code);
        try {
            store.issue(fresh, QLatin1String(code), {}, day("2026-11-20"), f.clerk);
            FAIL("issued too early");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::Refused);
        }
    }
    // A reply of another type than the signed-off draft.
    const QString disclosed = test::caseReadyFor(f, *findNoticeType(u"reply_disclose"_s));
    CHECK_THROWS_AS(store.issue(disclosed, u"reply_not_exist"_s, {}, day("2026-11-20"), f.clerk), Error);
    CHECK_THROWS_AS(store.issue(fresh, u"receipt"_s, {}, day("2026-11-21"), f.clerk), Error); // future
    CHECK_THROWS_AS(store.issue(fresh, u"receipt"_s, {}, day("2026-06-30"), f.clerk), Error); // before receipt
    CHECK_THROWS_AS(store.issue(fresh, u"receipt"_s, {}, day("2026-11-20"), f.reviewer), Error);
    CHECK_THROWS_AS(store.issue(fresh, u"no_such_type"_s, {}, day("2026-11-20"), f.clerk), Error);
    CHECK_THROWS_AS(store.issue(u"2026-9999"_s, u"receipt"_s, {}, day("2026-11-20"), f.clerk), Error);
    CHECK(countRows(f, "notices") == 0);
    // The preview shows the letter without taking a number.
    const QString preview = store.preview(fresh, u"receipt"_s, {}, day("2026-11-20"));
    CHECK(preview.contains(u"政府信息公开申请登记回执"_s));
    CHECK_FALSE(preview.contains(u"第1号"_s));
    CHECK(countRows(f, "notices") == 0);
}

TEST_CASE("numbers: one sequence a year, kept across restarts, never reused, voided ones stay", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const QString path = f.database->path();
    {
        NoticeStore store(*f.database, f.clock);
        CHECK(issueReceipt(f, store).number == u"某政公开〔2026〕第1号");
        const IssuedNotice second = issueReceipt(f, store);
        CHECK(second.number == u"某政公开〔2026〕第2号");
        CHECK_THROWS_AS(store.voidNotice(second.id, u"  "_s, f.clerk), Error);
        store.voidNotice(second.id, u"申请人姓名有误"_s, f.clerk);
        CHECK_THROWS_AS(store.voidNotice(second.id, u"again"_s, f.clerk), Error);
        const IssuedNotice voided = *store.find(second.id);
        CHECK(voided.voided);
        CHECK(voided.voidReason == u"申请人姓名有误");
        CHECK(voided.voidedBy == u"wangfang");
        CHECK(issueReceipt(f, store).number == u"某政公开〔2026〕第3号"); // 2 is not given again
    }
    // Another process, another day: the sequence goes on.
    f.repository.reset();
    f.workflow.reset();
    f.database.reset();
    f.database = std::make_unique<Database>(Database::open(path));
    f.repository = std::make_unique<CaseRepository>(*f.database, f.clock);
    f.workflow = std::make_unique<CaseWorkflow>(*f.database, f.clock);
    NoticeStore store(*f.database, f.clock);
    CHECK(issueReceipt(f, store).number == u"某政公开〔2026〕第4号");
    CHECK(store.findByNumber(u"某政公开〔2026〕第2号"_s)->voided);
    // A new year starts again at 1.
    FixedClock january(QDateTime(day("2027-01-05"), QTime(9, 0), Qt::UTC));
    NoticeStore nextYear(*f.database, january);
    CHECK(nextYear.issue(f.newCase("2026-07-01"), u"receipt"_s, {}, day("2027-01-05"), f.clerk).number
        == u"某政公开〔2027〕第1号");
    // Stored notices cannot be changed or removed.
    CHECK_THROWS(sql::run(f.database->connection(), u"UPDATE notices SET html = 'x'"_s));
    CHECK_THROWS(sql::run(f.database->connection(), u"DELETE FROM notices"_s));
    CHECK_THROWS(sql::run(f.database->connection(), u"DELETE FROM notice_voids"_s));
}

TEST_CASE("numbered apart: each sequence group counts on its own", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f, true);
    NoticeStore store(*f.database, f.clock);
    CHECK(issueReceipt(f, store).number == u"某政回〔2026〕第1号");
    const QString supplement = test::caseReadyFor(f, *findNoticeType(u"supplement"_s));
    CHECK(store.issue(supplement, u"supplement"_s, {}, day("2026-11-20"), f.clerk).number == u"某政补〔2026〕第1号");
    CHECK(issueReceipt(f, store).number == u"某政回〔2026〕第2号");
}

TEST_CASE("an issued notice changed in the file is found by verify", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    const IssuedNotice notice = issueReceipt(f, store);
    issueReceipt(f, store);
    REQUIRE(verifyDatabase(*f.database).isEmpty());
    // Someone with the sqlite3 shell: drops the guard and edits the letter.
    const QSqlDatabase db = f.database->connection();
    for (const QString& drop : test::appendOnlyGuardDrops(u"notices"_s))
        sql::runScript(db, drop);
    sql::run(db, u"UPDATE notices SET html = replace(html, '已予登记', '不予登记') WHERE id = ?"_s, { notice.id });
    // Found twice: its HTML no longer has its SHA-256, and the row differs from the one the
    // audit log recorded at issue. Both name the notice; no other notice is named.
    const QStringList findings = verifyDatabase(*f.database);
    INFO(findings.join(u'\n').toStdString());
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).contains(notice.number));
    CHECK(findings.at(1).contains(notice.number));
    CHECK(findings.filter(notice.caseNumber).size() >= 1);
    CHECK_FALSE(store.find(notice.id)->intact);
    CHECK(store.list(notice.caseId).front().intact == false);
}

TEST_CASE("templates: the administrator edits a copy, a broken one is refused, the shipped one comes back", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeTemplates templates(*f.database, f.clock);
    NoticeStore store(*f.database, f.clock);
    const QString shipped = NoticeTemplates::shippedText(u"receipt"_s);
    const QString edited
        = QString(shipped).replace(u"<p>查询办理进度时"_s, u"<p>本机关受理窗口：周一至周五。</p>\n<p>查询办理进度时"_s);
    REQUIRE(edited != shipped);
    CHECK_THROWS_AS(templates.save(u"receipt"_s, edited, f.clerk), Error);
    for (const QString& broken : QStringList { shipped + u"{{applicant_age}}"_s, shipped + u"{{edit:reasons}}"_s,
             shipped + u"{{> _no_such_part}}"_s, shipped + u"{{agency_name"_s }) {
        INFO(broken.right(30).toStdString());
        CHECK_THROWS_AS(templates.save(u"receipt"_s, broken, f.admin), Error);
    }
    // A shared part is checked where it is used.
    CHECK_THROWS_AS(templates.save(u"_closing"_s, u"{{no_such_fact}}"_s, f.admin), Error);
    CHECK_FALSE(templates.isEdited(u"receipt"_s));

    templates.save(u"receipt"_s, edited, f.admin);
    CHECK(templates.isEdited(u"receipt"_s));
    const IssuedNotice withCopy = issueReceipt(f, store);
    CHECK(withCopy.html.contains(u"本机关受理窗口：周一至周五。"_s));
    CHECK(withCopy.templateSha256 == sha256Hex(templates.composed(u"receipt"_s).toUtf8()));
    templates.restore(u"receipt"_s, f.admin);
    CHECK_FALSE(templates.isEdited(u"receipt"_s));
    CHECK(templates.text(u"receipt"_s) == shipped);
    const IssuedNotice withShipped = issueReceipt(f, store);
    CHECK_FALSE(withShipped.html.contains(u"本机关受理窗口"_s));
    // The notice issued from the copy is unchanged: it is stored as issued.
    CHECK(store.find(withCopy.id)->html == withCopy.html);
    CHECK(sql::scalar(f.database->connection(),
              u"SELECT count(*) FROM audit_log WHERE action IN ('notice_template.edit', 'notice_template.restore')"_s)
              .toInt()
        == 2);
}

TEST_CASE("template language: escaping, line breaks, includes", "[notices]")
{
    const QMap<QString, QString> labels { { u"name"_s, u"姓名"_s } };
    CHECK(renderTemplate(u"<p>{{name}}：{{edit:why|理由}}</p>"_s, { { u"name"_s, u"<b>张&三</b>"_s } },
              { { u"why"_s, u"第一行\n第二行"_s } }, labels)
        == u"<p>&lt;b&gt;张&amp;三&lt;/b&gt;：第一行<br/>第二行</p>");
    const auto parts = [](const QString& name) -> std::optional<QString> {
        if (name == u"_a")
            return u"A{{> _b}}"_s;
        if (name == u"_b")
            return u"B"_s;
        if (name == u"_loop")
            return u"{{> _loop}}"_s;
        return std::nullopt;
    };
    CHECK(composeTemplate(u"x{{> _a}}y"_s, parts) == u"xABy");
    CHECK_THROWS_AS(composeTemplate(u"{{> _loop}}"_s, parts), Error);
    CHECK_THROWS_AS(composeTemplate(u"{{> _none}}"_s, parts), Error);
    const QList<TemplateField> fields = templateFields(u"{{a}}{{edit:b|乙}}{{a}}"_s);
    REQUIRE(fields.size() == 2);
    CHECK(fields.at(1).editable);
    CHECK(fields.at(1).label == u"乙");
}

TEST_CASE("template language: sections print only with a value, a part only inside its own is optional", "[notices]")
{
    const QMap<QString, QString> labels { { u"name"_s, u"姓名"_s }, { u"known"_s, u"已知"_s } };
    const QString text = u"<p>甲{{#agency}}，机关为{{edit:agency|机关}}{{#contact}}，电话{{edit:contact|电话}}"
                         u"{{/contact}}{{/agency}}{{^agency}}，机关不明{{/agency}}。{{#known}}{{name}}{{/known}}</p>"_s;
    CHECK(templateProblems(text, labels.keys()).isEmpty());
    const QList<TemplateField> fields = templateFields(text);
    REQUIRE(fields.size() == 3);
    CHECK(fields.at(0).name == u"agency");
    CHECK(fields.at(0).optional);
    CHECK(fields.at(1).name == u"contact");
    CHECK(fields.at(1).optional);
    CHECK_FALSE(fields.at(2).optional); // a fact
    struct Row
    {
        QMap<QString, QString> facts;
        QMap<QString, QString> edits;
        const char* expected;
    };
    const Row row = GENERATE(Row { {}, {}, "<p>甲，机关不明。</p>" },
        Row { {}, { { u"agency"_s, u"  "_s } }, "<p>甲，机关不明。</p>" },
        Row { {}, { { u"agency"_s, u"区自然资源局。"_s } }, "<p>甲，机关为区自然资源局。</p>" },
        Row { { { u"known"_s, u"是"_s }, { u"name"_s, u"张三"_s } },
            { { u"agency"_s, u"区自然资源局"_s }, { u"contact"_s, u"010-1，"_s } },
            "<p>甲，机关为区自然资源局，电话010-1。张三</p>" });
    CHECK(renderTemplate(text, row.facts, row.edits, labels) == QString::fromUtf8(row.expected));
    // A part inside a section on something else is needed when that section prints.
    const QString guarded = u"{{#known}}{{edit:why|理由}}{{/known}}"_s;
    CHECK_FALSE(templateFields(guarded).front().optional);
    CHECK(renderTemplate(guarded, {}, {}, labels).isEmpty());
    CHECK_THROWS_AS(renderTemplate(guarded, { { u"known"_s, u"是"_s } }, {}, labels), Error);

    for (const QString& broken : { u"{{#agency}}x"_s, u"x{{/agency}}"_s, u"{{#known}}{{#name}}{{/known}}{{/name}}"_s,
             u"{{#nothing}}x{{/nothing}}"_s, u"{{#}}x"_s }) {
        INFO(broken.toStdString());
        CHECK_FALSE(templateProblems(broken, labels.keys()).isEmpty());
        CHECK_THROWS_AS(renderTemplate(broken, {}, {}, labels), Error);
    }
}

TEST_CASE("inserted values lose the punctuation the template adds after them", "[notices]")
{
    CHECK(insertedValue(u"  涉及个人隐私。 "_s) == u"涉及个人隐私");
    CHECK(insertedValue(u"涉及个人隐私。。"_s) == u"涉及个人隐私");
    CHECK(insertedValue(u"第一，第二；"_s) == u"第一，第二");
    CHECK(insertedValue(u"某某科技有限公司、"_s) == u"某某科技有限公司");
    CHECK(insertedValue(u"见附件。\n"_s) == u"见附件");
    CHECK(insertedValue(u"Co., Ltd."_s) == u"Co., Ltd."); // ASCII stays as typed
    CHECK(insertedValue(u"是否公开？"_s) == u"是否公开？");
    CHECK(renderTemplate(u"<p>理由是：{{edit:why|理由}}。</p>"_s, {}, { { u"why"_s, u"第一。\n第二。"_s } }, {})
        == u"<p>理由是：第一。<br/>第二。</p>");
}

TEST_CASE("the reply notice's reasons start from the draft without its closing stop", "[notices]")
{
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "submit_review", "2026-07-10");
    f.act(f.reviewer, number, "review", "2026-07-10",
        test::params({ { "result", u"withhold"_s }, { "article", u"art15_third_party"_s },
            { "basis", u"《条例》第十五条 涉及个人隐私。"_s } }));
    f.act(f.clerk, number, "draft", "2026-07-13",
        test::params({ { "reply_type", u"withhold"_s }, { "text", u"所申请信息涉及第三方个人隐私，不予公开。"_s } }));
    const QMap<QString, QString> edits = defaultNoticeEdits(loadNoticeContext(*f.database, number));
    // The template ends each clause itself: 不予公开的理由：{{edit:reasons}}。
    CHECK(edits.value(u"reasons"_s) == u"所申请信息涉及第三方个人隐私，不予公开");
    CHECK(edits.value(u"withhold_basis"_s) == u"《条例》第十五条 涉及个人隐私");
}

TEST_CASE("the mailing label names the applicant's address and postcode", "[notices]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const QString number = f.newCase("2026-07-01");
    const QString html = NoticeStore(*f.database, f.clock).envelope(number);
    const Applicant applicant = f.repository->find(number)->application.applicants.front();
    CHECK(html.contains(applicant.address.toHtmlEscaped()));
    CHECK(html.contains(applicant.name.toHtmlEscaped()));
    CHECK(html.contains(u"某某区人民政府办公室"_s));
    CHECK(countRows(f, "notices") == 0);
}

TEST_CASE("every notice issued or voided is a step of its case's timeline", "[notices][timeline]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    const QString number = test::caseReadyFor(f, *findNoticeType(u"extension"_s));
    const qint64 caseId = f.repository->find(number)->id;
    const IssuedNotice first = store.issue(number, u"extension"_s, {}, day("2026-11-18"), f.clerk);

    QList<CaseEvent> events = f.repository->events(caseId);
    const CaseEvent& issued = events.back();
    CHECK(issued.action == u"issue_notice");
    CHECK(issued.eventDate == day("2026-11-18"));
    CHECK(issued.actor == f.clerk.login);
    CHECK(issued.fromState == issued.toState); // the case does not move
    CHECK(issued.details.value(u"notice_type"_s).toString() == u"extension");
    CHECK(issued.details.value(u"notice"_s).toString() == first.number);
    CHECK(issued.details.value(u"notice_id"_s).toInteger() == first.id);
    CHECK(issued.details.value(u"title"_s).toString() == u"延长答复期限告知书");
    WorkflowFacts facts = workflowFacts(events);
    REQUIRE(facts.validNotice(u"extension"_s));
    CHECK(facts.validNotice(u"extension"_s)->issuedOn == day("2026-11-18"));
    CHECK_FALSE(facts.validNotice(u"supplement"_s));

    // Voided, it told nothing that stands; the one issued instead does.
    store.voidNotice(first.id, u"期限写错"_s, f.clerk);
    events = f.repository->events(caseId);
    CHECK(events.back().action == u"void_notice");
    CHECK(events.back().eventDate == f.clock.today());
    CHECK(events.back().details.value(u"reason"_s).toString() == u"期限写错");
    CHECK_FALSE(workflowFacts(events).validNotice(u"extension"_s));
    const IssuedNotice second = store.issue(number, u"extension"_s, {}, day("2026-11-20"), f.clerk);
    facts = workflowFacts(f.repository->events(caseId));
    REQUIRE(facts.validNotice(u"extension"_s));
    CHECK(facts.validNotice(u"extension"_s)->number == second.number);
    CHECK(facts.notices.size() == 2);
    CHECK(verifyDatabase(*f.database).isEmpty());
}

TEST_CASE("a notice dated before the case's last step is refused and takes no number", "[notices][timeline]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    const QString number = f.newCase("2026-07-01");
    f.act(f.clerk, number, "accept", "2026-07-03");
    const qint64 before = f.writtenRows();
    try {
        store.issue(number, u"receipt"_s, {}, day("2026-07-02"), f.clerk);
        FAIL("a notice dated before the last step was issued");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        CHECK(error.message().contains(u"2026-07-03"_s));
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues().front().field == u"date");
    }
    CHECK(f.writtenRows() == before);
    CHECK(countRows(f, "notices") == 0);
    CHECK(store.issue(number, u"receipt"_s, {}, day("2026-07-03"), f.clerk).number == u"某政公开〔2026〕第1号");
}

// [sqlite-only]: schema 11 was a SQLite file; PostgreSQL registers start at schema 14.
TEST_CASE("a register of schema 11 gets the timeline steps of its notices when it is opened", "[notices][timeline][sqlite-only]")
{
    test::ensureCoreApp();
    // A file schema 11 wrote (tests/data/schema-v11.db: case 2025-0001, registered on
    // 2025-06-10), with a notice kept and one voided as that version stored them: no steps.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v11.db"_s);
    REQUIRE(QFile::copy(QStringLiteral(OGI_SOURCE_DIR "/tests/data/schema-v11.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString kept = u"<p>登记回执</p>"_s;
    const QString voided = u"<p>登记回执（有误）</p>"_s;
    const auto insertNotice = [&](int seq, const char* number, const QString& html) {
        test::rawSql(path,
            u"INSERT INTO notices (case_id, type, sequence_scope, year, seq, number, issued_on, issued_by, issued_at, "
            u"html, sha256, template_sha256, edits) VALUES (1, 'receipt', '*', 2025, %1, '%2', '2025-06-11', "
            u"'clerk', '2025-06-11T02:00:00Z', '%3', '%4', '%4', '{}')"_s.arg(seq)
                .arg(QString::fromUtf8(number), html, sha256Hex(html.toUtf8())));
    };
    insertNotice(1, "某政公开〔2025〕第1号", voided);
    insertNotice(2, "某政公开〔2025〕第2号", kept);
    test::rawSql(path,
        u"INSERT INTO notice_voids (notice_id, reason, voided_by, voided_at) "
        u"VALUES (1, '重复出具', 'clerk', '2025-06-12T03:00:00Z')"_s);

    const Database reopened = Database::open(path, OpenMode::ExistingOnly);
    const QList<CaseEvent> events = CaseRepository(reopened).events(1);
    REQUIRE(events.size() == 4); // register, two issued, one voided
    const CaseEvent& a = events.at(1);
    const CaseEvent& b = events.at(2);
    const CaseEvent& c = events.at(3);
    CHECK(a.action == u"issue_notice");
    CHECK(a.seq == 2);
    CHECK(a.eventDate == day("2025-06-11"));
    CHECK(a.actor == u"clerk");
    CHECK(a.fromState == CaseState::Registered);
    CHECK(a.toState == CaseState::Registered);
    CHECK(a.details.value(u"notice"_s).toString() == u"某政公开〔2025〕第1号");
    CHECK(a.details.value(u"migrated"_s).toBool());
    CHECK(b.details.value(u"notice"_s).toString() == u"某政公开〔2025〕第2号");
    CHECK(c.action == u"void_notice");
    CHECK(c.seq == 4);
    CHECK(c.eventDate == day("2025-06-12"));
    CHECK(c.details.value(u"notice_id"_s).toInteger() == 1);
    CHECK(c.details.value(u"reason"_s).toString() == u"重复出具");
    const WorkflowFacts facts = workflowFacts(events);
    REQUIRE(facts.validNotice(u"receipt"_s));
    CHECK(facts.validNotice(u"receipt"_s)->number == u"某政公开〔2025〕第2号");
    // The timeline folds, the chain holds, the notices are intact. Expected findings: the
    // fixture's attachment file is not in the repository, and the two notices were put in
    // as raw rows with no audit record, which verify rightly names.
    QStringList findings = verifyDatabase(reopened);
    INFO(findings.join(u'\n').toStdString());
    CHECK(findings.filter(u"第1号: its issue is not in the audit log"_s).size() == 1);
    CHECK(findings.filter(u"第2号: its issue is not in the audit log"_s).size() == 1);
    CHECK(findings.filter(u"第1号: voided in the file without a record"_s).size() == 1);
    findings.removeIf([](const QString& line) {
        return line.contains(u"attachment scan.pdf"_s) || line.contains(u"audit log"_s);
    });
    CHECK(findings.isEmpty());
}

TEST_CASE("the extension counts from the day its notice is issued, and not once the notice is voided (Art. 33(2))",
    "[notices][timeline][deadline]")
{
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    // Received 2026-10-30 (due 11-27), 20 more working days approved on 11-20: 12-25 once told.
    const QString number = f.newCase("2026-10-30");
    f.act(f.clerk, number, "accept", "2026-11-02");
    f.act(f.chief, number, "assign", "2026-11-02", { { u"department"_s, u"办公室"_s }, { u"clerk"_s, u"wangfang"_s } });
    f.act(f.clerk, number, "extend", "2026-11-20", { { u"days"_s, 20 }, { u"reason"_s, u"档案较多"_s } });
    f.act(f.chief, number, "approve_extension", "2026-11-20");
    const auto reply = [&] { return caseDeadline(*f.database, number, day("2026-11-20")).report.reply; };
    CHECK(reply().due == day("2026-11-27"));
    CHECK(reply().warnings.testFlag(PeriodWarning::ExtensionNotTold));
    // The notice states the date the extension gives, though the engine waits for it.
    const IssuedNotice notice = store.issue(number, u"extension"_s, {}, day("2026-11-20"), f.clerk);
    CHECK(notice.html.contains(u"将于2026年12月25日前作出答复"_s));
    CHECK(reply().due == day("2026-12-25"));
    CHECK(reply().warnings == PeriodWarnings());
    // The register's stored deadline follows the notice's timeline step.
    CHECK(sql::scalar(f.database->connection(),
              u"SELECT d.due_date FROM reply_deadlines d JOIN cases c ON c.id = d.case_id WHERE c.case_number = ?"_s,
              { number })
              .toString()
        == u"2026-12-25");
    store.voidNotice(notice.id, u"日期有误"_s, f.clerk);
    CHECK(reply().due == day("2026-11-27"));
    CHECK(reply().warnings.testFlag(PeriodWarning::ExtensionNotTold));
    CHECK(verifyDatabase(*f.database).isEmpty());
}
