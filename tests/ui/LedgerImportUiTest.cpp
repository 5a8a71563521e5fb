// 导入台账 in the desktop: the preview shows the ledger's rows with the bad ones marked and
// every problem by row and column; nothing can be imported while a row is bad unless the
// clerk chooses to set those rows aside; the import then makes the cases (issue 8).
#include "LedgerFixture.h"
#include "ModalDialogs.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"

#include "exchange/LedgerImportDialog.h"
#include "i18n/Translations.h"
#include "settings/SettingsView.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

TEST_CASE("the import dialog previews the ledger, names the problems and imports the valid rows", "[ui][import]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    QStringList lines = test::ledgerCsv(30).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QStringList cells = lines[5].split(u',');
    cells[8].clear(); // row 6: no request
    lines[5] = cells.join(u',');
    const QString path = f.dir.filePath(u"台账.csv"_s);
    test::writeBytes(path, lines.join(u"\r\n"_s).toUtf8());

    ui::LedgerImportDialog dialog(*f.database, f.clerk);
    dialog.setFile(path);
    CHECK(dialog.preview()->rowCount() == 30);
    CHECK(dialog.preview()->columnCount() == 14);
    CHECK(dialog.preview()->verticalHeaderItem(0)->text() == u"2");
    CHECK(dialog.preview()->item(4, 8)->toolTip().contains(u"row 6"_s));
    CHECK(dialog.preview()->item(3, 8)->toolTip().isEmpty());
    REQUIRE(dialog.problems()->count() == 1);
    CHECK(dialog.problems()->item(0)->text().startsWith(u"row 6, column 申请内容"_s));
    CHECK(dialog.summary()->text().contains(u"29"_s));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(f.repository->count() == 0);

    dialog.skipInvalid()->setChecked(true);
    REQUIRE(dialog.importButton()->isEnabled());
    const QString message = test::messageFrom([&] { dialog.importButton()->click(); });
    CHECK(message.contains(u"29"_s));
    CHECK(f.repository->count() == 29);
    REQUIRE(dialog.result());
    CHECK(dialog.result()->rejectedFile == f.dir.filePath(u"台账.rejected.csv"_s));

    // Read again, the same ledger has nothing new.
    ui::LedgerImportDialog again(*f.database, f.clerk);
    again.setFile(path);
    CHECK(again.summary()->text().contains(u"29"_s));
    CHECK_FALSE(again.importButton()->isEnabled());
}

TEST_CASE("a file that is no ledger is explained in the dialog", "[ui][import]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const QString path = f.dir.filePath(u"notes.csv"_s);
    test::writeBytes(path, "just,some,words\r\n1,2,3\r\n");
    ui::LedgerImportDialog dialog(*f.database, f.clerk);
    dialog.setFile(path);
    CHECK(dialog.summary()->text().contains(u"收到日期"_s));
    CHECK_FALSE(dialog.importButton()->isEnabled());
}

TEST_CASE("screenshot of the import dialog in Chinese, and the backup settings", "[ui][import][screenshot]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance()); // zh_CN, as users see it
    test::WorkflowFixture f;
    QStringList lines = test::ledgerCsv(40).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QStringList cells = lines[3].split(u',');
    cells[1] = u"2024-02-30"_s;
    lines[3] = cells.join(u',');
    const QString path = f.dir.filePath(u"某县政府信息公开申请台账.csv"_s);
    test::writeBytes(path, lines.join(u"\r\n"_s).toUtf8());
    ui::LedgerImportDialog dialog(*f.database, f.clerk);
    dialog.setFile(path);
    dialog.resize(1000, 620);
    dialog.show();
    QCoreApplication::processEvents();
    CHECK(dialog.width() <= 1366);
    CHECK(dialog.height() <= 768);
    QDir().mkpath(u"screenshots"_s);
    REQUIRE(dialog.grab().save(u"screenshots/ledger-import.png"_s));
    CHECK(dialog.problems()->item(0)->text().startsWith(u"第 4 行，“收到日期”列"_s));

    ui::SettingsView settings(*f.database, f.admin);
    auto* keep = settings.findChild<QSpinBox*>(u"backupKeep"_s);
    REQUIRE(keep);
    CHECK(keep->value() >= 0);
    settings.resize(1366, 768);
    settings.show();
    QCoreApplication::processEvents();
    REQUIRE(settings.grab().save(u"screenshots/settings-backup.png"_s));
}
