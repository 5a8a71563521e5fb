#include "HelpMenu.h"

#include "SealedSecret.h"
#include "attachments/AttachmentBytes.h"
#include "storage/RegisterLocation.h"
#include "exchange/AutomaticBackup.h"
#include "log/LogFile.h"
#include "storage/Database.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    // The menu text without its mnemonic marker and trailing ellipsis: "登记新申请".
    QString plainText(QString text)
    {
        text.remove(QRegularExpression(u"\\(&.\\)"_s));
        text.remove(u'&');
        while (text.endsWith(u'…') || text.endsWith(u'.'))
            text.chop(1);
        return text.trimmed();
    }

    void collectShortcuts(const QMenu* menu, const QString& path, QStringList& lines)
    {
        for (const QAction* action : menu->actions()) {
            if (action->menu()) {
                collectShortcuts(action->menu(), path + plainText(action->text()) + u" ▸ "_s, lines);
                continue;
            }
            if (action->isSeparator() || action->shortcut().isEmpty())
                continue;
            lines << path + plainText(action->text()) + u'\t' + action->shortcut().toString(QKeySequence::NativeText);
        }
    }
} // namespace

HelpMenu::HelpMenu(QMainWindow& window, const Database& database)
    : QObject(&window)
    , m_window(window)
    , m_database(database)
    , m_menu(window.menuBar()->addMenu(tr("&Help")))
{
    m_menu->setObjectName(u"helpMenu"_s);
    QAction* guide
        = m_menu->addAction(tr("&User guide"), this, [this] { showText(tr("User guide"), guideMarkdown(), true); });
    guide->setShortcut(QKeySequence::HelpContents);
    m_menu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QString text = u"| %1 | %2 |\n| --- | --- |\n"_s.arg(tr("Command"), tr("Keys"));
        for (const QString& line : shortcutLines()) {
            const QStringList parts = line.split(u'\t');
            text += u"| %1 | %2 |\n"_s.arg(parts.value(0), parts.value(1));
        }
        text += u"\n"_s
            + tr("In every list: Up and Down move the selection, Enter opens the case; Tab moves between fields.");
        showText(tr("Keyboard shortcuts"), text, true);
    });
    m_menu->addAction(tr("&Where the data lives"), this, [this] {
        QString text;
        for (const QString& line : dataPlaceLines())
            text += u"- "_s + line + u'\n';
        text += u"\n"_s
            + tr("A backup (文件 ▸ 立即备份) holds the register and its attachments together; keep a copy off this "
                 "computer.");
        showText(tr("Where the data lives"), text, true);
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&About OGI Desk"), this, [this] { showText(tr("About OGI Desk"), aboutText(), false); });
}

QStringList HelpMenu::shortcutLines() const
{
    QStringList lines;
    for (const QAction* top : m_window.menuBar()->actions())
        if (top->menu())
            collectShortcuts(top->menu(), plainText(top->text()) + u" ▸ "_s, lines);
    return lines;
}

QStringList HelpMenu::dataPlaceLines() const
{
    const bool onServer = m_database.engine() == StorageEngine::Postgresql;
    const QString db = onServer ? RegisterLocation::parse(m_database.path()).display()
                                : QFileInfo(m_database.path()).absoluteFilePath();
    const AutomaticBackupSettings backup = automaticBackupSettings(m_database);
    return {
        tr("This register: %1").arg(db),
        tr("Attached files: %1").arg(AttachmentBytes(m_database).place()),
        onServer        ? tr("Automatic backups: none from this desk; a server register is backed up on the server")
            : backup.keep > 0 ? tr("Automatic backups: %1 (the newest %2 kept)").arg(backup.folder).arg(backup.keep)
                              : tr("Automatic backups: off"),
        tr("Log file: %1").arg(log::defaultLogPath()),
        tr("Settings of this computer: %1").arg(QSettings().fileName()),
        tr("Key of the mail password: %1").arg(secretKeyPath()),
    };
}

QString HelpMenu::guideMarkdown()
{
    QFile file(u":/guide/README.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is not in this build; it is README.md in the source.");
    return QString::fromUtf8(file.readAll());
}

QString HelpMenu::aboutText()
{
    return tr("OGI Desk %1 — register of applications for government information under the Regulations on Open "
              "Government Information (2019).\nQt %2.")
        .arg(QStringLiteral(OGI_VERSION), QString::fromLatin1(qVersion()));
}

void HelpMenu::showText(const QString& title, const QString& text, bool markdown) const
{
    auto* dialog = new QDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(u"helpText"_s);
    browser->setOpenExternalLinks(true);
    if (markdown)
        browser->setMarkdown(text);
    else
        browser->setPlainText(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 640); // fits 1366×768
    dialog->show();
}

} // namespace ogi::ui
