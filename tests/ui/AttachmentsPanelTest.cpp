// The case view's attachments: a clerk attaches a scan, sees it listed with its SHA-256,
// opens a checked copy; a changed stored file is refused with a message; a reviewer has
// no button to attach.
#include "TestRegister.h"
#include "ModalDialogs.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "Sha256.h"
#include "attachments/AttachmentStore.h"
#include "cases/AttachmentsPanel.h"
#include "cases/CaseView.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

using test::messageFrom;

TEST_CASE("case view: attach a scan, open a checked copy, a changed file is refused", "[ui][attachments]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString number = f.newCase("2026-11-02");
    ui::CaseView view(*f.database, f.clerk);
    view.setCase(number);
    ui::AttachmentsPanel* panel = view.attachments();
    REQUIRE_FALSE(panel->findChild<QPushButton*>(u"addAttachment"_s)->isHidden());
    CHECK(panel->count() == 0);

    const QString scan = f.dir.filePath(u"申请表.pdf"_s);
    const QByteArray bytes = "%PDF-1.4 scanned application form";
    test::writeBytes(scan, bytes);
    REQUIRE(panel->addFile(scan, AttachmentKind::Application));
    CHECK(panel->count() == 1);
    const QTreeWidgetItem* row = panel->list()->topLevelItem(0);
    REQUIRE(row);
    CHECK(row->text(0) == u"申请表.pdf"_s);
    CHECK(row->text(5) == sha256Hex(bytes));
    auto* tabs = view.findChild<QTabWidget*>();
    REQUIRE(tabs);
    CHECK(tabs->tabText(tabs->indexOf(panel)).contains(u"1"_s));

    const QString copy = panel->checkedCopy(0);
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(test::readBytes(copy) == bytes);

    // A refusal is said in a message, and the list stays as it was.
    const QString refusal
        = messageFrom([&] { CHECK_FALSE(panel->addFile(f.dir.filePath(u"missing.pdf"_s), AttachmentKind::Reply)); });
    CHECK(refusal.contains(u"missing.pdf"_s));
    CHECK(panel->count() == 1);

    test::tamperStoredAttachment(
        f.location, AttachmentStore(*f.database).list(1).value(0).sha256, QByteArray("%PDF-1.4 something else"));
    QString copied = u"not called"_s;
    const QString warning = messageFrom([&] { copied = panel->checkedCopy(0); });
    CHECK(copied.isEmpty());
    CHECK(warning.contains(u"申请表.pdf"_s));

    ui::CaseView reviewerView(*f.database, f.reviewer);
    reviewerView.setCase(number);
    CHECK(reviewerView.attachments()->findChild<QPushButton*>(u"addAttachment"_s)->isHidden());
    CHECK(reviewerView.attachments()->count() == 1);
}
