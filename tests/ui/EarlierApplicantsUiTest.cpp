// A returning applicant at registration (issue 17 item 13): their earlier cases are offered as
// the name or number is typed, one picked fills the applicant, and the repeat hint shows
// before anything is saved.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "register/AgentForm.h"
#include "register/ApplicantForm.h"
#include "register/EarlierApplicantOffer.h"
#include "register/RegistrationDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

QLineEdit* line(const ui::RegistrationDialog& dialog, const QString& name)
{
    auto* edit = qobject_cast<QLineEdit*>(dialog.field(name));
    REQUIRE(edit);
    return edit;
}

// An earlier case of 张三 through an agent, and one of someone else.
struct ReturningApplicant
{
    test::WorkflowFixture f;
    QString earlier;
    ReturningApplicant()
    {
        f.adjustApplication = [](Application& a) {
            a.applicants.front().email = u"zhangsan@example.cn"_s;
            a.description = u"申请公开2025年岳麓街道最低生活保障对象名单"_s;
            a.agent = Agent { u"王律师"_s, IdDocumentType::ResidentId, u"110101199003078515"_s, u"010-66012345"_s,
                QString(), u"北京市东城区某某律师事务所"_s, u"100010"_s };
        };
        earlier = f.newCase("2026-07-01");
        f.adjustApplication = [](Application& a) {
            a.applicants.front().name = u"李四"_s;
            a.applicants.front().idNumber = u"440306198506122316"_s;
        };
        f.newCase("2026-07-02");
    }
};

// The dialog shown and active, so that focus and visibility are as the clerk sees them.
void show(ui::RegistrationDialog& dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QApplication::processEvents();
}

// The repeat hint follows typing after a pause.
void waitForHint() { QTest::qWait(400); }

} // namespace

TEST_CASE("typing an earlier applicant's name offers their case and Enter fills the applicant", "[ui][register][earlier]")
{
    test::ensureGuiApp();
    ReturningApplicant r;
    const qint64 cases = r.f.repository->count();
    ui::RegistrationDialog dialog(*r.f.database, r.f.clerk);
    show(dialog);
    ui::ApplicantForm* form = dialog.applicantForm(0);
    ui::EarlierApplicantOffer* offer = form->earlierOffer();
    QLineEdit* name = line(dialog, u"applicants[0].name"_s);
    name->setFocus();

    name->insert(u"张"_s); // as an input method commits it (QTest types Latin-1 only)
    CHECK_FALSE(offer->isVisible()); // one character: not yet
    name->insert(u"三"_s);
    REQUIRE(offer->isVisible());
    QTreeWidget* list = offer->list();
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem* row = list->topLevelItem(0);
    CHECK(row->text(0) == r.earlier);
    CHECK(row->text(1) == u"张三");
    CHECK(row->text(2) == u"110105********002X"); // masked
    CHECK(row->text(3) == u"2026-07-01");
    for (int column = 0; column < list->columnCount(); ++column)
        CHECK_FALSE(row->text(column).contains(u"19491231"_s));

    // ↓ into the list, Enter picks: every applicant field and the agent, not the request.
    QTest::keyClick(name, Qt::Key_Down);
    CHECK(QApplication::focusWidget() == list);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(dialog.isVisible()); // Enter did not register
    CHECK(r.f.repository->count() == cases);
    CHECK_FALSE(offer->isVisible());
    CHECK(line(dialog, u"applicants[0].id_number"_s)->text() == u"11010519491231002X");
    CHECK(line(dialog, u"applicants[0].phone"_s)->text() == u"13812345678");
    CHECK(line(dialog, u"applicants[0].email"_s)->text() == u"zhangsan@example.cn");
    CHECK(line(dialog, u"applicants[0].address"_s)->text() == u"北京市西城区西长安街1号");
    CHECK(line(dialog, u"applicants[0].postcode"_s)->text() == u"100032");
    REQUIRE(dialog.application().agent.has_value());
    CHECK(dialog.application().agent->name == u"王律师");
    CHECK(dialog.application().agent->address == u"北京市东城区某某律师事务所");
    CHECK(qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))->toPlainText().isEmpty());
    CHECK(QApplication::focusWidget() == dialog.field(u"description"_s));

    // The applicant is known: the hint says so at once, before any request is typed.
    CHECK(dialog.repeatHintLabel()->isVisible());
    CHECK(dialog.repeatHintLabel()->text().contains(u"1 case"_s));
}

TEST_CASE("an earlier applicant's ID number typed offers them, and the repeat hint shows before save",
    "[ui][register][earlier]")
{
    test::ensureGuiApp();
    ReturningApplicant r;
    const qint64 cases = r.f.repository->count();
    ui::RegistrationDialog dialog(*r.f.database, r.f.clerk);
    show(dialog);
    CHECK_FALSE(dialog.repeatHintLabel()->isVisible());
    QLineEdit* id = line(dialog, u"applicants[0].id_number"_s);
    id->setFocus();
    QTest::keyClicks(id, u"11010519491231002"_s);
    CHECK_FALSE(dialog.applicantForm(0)->earlierOffer()->isVisible()); // never by the first digits
    QTest::keyClicks(id, u"X"_s);
    REQUIRE(dialog.applicantForm(0)->earlierOffer()->isVisible());
    CHECK(dialog.applicantForm(0)->earlierOffer()->list()->topLevelItem(0)->text(0) == r.earlier);

    // Esc in the list goes back to the field and leaves the dialog open.
    QTest::keyClick(id, Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(dialog.isVisible());
    CHECK(QApplication::focusWidget() == id);

    waitForHint();
    CHECK(dialog.repeatHintLabel()->isVisible());
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))
        ->setPlainText(u"申请公开2025年岳麓街道最低生活保障对象名单。"_s);
    waitForHint();
    CHECK(dialog.repeatHintLabel()->text().contains(r.earlier));
    CHECK(dialog.repeatHintLabel()->text().contains(u"Art. 36(6)"_s));
    CHECK(r.f.repository->count() == cases); // shown before the save
}

TEST_CASE("an organisation picked by its credit code fills its kind and code", "[ui][register][earlier]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    f.adjustApplication = [](Application& a) {
        Applicant& firm = a.applicants.front();
        firm.kind = ApplicantKind::Organisation;
        firm.organisationType = OrganisationType::LegalService;
        firm.name = u"杭州某某律师事务所"_s;
        firm.idNumber.clear();
        firm.creditCode = u"91330100716105852F"_s;
    };
    const QString earlier = f.newCase("2026-07-01");
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    show(dialog);
    QLineEdit* name = line(dialog, u"applicants[0].name"_s);
    name->setFocus();
    name->insert(u"杭州某某"_s);
    ui::EarlierApplicantOffer* offer = dialog.applicantForm(0)->earlierOffer();
    REQUIRE(offer->isVisible());
    CHECK(offer->list()->topLevelItem(0)->text(2) == u"913301********852F");
    QTest::keyClick(name, Qt::Key_Down);
    QTest::keyClick(offer->list(), Qt::Key_Enter);
    const Applicant a = dialog.application().applicants.front();
    CHECK(a.kind == ApplicantKind::Organisation);
    CHECK(a.organisationType == OrganisationType::LegalService);
    CHECK(a.name == u"杭州某某律师事务所");
    CHECK(a.creditCode == u"91330100716105852F");
    CHECK(line(dialog, u"applicants[0].credit_code"_s)->isVisible());
    CHECK_FALSE(dialog.application().agent.has_value()); // their case had none
    CHECK(dialog.repeatHintLabel()->text().contains(u"1 case"_s));
    (void)earlier;
}
