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
#include <QComboBox>
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

TEST_CASE("the import dialog marks rows identical in every cell and lets the clerk choose", "[ui][import]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    // No 编号 column; row 4 repeats row 2 in every cell. Row 3 differs from row 2 only in its
    // reply: the same applicant asking twice, two applications.
    QStringList lines;
    for (const QString& line : test::ledgerCsv(2).split(u"\r\n"_s, Qt::SkipEmptyParts))
        lines << line.mid(line.indexOf(u',') + 1);
    QStringList second = lines.at(1).split(u',');
    second[9] = u"2021-01-29"_s; // 答复日期
    lines[2] = second.join(u',');
    lines << lines.at(1);
    const QString path = f.dir.filePath(u"台账.csv"_s);
    test::writeBytes(path, lines.join(u"\r\n"_s).toUtf8());

    ui::LedgerImportDialog dialog(*f.database, f.clerk);
    dialog.setFile(path);
    REQUIRE(dialog.preview()->rowCount() == 3);
    CHECK(dialog.preview()->item(2, 0)->toolTip().contains(u"the same as row 2"_s));
    CHECK(dialog.preview()->item(1, 0)->toolTip().isEmpty());
    REQUIRE(dialog.problems()->count() == 1);
    CHECK(dialog.problems()->item(0)->text().startsWith(u"row 4: the same as row 2 in every cell"_s));
    QComboBox* copies = dialog.copies();
    CHECK(copies->isVisibleTo(&dialog));
    CHECK(copies->currentData().toString() == u"skip");
    CHECK(dialog.summary()->text().contains(u"2 row(s) can be imported"_s));
    copies->setCurrentIndex(copies->findData(u"import"_s));
    CHECK(dialog.summary()->text().contains(u"3 row(s) can be imported"_s));
    copies->setCurrentIndex(copies->findData(u"skip"_s));
    REQUIRE(dialog.importButton()->isEnabled());
    const QString message = test::messageFrom([&] { dialog.importButton()->click(); });
    CHECK(message.contains(u"Imported 2 case(s)"_s));
    CHECK(message.contains(u"1 probable copy(ies) left out"_s));
    CHECK(f.repository->count() == 2);

    // Opened again, the clerk imports the copy after all: it alone comes in.
    ui::LedgerImportDialog again(*f.database, f.clerk);
    again.setFile(path);
    CHECK_FALSE(again.importButton()->isEnabled()); // left out again by default: nothing to do
    again.copies()->setCurrentIndex(again.copies()->findData(u"import"_s));
    REQUIRE(again.importButton()->isEnabled());
    test::messageFrom([&] { again.importButton()->click(); });
    CHECK(f.repository->count() == 3);

    // Without copies there is no choice to make.
    ui::LedgerImportDialog plain(*f.database, f.clerk);
    const QString unique = f.dir.filePath(u"unique.csv"_s);
    test::writeBytes(unique, test::ledgerCsv(3).toUtf8());
    plain.setFile(unique);
    CHECK_FALSE(plain.copies()->isVisibleTo(&plain));
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
