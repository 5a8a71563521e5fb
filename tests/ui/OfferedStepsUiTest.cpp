// The case view offers the steps that can succeed (issue 17): the others greyed out with the
// step to take first, the draft dialog only the reply types the case allows now, starting from
// the review's, and a refused step keeps what was typed.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "cases/ActionDialog.h"
#include "cases/CaseView.h"
#include "workflow/ActionSpec.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

QStringList choiceCodes(const QWidget* field)
{
    QStringList codes;
    if (const auto* box = qobject_cast<const QComboBox*>(field))
        for (int i = 0; i < box->count(); ++i)
            codes << box->itemData(i).toString();
    return codes;
}

QString chosen(const QWidget* field)
{
    const auto* box = qobject_cast<const QComboBox*>(field);
    return box ? box->currentData().toString() : QString();
}

QString reviewedCase(test::WorkflowFixture& f, const char* result)
{
    const QString n = f.assignedCase();
    f.act(f.clerk, n, "submit_review", "2026-07-10");
    QJsonObject review = test::params({ { "result", QString::fromLatin1(result) } });
    if (QLatin1String(result) != u"pass") {
        review.insert(u"article"_s, u"art15_third_party"_s);
        review.insert(u"basis"_s, u"《条例》第十五条 涉及个人隐私"_s);
    }
    f.act(f.reviewer, n, "review", "2026-07-10", review);
    return n;
}

} // namespace

TEST_CASE("已受理: accepting warns that the supplement can no longer be asked for", "[ui][workflow][offered]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    ui::ActionDialog accept(*f.database, f.clerk, number, *findActionSpec(u"accept"_s));
    CHECK_FALSE(accept.cautionLabel()->isHidden());
    CHECK(accept.cautionLabel()->text().contains(u"Accepting ends the chance to ask for a supplement"));
    CHECK(accept.cautionLabel()->text().contains(u"Ask for supplement"));
    f.act(f.clerk, number, "accept", "2026-07-02");
    ui::ActionDialog assign(*f.database, f.clerk, number, *findActionSpec(u"assign"_s));
    CHECK(assign.cautionLabel()->isHidden());
}

TEST_CASE("已受理: the draft offers only the replies answered at once and names the path for the others",
    "[ui][workflow][offered]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    f.act(f.clerk, number, "accept", "2026-07-02");
    ui::CaseView view(*f.database, f.clerk);
    view.setCase(number);
    REQUIRE(view.actionButton(u"assign"_s));
    REQUIRE(view.actionButton(u"draft"_s));
    CHECK(view.actionButton(u"draft"_s)->isEnabled());

    ui::ActionDialog draft(*f.database, f.clerk, number, *findActionSpec(u"draft"_s));
    const QStringList types = choiceCodes(draft.field(u"reply_type"_s));
    CHECK(types == QStringList({ u"repeat"_s, u"special_provision"_s, u"petition"_s, u"publication"_s }));
    CHECK_FALSE(draft.cautionLabel()->isHidden());
    CHECK(draft.cautionLabel()->text().contains(u"Assign → Submit for confidentiality review"));
    // A petition is counted in one row only: the outcome offers just that one.
    auto* type = qobject_cast<QComboBox*>(draft.field(u"reply_type"_s));
    type->setCurrentIndex(type->findData(u"petition"_s));
    CHECK(choiceCodes(draft.field(u"outcome"_s)) == QStringList({ u"not_processed_1"_s }));
}

TEST_CASE("拟稿中: drafting is the main button, sign-off waits for a draft, the draft starts at the review's type",
    "[ui][workflow][offered]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = reviewedCase(f, "partial");
    ui::CaseView view(*f.database, f.clerk);
    view.setCase(number);
    QPushButton* draftButton = view.actionButton(u"draft"_s);
    QPushButton* submit = view.actionButton(u"submit"_s);
    REQUIRE(draftButton);
    REQUIRE(submit);
    CHECK(draftButton->isEnabled());
    CHECK_FALSE(submit->isEnabled());
    CHECK(submit->toolTip().contains(u"no current draft reply"));

    ui::ActionDialog draft(*f.database, f.clerk, number, *findActionSpec(u"draft"_s));
    CHECK(chosen(draft.field(u"reply_type"_s)) == u"partly_disclose");
    CHECK(choiceCodes(draft.field(u"reply_type"_s)) == QStringList({ u"partly_disclose"_s }));
    CHECK(choiceCodes(draft.field(u"outcome"_s)) == QStringList({ u"partly_disclosed"_s }));
    CHECK(draft.cautionLabel()->isHidden());
    draft.dateEdit()->setDate(QDate(2026, 7, 13));
    draft.accept();
    REQUIRE(draft.result() == QDialog::Accepted);
    view.reload();
    REQUIRE(view.actionButton(u"submit"_s));
    CHECK(view.actionButton(u"submit"_s)->isEnabled());
}

TEST_CASE("拟稿中 after a refusal: the withholding row of the review's provision, the others still open",
    "[ui][workflow][offered]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = reviewedCase(f, "withhold");
    ui::ActionDialog draft(*f.database, f.clerk, number, *findActionSpec(u"draft"_s));
    CHECK(choiceCodes(draft.field(u"reply_type"_s)) == QStringList({ u"withhold"_s }));
    CHECK(chosen(draft.field(u"outcome"_s)) == u"withheld_4"); // Art. 15
    const QStringList outcomes = choiceCodes(draft.field(u"outcome"_s));
    CHECK(outcomes.size() == 8); // the seven 不予公开 rows and none chosen
    CHECK_FALSE(outcomes.contains(u"disclosed"_s));
}

TEST_CASE("a refused step keeps the dialog open with what was typed", "[ui][workflow][offered]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-07-01");
    f.act(f.clerk, number, "accept", "2026-07-02");
    ui::ActionDialog draft(*f.database, f.clerk, number, *findActionSpec(u"draft"_s));
    draft.dateEdit()->setDate(QDate(2026, 7, 6));
    auto* type = qobject_cast<QComboBox*>(draft.field(u"reply_type"_s));
    type->setCurrentIndex(type->findData(u"petition"_s));
    auto* text = qobject_cast<QPlainTextEdit*>(draft.field(u"text"_s));
    REQUIRE(text);
    text->setPlainText(u"您反映的问题属于信访事项，请向信访部门提出。"_s);
    // Meanwhile the applicant withdraws: the draft is refused, and nothing typed is lost.
    f.act(f.clerk, number, "withdraw", "2026-07-03");
    const qint64 before = f.writtenRows();
    draft.accept();
    CHECK(draft.result() != QDialog::Accepted);
    CHECK_FALSE(draft.messageLabel()->isHidden());
    CHECK_FALSE(draft.messageLabel()->text().isEmpty());
    CHECK(text->toPlainText() == u"您反映的问题属于信访事项，请向信访部门提出。");
    CHECK(chosen(type) == u"petition");
    CHECK(f.writtenRows() == before);
}

TEST_CASE("an extension decision is greyed out until one is asked for, saying so", "[ui][workflow][offered]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    ui::CaseView view(*f.database, f.chief);
    view.setCase(number);
    QAction* approve = view.findChild<QAction*>(u"action_approve_extension"_s);
    REQUIRE(approve);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(u"waiting for a decision"));
    f.act(f.clerk, number, "extend", "2026-07-20", test::params({ { "days", 20 }, { "reason", u"需调档"_s } }));
    view.reload();
    approve = view.findChild<QAction*>(u"action_approve_extension"_s);
    REQUIRE(approve);
    CHECK(approve->isEnabled());
}
