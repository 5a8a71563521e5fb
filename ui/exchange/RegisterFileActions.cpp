#include "RegisterFileActions.h"

#include "Error.h"
#include "backup/RegisterBackup.h"
#include "exchange/AutomaticBackup.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImportDialog.h"
#include "progress/WorkProgressDialog.h"
#include "storage/Database.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace ogi::ui {

RegisterFileActions::RegisterFileActions(const Database& database, const UserAccount& user,
    std::function<CaseListFilter()> shownFilter, std::function<void()> changed, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_user(user)
    , m_shownFilter(std::move(shownFilter))
    , m_changed(std::move(changed))
    , m_window(window)
{
}

void RegisterFileActions::addTo(QMenu* menu)
{
    if (m_user.holds(Role::Clerk) || m_user.holds(Role::Administrator))
        menu->addAction(tr("&Import a ledger…"), this, &RegisterFileActions::importLedger);
    menu->addAction(tr("&Export the cases shown…"), this, [this] { exportLedger(false); });
    if (m_user.holds(Role::Chief) || m_user.holds(Role::Administrator))
        menu->addAction(tr("Export the cases shown with &whole ID numbers…"), this, [this] { exportLedger(true); });
    menu->addAction(tr("&Back up now…"), this, &RegisterFileActions::backUpNow);
}

void RegisterFileActions::importLedger()
{
    LedgerImportDialog dialog(m_database, m_user, m_window);
    if (dialog.exec() == QDialog::Accepted && m_changed)
        m_changed();
}

void RegisterFileActions::exportLedger(bool wholeIdNumbers)
{
    const QString suggested = QDir::home().filePath(tr("ledger-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the cases shown"), suggested, tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".xlsx"_s;
    LedgerExportOptions options;
    options.filter = m_shownFilter();
    options.unmasked = wholeIdNumbers;
    try {
        QStringList shortened;
        const qint64 count = ogi::exportLedger(m_database, path, options, &m_user, &shortened);
        QMessageBox::information(m_window, tr("Export"),
            tr("%n case(s) written to %1.", nullptr, int(count)).arg(QDir::toNativeSeparators(path))
                + (wholeIdNumbers ? u"\n"_s + tr("ID numbers are whole; the export is recorded in the audit log.")
                                  : QString())
                + (shortened.isEmpty()
                        ? QString()
                        : u"\n"_s
                            + tr("%n cell(s) longer than an Excel cell holds (32,767 characters) were cut, each "
                                 "ending in a mark saying so: %1. Export as CSV to keep the whole text.",
                                nullptr, int(shortened.size()))
                                  .arg(shortened.join(u", "_s))));
    } catch (const Error& error) {
        QMessageBox::warning(m_window, tr("Export"), error.message());
    }
}

void RegisterFileActions::backUpNow()
{
    const QString folder = automaticBackupSettings(m_database).folder;
    QDir().mkpath(folder);
    const QString suggested = QDir(folder).filePath(u"%1-%2.zip"_s.arg(QFileInfo(m_database.path()).completeBaseName(),
        QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Back up the register"), suggested, tr("Backup (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".zip"_s, Qt::CaseInsensitive))
        path += u".zip"_s;
    try {
        WorkProgressDialog progress(tr("Backing up the register…"), m_window);
        const BackupSummary summary = writeBackup(m_database, path, &progress);
        QMessageBox::information(m_window, tr("Backup"),
            tr("The register and %n attached file(s) are backed up in %1.", nullptr, int(summary.files))
                .arg(QDir::toNativeSeparators(path)));
    } catch (const Error& error) {
        if (error.code() != ErrorCode::Cancelled)
            QMessageBox::warning(m_window, tr("Backup"), error.message());
    }
}

} // namespace ogi::ui
