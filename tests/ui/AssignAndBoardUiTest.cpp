// 分办 from lists of the office's users, and the deadline board's 经办人 and 下一步 (issue 17
// items 6 and 9): the assign dialog lists the clerks and the departments in use, resolves a
// display name typed, refuses an unknown one beside the field with whom it may mean; the board
// names the assigned clerk (or 未分办) and the step each case waits for.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "cases/ActionDialog.h"
#include "cases/ClerkBox.h"
#include "deadline/DeadlineBoardView.h"
#include "users/ClerkChoice.h"
#include "users/UserRepository.h"
#include "workflow/ActionSpec.h"
#include "workflow/NextStep.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

QStringList itemTexts(const QComboBox* box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

QString clerkOf(test::WorkflowFixture& f, const QString& number)
{
    return f.repository->find(number)->application.clerk;
}

QString departmentOf(test::WorkflowFixture& f, const QString& number)
{
    return f.repository->find(number)->application.department;
}

QString acceptedCase(test::WorkflowFixture& f)
{
    const QString n = f.newCase("2026-11-16");
    f.act(f.clerk, n, "accept", "2026-11-17");
    return n;
}

struct AssignDialog
{
    AssignDialog(test::WorkflowFixture& f, const QString& number)
        : dialog(*f.database, f.chief, number, *findActionSpec(u"assign"_s))
        , clerk(qobject_cast<ui::ClerkBox*>(dialog.field(u"clerk"_s)))
        , department(qobject_cast<QComboBox*>(dialog.field(u"department"_s)))
    {
        dialog.dateEdit()->setDate(QDate(2026, 11, 18));
        REQUIRE(clerk);
        REQUIRE(department);
    }
    ui::ActionDialog dialog;
    ui::ClerkBox* clerk;
    QComboBox* department;
};

} // namespace

TEST_CASE("assign dialog: the office's active clerks as name (login), the departments in use, and picking one "
          "assigns",
    "[ui][workflow][assign]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    f.assignedCase(); // wangfang in 政策法规科
    UserRepository users(*f.database);
    users.setActive(f.admin, u"liqiang"_s, false);
    const QString number = acceptedCase(f);

    AssignDialog a(f, number);
    // Active clerks only: not liqiang (disabled), nor the reviewer, chiefs or administrator.
    CHECK(itemTexts(a.clerk)
        == QStringList({ userChoiceText(*users.find(u"solo"_s)), userChoiceText(*users.find(u"wangfang"_s)) }));
    CHECK(userChoiceText(*users.find(u"wangfang"_s)).contains(u"王芳"));
    CHECK(userChoiceText(*users.find(u"wangfang"_s)).contains(u"wangfang"));
    CHECK(a.clerk->currentText().isEmpty()); // nobody chosen by default
    CHECK(itemTexts(a.department) == QStringList({ u"政策法规科"_s }));

    // Picking wangfang starts the department where her newest case went.
    a.clerk->setCurrentIndex(a.clerk->findData(u"wangfang"_s));
    CHECK(a.department->currentText() == u"政策法规科");
    // A department typed stays when another clerk is picked; a new one may be typed.
    a.department->setEditText(u"办公室"_s);
    a.clerk->setCurrentIndex(a.clerk->findData(u"solo"_s));
    CHECK(a.department->currentText() == u"办公室");
    a.dialog.accept();
    REQUIRE(a.dialog.result() == QDialog::Accepted);
    CHECK(f.stateOf(number) == CaseState::InReview);
    CHECK(clerkOf(f, number) == u"solo");
    CHECK(departmentOf(f, number) == u"办公室");
}

TEST_CASE("assign dialog: the clerk and department chosen are shown whole, not cut", "[ui][workflow][assign]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f; // no case assigned yet: the department is typed, not picked
    const QString number = acceptedCase(f);
    AssignDialog a(f, number);
    a.dialog.show(); // at its own size, as it opens
    QCoreApplication::processEvents();
    a.department->setEditText(u"政策法规科"_s);
    a.clerk->setCurrentIndex(a.clerk->findData(u"wangfang"_s));
    for (QComboBox* box : { static_cast<QComboBox*>(a.clerk), a.department }) {
        INFO(box->currentText().toStdString());
        REQUIRE_FALSE(box->currentText().isEmpty());
        const QLineEdit* edit = box->lineEdit();
        CHECK(edit->fontMetrics().horizontalAdvance(box->currentText()) <= edit->contentsRect().width() - 4);
    }
}

