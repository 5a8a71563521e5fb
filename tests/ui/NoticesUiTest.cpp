// The case view's notices: a clerk issues a reply through the dialog (a blank part is
// shown beside it and nothing is numbered), saves it as PDF, voids it with a reason; a
// notice changed in the file is refused for printing; a reviewer cannot issue.
#include "TestRegister.h"
#include "ModalDialogs.h"
#include "NoticeCases.h"
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "cases/CaseView.h"
#include "lifecycle/CaseTransitions.h"
#include "notices/NoticeIssueDialog.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "notices/NoticesPanel.h"
#include "settings/NoticeTemplatesPanel.h"
#include "storage/Sql.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QAction* issueAction(ui::NoticesPanel* panel, const char* code)
{
    return panel->issueMenu()->findChild<QAction*>(u"issue_"_s + QLatin1String(code));
}
} // namespace

TEST_CASE("notices in the case view: issue through the dialog, PDF, void, a changed one is refused", "[ui][notices]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const QString number = test::caseReadyFor(f, *findNoticeType(u"reply_not_responsible"_s));
    ui::CaseView view(*f.database, f.clerk);
    view.setCase(number);
    ui::NoticesPanel* panel = view.notices();
    REQUIRE_FALSE(panel->findChild<QPushButton*>(u"issueNotice"_s)->isHidden());
    Q_EMIT panel->issueMenu()->aboutToShow();
    CHECK(issueAction(panel, "receipt")->isEnabled());
    CHECK(issueAction(panel, "reply_not_responsible")->isEnabled());
    CHECK_FALSE(issueAction(panel, "reply_disclose")->isEnabled()); // the draft is another type
    CHECK_FALSE(issueAction(panel, "supplement")->isEnabled());
    CHECK_FALSE(issueAction(panel, "supplement")->toolTip().isEmpty());

    ui::NoticeIssueDialog dialog(*f.database, f.clerk, number, *findNoticeType(u"reply_not_responsible"_s));
    REQUIRE(dialog.field(u"responsible_agency"_s));
    REQUIRE(dialog.field(u"responsible_contact"_s));
    // The agency "where it can be determined" (Art. 36(5)) is marked as one that may stay blank.
    bool optionalShown = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        optionalShown = optionalShown || (label->text().contains(u"负责公开该信息的机关"_s) && label->text().contains(u"blank"_s));
    CHECK(optionalShown);
    dialog.updatePreview();
    CHECK(dialog.preview()->toPlainText().contains(u"【不属于本机关负责公开的理由】"_s)); // where it is missing
    CHECK_FALSE(dialog.preview()->toPlainText().contains(u"负责公开该政府信息的行政机关为"_s)); // left out while blank
    // Named without its contact: both are needed then.
    dialog.field(u"reasons"_s)->setPlainText(u"该信息由区自然资源局制作并保存"_s);
    dialog.field(u"responsible_agency"_s)->setPlainText(u"某某区自然资源局"_s);
    dialog.updatePreview();
    CHECK(dialog.preview()->toPlainText().contains(u"【该机关的联系方式】"_s));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.issuedId() == 0);
    int shownIssues = 0;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        if (label->isVisibleTo(&dialog) && label->styleSheet().contains(u"b00020"_s) && !label->text().isEmpty())
            ++shownIssues;
    CHECK(shownIssues == 1); // beside the contact
    CHECK(NoticeStore(*f.database).list(f.repository->find(number)->id).isEmpty());

    dialog.field(u"responsible_contact"_s)->setPlainText(u"010-87654321"_s);
    dialog.updatePreview();
    CHECK(dialog.preview()->toPlainText().contains(u"某某区自然资源局"_s));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.issuedId() != 0);

    view.reload();
    REQUIRE(panel->notices().size() == 1);
    const IssuedNotice issued = panel->notices().front();
    CHECK(issued.number == u"某政公开〔2026〕第1号");
    CHECK(panel->list()->topLevelItem(0)->text(0) == issued.number);
    const QString pdf = f.dir.filePath(u"reply.pdf"_s);
    REQUIRE(panel->savePdf(0, pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF-"));

    const QString blankReason = test::messageFrom([&] { CHECK_FALSE(panel->voidNotice(0, u" "_s)); });
    CHECK_FALSE(blankReason.isEmpty());
    CHECK_FALSE(panel->notices().front().voided);
    // The 送达回证 of the selected notice.
    CHECK_FALSE(panel->serviceProofButton()->isEnabled());
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    CHECK(panel->serviceProofButton()->isEnabled());
    const QString proof = panel->serviceProof(0);
    CHECK(proof.contains(u"送达回证"_s));
    CHECK(proof.contains(issued.number));
    CHECK(proof.contains(u"张三"_s));
    const int steps = view.timeline()->topLevelItemCount();
    REQUIRE(panel->voidNotice(0, u"联系电话写错"_s));
    CHECK(test::messageFrom([&] { CHECK(panel->serviceProof(0).isEmpty()); }).contains(u"联系电话写错"_s));
    CHECK(panel->notices().front().voided);
    CHECK(panel->list()->topLevelItem(0)->text(4).contains(u"联系电话写错"_s));
    // The timeline shows the voiding at once, and the panel keeps its list.
    REQUIRE(view.timeline()->topLevelItemCount() == steps + 1);
    CHECK(view.timeline()->topLevelItem(steps)->text(2) == actionDisplayName(u"void_notice"_s));
    CHECK(view.timeline()->topLevelItem(steps)->text(5).contains(issued.number));
    CHECK(view.timeline()->topLevelItem(steps - 1)->text(2) == actionDisplayName(u"issue_notice"_s));

    // Changed in the file: shown, and not printed.
    const QSqlDatabase db = f.database->connection();
    for (const QString& drop : test::appendOnlyGuardDrops(u"notices"_s))
        sql::runScript(db, drop);
    sql::run(db, u"UPDATE notices SET html = html || ' '"_s);
    view.reload();
    CHECK_FALSE(panel->notices().front().intact);
    const QString refusal = test::messageFrom([&] { CHECK_FALSE(panel->savePdf(0, f.dir.filePath(u"x.pdf"_s))); });
    CHECK(refusal.contains(issued.number));
    CHECK_FALSE(QFile::exists(f.dir.filePath(u"x.pdf"_s)));
}

TEST_CASE("a reviewer sees the notices but cannot issue or void them", "[ui][notices]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const QString number = f.newCase("2026-07-01");
    ui::CaseView view(*f.database, f.reviewer);
    view.setCase(number);
    CHECK(view.notices()->findChild<QPushButton*>(u"issueNotice"_s)->isHidden());
    CHECK(view.notices()->findChild<QPushButton*>(u"voidNotice"_s)->isHidden());
    CHECK_FALSE(view.notices()->findChild<QPushButton*>(u"previewNotice"_s)->isHidden());
}

TEST_CASE("the administrator edits a template copy, a broken one is refused, the shipped one restored", "[ui][notices]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::NoticeTemplatesPanel panel(*f.database, f.admin);
    panel.refresh();
    panel.select(u"receipt"_s);
    const QString shipped = NoticeTemplates::shippedText(u"receipt"_s);
    CHECK(panel.editor()->toPlainText() == shipped);
    panel.editor()->setPlainText(shipped + u"<p>{{applicant_age}}</p>"_s);
    CHECK_FALSE(panel.saveCopy());
    CHECK(panel.messageLabel()->text().contains(u"applicant_age"_s));
    CHECK_FALSE(NoticeTemplates(*f.database).isEdited(u"receipt"_s));
    panel.editor()->setPlainText(shipped + u"<p>窗口办理时间：工作日9:00—17:00。</p>"_s);
    REQUIRE(panel.saveCopy());
    CHECK(NoticeTemplates(*f.database).isEdited(u"receipt"_s));
    CHECK(NoticeTemplates(*f.database).text(u"receipt"_s).contains(u"窗口办理时间"_s));
    REQUIRE(panel.restoreShipped());
    CHECK_FALSE(NoticeTemplates(*f.database).isEdited(u"receipt"_s));
    CHECK(panel.editor()->toPlainText() == shipped);
    REQUIRE(panel.saveFonts());
}

TEST_CASE("the new notices and the 送达回证 are in the template editor like the others", "[ui][notices]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::NoticeTemplatesPanel panel(*f.database, f.admin);
    panel.refresh();
    for (const char* name : { "later_date", "third_party_disclosure", "service_proof" }) {
        INFO(name);
        panel.select(QLatin1String(name));
        CHECK(panel.editor()->toPlainText() == NoticeTemplates::shippedText(QLatin1String(name)));
        const QString edited = NoticeTemplates::shippedText(QLatin1String(name)) + u"<p>本机关地址：某某路1号。</p>"_s;
        panel.editor()->setPlainText(edited);
        REQUIRE(panel.saveCopy());
        CHECK(NoticeTemplates(*f.database).text(QLatin1String(name)) == edited);
    }
}

TEST_CASE("the template editor shows each template as it prints beside the HTML, and names the shared parts in "
          "words",
    "[ui][notices]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::NoticeTemplatesPanel panel(*f.database, f.admin);
    panel.refresh();
    // Every template renders as a specimen: no marker is left, every value is a label in 【】.
    for (const QString& name : NoticeTemplates::names()) {
        INFO(name.toStdString());
        panel.select(name);
        const QString shown = panel.preview()->toPlainText();
        CHECK_FALSE(shown.isEmpty());
        CHECK_FALSE(shown.contains(u"{{"));
        CHECK_FALSE(shown.contains(u"Cannot be shown"));
    }
    panel.select(u"supplement"_s);
    CHECK(panel.preview()->toPlainText().contains(u"补正申请告知书"));
    CHECK(panel.preview()->toPlainText().contains(u"【"));
    // Typing shows the change a moment later; a broken marker is said instead of a preview.
    panel.editor()->setPlainText(NoticeTemplates::shippedText(u"supplement"_s) + u"<p>窗口办理时间：工作日。</p>"_s);
    QTest::qWait(450);
    CHECK(panel.preview()->toPlainText().contains(u"窗口办理时间"));
    panel.editor()->setPlainText(u"<p>{{applicant_age}}</p>"_s);
    QTest::qWait(450);
    CHECK(panel.preview()->toPlainText().contains(u"applicant_age"));
    CHECK(panel.preview()->toPlainText().contains(u"Cannot be shown"));
    CHECK_FALSE(NoticeTemplates(*f.database).isEdited(u"supplement"_s)); // a preview stores nothing

    // The shared parts by what they are, not their file names.
    auto* names = panel.findChild<QListWidget*>(u"templateNames"_s);
    QStringList labels;
    for (int row = 0; row < names->count(); ++row)
        labels << names->item(row)->text();
    CHECK(labels.contains(u"Shared part: colophon (版记)"_s));
    for (const QString& label : labels)
        CHECK_FALSE(label.contains(u"_remedies"));
}
