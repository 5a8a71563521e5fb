// Who applies and for what, on the desktop (issue 16 items 7, 15, 14): an incomplete
// application is saved with what it lacks shown, and the supplement starts from it.
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "attachments/AttachmentStore.h"
#include "cases/ActionDialog.h"
#include "cases/CaseView.h"
#include "i18n/Translations.h"
#include "register/AgentForm.h"
#include "register/ApplicantForm.h"
#include "register/CaseListModel.h"
#include "register/RegistrationDialog.h"
#include "workflow/ActionSpec.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

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
    auto* days = qobject_cast<QLineEdit*>(supplement.field(u"days"_s));
    REQUIRE(days);
    CHECK(days->text() == u"10"); // the least period (Art. 30), not an empty field to guess at
}

TEST_CASE(
    "an application that names nobody who can be answered is still refused in the dialog", "[ui][register][elements]")
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

TEST_CASE("the dialog registers co-applicants with a representative and an agent with the 委托书, all by keyboard",
    "[ui][register][parties]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    dialog.show();
    line(dialog, u"applicants[0].name"_s)->insert(u"张三"_s);
    line(dialog, u"applicants[0].id_number"_s)->insert(u"11010519491231002X"_s);
    line(dialog, u"applicants[0].phone"_s)->insert(u"13812345678"_s);
    line(dialog, u"applicants[0].address"_s)->insert(u"长沙市岳麓区麓山南路1号"_s);
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))->setPlainText(u"申请公开2025年岳麓街道低保名单"_s);

    // A co-applicant comes with its own fields; it can be made the representative.
    CHECK_FALSE(dialog.field(u"applicants[1].name"_s));
    dialog.addApplicantButton()->click();
    QCoreApplication::processEvents(); // widgets added to a shown layout appear on the next turn
    REQUIRE(dialog.applicantCount() == 2);
    line(dialog, u"applicants[1].name"_s)->insert(u"李四"_s);
    line(dialog, u"applicants[1].phone"_s)->insert(u"13912345678"_s);
    REQUIRE(dialog.applicantForm(1)->representativeBox()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.applicantForm(0)->removeButton()->isVisibleTo(&dialog)); // the first one stays
    dialog.applicantForm(1)->representativeBox()->setChecked(true);

    // A third added and removed again leaves two; choosing it as representative unchooses the second.
    dialog.addApplicantButton()->click();
    QCoreApplication::processEvents();
    REQUIRE(dialog.applicantCount() == 3);
    dialog.applicantForm(2)->representativeBox()->setChecked(true);
    CHECK_FALSE(dialog.applicantForm(1)->representativeBox()->isChecked());
    dialog.applicantForm(2)->removeButton()->click();
    QCoreApplication::processEvents();
    CHECK(dialog.applicantCount() == 2);
    dialog.applicantForm(1)->representativeBox()->setChecked(true);

    // The agent: checked, named, with the 委托书; reached with Tab from the last co-applicant.
    ui::AgentForm* agent = dialog.agentForm();
    CHECK_FALSE(agent->isChecked());
    dialog.addApplicantButton()->setFocus();
    QTest::keyClick(dialog.addApplicantButton(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == agent);
    agent->setChecked(true);
    QTest::keyClick(agent, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.field(u"agent.name"_s));
    line(dialog, u"agent.name"_s)->insert(u"王律师"_s);
    line(dialog, u"agent.id_number"_s)->insert(u"110101199003074477"_s);
    const QString letter = f.dir.filePath(u"委托书.pdf"_s);
    test::writeBytes(letter, "%PDF-1.4 letter");
    agent->setAuthorisationFile(letter);

    dialog.accept();
    INFO(dialog.messageLabel()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::optional<CaseRecord> record = f.repository->find(dialog.caseNumber());
    REQUIRE(record);
    REQUIRE(record->application.applicants.size() == 2);
    CHECK(record->application.applicants[1].name == u"李四");
    CHECK(record->application.applicants[1].representative);
    REQUIRE(record->application.agent);
    CHECK(record->application.agent->name == u"王律师");
    const QList<Attachment> files = AttachmentStore(*f.database).list(record->id);
    REQUIRE(files.size() == 1);
    CHECK(files.front().kind == AttachmentKind::Authorisation);

    // The case view names them all, the agent's number masked.
    ui::CaseView view(*f.database, f.clerk);
    view.setCase(record->caseNumber);
    const QString header = view.findChild<QLabel*>()->text();
    CHECK(header.contains(u"Applicants: 张三、李四 (representative)"));
    CHECK(header.contains(u"Authorised agent: 王律师 110101********4477"));
}

TEST_CASE("a second representative or an agent without a name is shown beside its field, nothing registered",
    "[ui][register][parties]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    line(dialog, u"applicants[0].name"_s)->insert(u"张三"_s);
    line(dialog, u"applicants[0].phone"_s)->insert(u"13812345678"_s);
    dialog.agentForm()->setChecked(true);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.issueLabel(u"agent.name"_s)->isHidden());
    CHECK(f.repository->count() == 0);
}