TEST_CASE("assign dialog: a display name typed is resolved, one that names nobody is refused beside the field with "
          "whom it may mean",
    "[ui][workflow][assign]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = acceptedCase(f);
    {
        AssignDialog a(f, number);
        a.department->setEditText(u"政策法规科"_s);
        a.clerk->setEditText(u"王方"_s); // a homophone typed for 王芳
        const qint64 before = f.writtenRows();
        a.dialog.accept();
        CHECK(a.dialog.result() != QDialog::Accepted);
        CHECK(f.writtenRows() == before);
        QLabel* issue = a.dialog.issueLabel(u"clerk"_s);
        CHECK_FALSE(issue->isHidden());
        CHECK(issue->text().contains(u"王方"));
        CHECK(issue->text().contains(u"wangfang"));
        CHECK(issue->text().contains(u"王芳"));

        // The name as people know it: 王芳 is wangfang, the only clerk so called.
        a.clerk->setEditText(u"王芳"_s);
        a.dialog.accept();
        REQUIRE(a.dialog.result() == QDialog::Accepted);
    }
    CHECK(clerkOf(f, number) == u"wangfang");
    CHECK(departmentOf(f, number) == u"政策法规科");
}

TEST_CASE(
    "assign: the workflow refuses a display name for a login and names the clerk it may mean", "[workflow][assign]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = acceptedCase(f);
    try {
        f.act(f.chief, number, "assign", "2026-11-18",
            test::params({ { "department", u"办公室"_s }, { "clerk", u"王芳"_s } }));
        FAIL("assigned to a display name");
    } catch (const Error& error) {
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues().front().field == u"clerk");
        CHECK(error.message().contains(u"\"王芳\""));
        CHECK(error.message().contains(u"wangfang"));
    }
    CHECK(f.stateOf(number) == CaseState::Accepted);
}

TEST_CASE("deadline board: the assigned clerk or unassigned, and the step each case waits for", "[ui][deadline]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString registered = f.newCase("2026-11-18");
    const QString accepted = acceptedCase(f);
    const QString assigned = f.newCase("2026-11-02");
    f.act(f.clerk, assigned, "accept", "2026-11-03");
    f.act(f.chief, assigned, "assign", "2026-11-03",
        test::params({ { "department", u"政策法规科"_s }, { "clerk", u"wangfang"_s } }));
    f.act(f.clerk, assigned, "draft", "2026-11-03", test::params({ { "reply_type", u"petition"_s } }));
    f.act(f.clerk, assigned, "submit", "2026-11-04");
    f.act(f.chief, assigned, "sign_off", "2026-11-05");

    ui::DeadlineBoardView board(*f.database);
    board.refresh();
    QTableWidget* table = board.table();
    CHECK(
        table->horizontalHeaderItem(ui::DeadlineBoardView::ClerkColumn)->text() == ui::DeadlineBoardView::tr("Clerk"));
    CHECK(table->horizontalHeaderItem(ui::DeadlineBoardView::NextStepColumn)->text()
        == ui::DeadlineBoardView::tr("Next step"));
    const auto cell = [&](const QString& number, int column) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, ui::DeadlineBoardView::CaseNumberColumn)->text() == number)
                return table->item(row, column)->text();
        FAIL("not on the board: " << number.toStdString());
        return QString();
    };
    const QString unassigned = ui::DeadlineBoardView::tr("Unassigned");
    CHECK(cell(registered, ui::DeadlineBoardView::ClerkColumn) == unassigned);
    CHECK(cell(registered, ui::DeadlineBoardView::NextStepColumn)
        == QCoreApplication::translate("ogi::NextStep", "To accept"));
    CHECK(cell(accepted, ui::DeadlineBoardView::ClerkColumn) == unassigned);
    CHECK(cell(accepted, ui::DeadlineBoardView::NextStepColumn)
        == QCoreApplication::translate("ogi::NextStep", "To assign"));
    CHECK(cell(assigned, ui::DeadlineBoardView::ClerkColumn) == u"王芳");
    // Signed off, the reply notice not issued yet: that comes before delivery.
    CHECK(cell(assigned, ui::DeadlineBoardView::NextStepColumn)
        == QCoreApplication::translate("ogi::NextStep", "To issue the reply notice"));
    f.issueReply(assigned, "2026-11-06");
    board.refresh();
    CHECK(cell(assigned, ui::DeadlineBoardView::NextStepColumn)
        == QCoreApplication::translate("ogi::NextStep", "To deliver"));
}
