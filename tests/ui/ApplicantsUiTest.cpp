// Who applies and for what, on the desktop (issue 16 items 7, 15, 14): an incomplete
// application is saved with what it lacks shown, and the supplement starts from it.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "cases/ActionDialog.h"
#include "cases/CaseView.h"
#include "register/CaseListModel.h"
#include "register/RegistrationDialog.h"
#include "workflow/ActionSpec.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using E = ApplicationElement;

namespace {

QLineEdit* line(const ui::RegistrationDialog& dialog, const QString& name)
{
    auto* edit = qobject_cast<QLineEdit*>(dialog.field(name));
    REQUIRE(edit);
    return edit;
}

} // namespace

TEST_CASE("an application without ID number and form is saved, the dialog saying what will be asked for",
    "[ui][register][elements]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    line(dialog, u"applicants[0].name"_s)->insert(u"张三"_s);
    line(dialog, u"applicants[0].phone"_s)->insert(u"13812345678"_s);
    line(dialog, u"applicants[0].address"_s)->insert(u"长沙市岳麓区麓山南路1号"_s);
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))->setPlainText(u"申请公开2025年岳麓街道低保名单"_s);
    auto* form = qobject_cast<QComboBox*>(dialog.field(u"requested_form"_s));
    REQUIRE(form);
    form->setCurrentIndex(form->findData(QString()));
    CHECK(form->currentText() == u"not stated");

    CHECK_FALSE(dialog.missingLabel()->isHidden());
    CHECK(dialog.missingLabel()->text().contains(u"proof of identity"));
    CHECK(dialog.missingLabel()->text().contains(u"form of the information"));
    CHECK_FALSE(dialog.missingLabel()->text().contains(u"way to reach"));

    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::optional<CaseRecord> record = f.repository->find(dialog.caseNumber());
    REQUIRE(record);
    CHECK(record->missing == QList<MissingElement> { { E::IdentityProof, 0 }, { E::FormAndWay, -1 } });

    // The register list and the case view say what it lacks; the supplement starts from it.
    ui::MainWindow window(*f.database, f.clerk);
    REQUIRE(window.selectCase(record->caseNumber));
    ui::CaseListModel* model = window.caseModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->caseNumberAt(r) == record->caseNumber)
            row = r;
    REQUIRE(row >= 0);
    const QModelIndex state = model->index(row, static_cast<int>(CaseListColumn::State));
    CHECK(state.data().toString() == u"Registered · missing identity, form and way of receiving");
    CHECK(state.data(Qt::ToolTipRole).toString().contains(u"Art. 30"));

    ui::CaseView view(*f.database, f.clerk);
    view.setCase(record->caseNumber);
    const QLabel* header = view.findChild<QLabel*>();
    REQUIRE(header);
    CHECK(header->text().contains(u"Missing from the application (Art. 29)"));
    CHECK(header->text().contains(u"ask for a supplement"));

    ui::ActionDialog supplement(*f.database, f.clerk, record->caseNumber, *findActionSpec(u"request_supplement"_s));
    auto* items = qobject_cast<QPlainTextEdit*>(supplement.field(u"items"_s));
    REQUIRE(items);
    CHECK(items->toPlainText() == u"申请人的身份证明；申请公开的政府信息的形式要求，包括获取信息的方式、途径");
}

TEST_CASE("an application that names nobody who can be answered is still refused in the dialog",
    "[ui][register][elements]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))->setPlainText(u"申请公开某文件"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.issueLabel(u"applicants[0].name"_s)->isHidden());
    CHECK(f.repository->count() == 0);
}