TEST_CASE("a correction request is registered from the dialog with its evidence, and shown without a period",
    "[ui][register][correction]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    dialog.show();
    QComboBox* kind = dialog.caseKindBox();
    kind->setCurrentIndex(kind->findData(u"correction"_s));
    QCoreApplication::processEvents();
    CHECK(dialog.windowTitle() == u"Register a request to correct a record");
    CHECK(dialog.evidenceFile()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.field(u"requested_form"_s)->isVisibleTo(&dialog)); // no information is asked for
    line(dialog, u"applicants[0].name"_s)->insert(u"张三"_s);
    line(dialog, u"applicants[0].phone"_s)->insert(u"13812345678"_s);
    line(dialog, u"applicants[0].address"_s)->insert(u"长沙市岳麓区麓山南路1号"_s);
    CHECK(dialog.missingLabel()->isHidden()); // Art. 29 is an application's rule

    dialog.accept(); // the record to correct must be named
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.issueLabel(u"description"_s)->isHidden());
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))
        ->setPlainText(u"低保名单中本人出生日期有误，应为1949年12月31日"_s);
    const QString evidence = f.dir.filePath(u"户籍证明.pdf"_s);
    test::writeBytes(evidence, "%PDF-1.4 evidence");
    dialog.evidenceFile()->setText(evidence);
    dialog.accept();
    INFO(dialog.messageLabel()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::optional<CaseRecord> record = f.repository->find(dialog.caseNumber());
    REQUIRE(record);
    CHECK(record->application.kind == CaseKind::Correction);
    const QList<Attachment> files = AttachmentStore(*f.database).list(record->id);
    REQUIRE(files.size() == 1);
    CHECK(files.front().kind == AttachmentKind::Evidence);

    ui::MainWindow window(*f.database, f.clerk);
    ui::CaseListModel* model = window.caseModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->caseNumberAt(r) == record->caseNumber)
            row = r;
    REQUIRE(row >= 0);
    CHECK(model->index(row, static_cast<int>(CaseListColumn::ReplyDue)).data().toString() == u"no statutory period");
    CHECK(model->index(row, static_cast<int>(CaseListColumn::DaysLeft)).data().toString().isEmpty());
    CHECK(model->index(row, static_cast<int>(CaseListColumn::Outcome)).data().toString()
        == u"Request to correct a record (Art. 41)");

    ui::CaseView view(*f.database, f.clerk);
    view.setCase(record->caseNumber);
    CHECK(view.deadlineText()->toPlainText().startsWith(u"No statutory period"));
    CHECK(view.actionButton(u"verify"_s));
    CHECK_FALSE(view.actionButton(u"accept"_s));
    CHECK_FALSE(view.actionButton(u"request_supplement"_s));
}

TEST_CASE("screenshot of the registration dialog with a co-applicant, an agent and what is missing", "[ui][screenshot]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance()); // zh_CN, as users see it
    test::WorkflowFixture f;
    ui::RegistrationDialog dialog(*f.database, f.clerk);
    dialog.show();
    line(dialog, u"applicants[0].name"_s)->setText(u"张三"_s);
    line(dialog, u"applicants[0].phone"_s)->setText(u"13812345678"_s);
    line(dialog, u"applicants[0].address"_s)->setText(u"长沙市岳麓区麓山南路1号"_s);
    dialog.addApplicantButton()->click();
    QCoreApplication::processEvents();
    line(dialog, u"applicants[1].name"_s)->setText(u"李四"_s);
    line(dialog, u"applicants[1].phone"_s)->setText(u"13912345678"_s);
    dialog.applicantForm(1)->representativeBox()->setChecked(true);
    dialog.agentForm()->setChecked(true);
    line(dialog, u"agent.name"_s)->setText(u"王律师"_s);
    qobject_cast<QPlainTextEdit*>(dialog.field(u"description"_s))->setPlainText(u"申请公开2025年岳麓街道低保名单"_s);
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()));
    QCoreApplication::processEvents();
    CHECK(dialog.width() <= 1366);
    CHECK(dialog.height() <= 768);
    CHECK_FALSE(dialog.missingLabel()->isHidden());
    QDir().mkpath(u"screenshots"_s);
    REQUIRE(dialog.grab().save(u"screenshots/register-applicants.png"_s));
    WARN("screenshot: " << QDir::current().absoluteFilePath(u"screenshots/register-applicants.png"_s).toStdString());
    // The agent at the foot of the column.
    auto* column = dialog.findChild<QScrollArea*>();
    REQUIRE(column);
    column->ensureWidgetVisible(dialog.agentForm());
    QCoreApplication::processEvents();
    REQUIRE(dialog.grab().save(u"screenshots/register-agent.png"_s));
    // A correction request: its own description, the evidence, no form, nothing "missing".
    dialog.caseKindBox()->setCurrentIndex(dialog.caseKindBox()->findData(u"correction"_s));
    dialog.evidenceFile()->setText(u"/home/wangfang/户籍证明.pdf"_s);
    QCoreApplication::processEvents();
    CHECK(dialog.missingLabel()->isHidden());
    REQUIRE(dialog.grab().save(u"screenshots/register-correction.png"_s));
}
