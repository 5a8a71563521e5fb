#include "AttachmentsPanel.h"

#include "Error.h"
#include "attachments/AttachmentStore.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    // Hashing and copying a large scan takes a moment; the cursor says so.
    struct BusyCursor
    {
        BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
        ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    };
} // namespace

AttachmentsPanel::AttachmentsPanel(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Attach a file"), this))
    , m_open(new QPushButton(tr("Open"), this))
{
    m_list->setObjectName(u"attachmentList"_s);
    m_list->setHeaderLabels({ tr("File"), tr("Kind"), tr("Size"), tr("Added by"), tr("Added"), tr("SHA-256") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AttachmentsPanel::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_open->setEnabled(!m_list->selectedItems().isEmpty()); });

    m_add->setObjectName(u"addAttachment"_s);
    auto* kinds = new QMenu(m_add);
    for (const Term<AttachmentKind>& term : attachmentKinds()) {
        QAction* item = kinds->addAction(displayName(attachmentKinds(), term.value) + u"…"_s, this,
            [this, kind = term.value] { chooseAndAdd(kind); });
        item->setObjectName(u"attach_"_s + QLatin1String(term.code));
    }
    m_add->setMenu(kinds);
    m_add->setVisible(user.holds(Role::Clerk) || user.holds(Role::Chief));
    m_open->setObjectName(u"openAttachment"_s);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void AttachmentsPanel::setCase(qint64 caseId, const QString& caseNumber)
{
    m_caseId = caseId;
    m_caseNumber = caseNumber;
    reload();
}

void AttachmentsPanel::reload()
{
    m_list->clear();
    m_attachments.clear();
    if (m_caseId != 0) {
        try {
            m_attachments = AttachmentStore(m_database).list(m_caseId);
        } catch (const Error& error) {
            QMessageBox::warning(this, tr("Attachments"), error.message());
        }
    }
    for (const Attachment& a : m_attachments) {
        auto* item = new QTreeWidgetItem(
            { a.fileName, displayName(attachmentKinds(), a.kind), QLocale().formattedDataSize(a.size), a.addedBy,
                QLocale().toString(a.addedAt.toLocalTime(), QLocale::ShortFormat), a.sha256 });
        item->setToolTip(5, a.sha256);
        m_list->addTopLevelItem(item);
    }
    for (int column = 0; column < 5; ++column)
        m_list->resizeColumnToContents(column);
    m_add->setEnabled(m_caseId != 0);
    m_open->setEnabled(false);
    Q_EMIT countChanged(count());
}

bool AttachmentsPanel::addFile(const QString& path, AttachmentKind kind)
{
    try {
        const BusyCursor busy;
        AttachmentStore(m_database).add(m_caseNumber, path, kind, m_user);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("The file was not attached"), error.message());
        return false;
    }
    reload();
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    return true;
}

void AttachmentsPanel::chooseAndAdd(AttachmentKind kind)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
        tr("Attach to case %1: %2").arg(m_caseNumber, displayName(attachmentKinds(), kind)),
        settings.value(u"attachments/folder"_s).toString());
    if (path.isEmpty())
        return;
    settings.setValue(u"attachments/folder"_s, QFileInfo(path).absolutePath());
    addFile(path, kind);
}

QString AttachmentsPanel::checkedCopy(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return {};
    if (!m_copies)
        m_copies = std::make_unique<QTemporaryDir>();
    // One folder per attachment: two attachments may share a file name.
    const QString folder = m_copies->filePath(QString::number(m_attachments.at(row).id));
    try {
        const BusyCursor busy;
        if (!QDir().mkpath(folder))
            throw Error(ErrorCode::NotWritable, tr("Cannot create the folder %1.").arg(folder));
        return AttachmentStore(m_database).copyOut(m_attachments.at(row), folder);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("The attachment cannot be opened"), error.message());
        return {};
    }
}

void AttachmentsPanel::openSelected()
{
    const QString copy = checkedCopy(m_list->indexOfTopLevelItem(m_list->currentItem()));
    if (copy.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        QMessageBox::information(this, tr("Open"),
            tr("No program on this computer opens this kind of file. A checked copy is at %1.").arg(copy));
}

} // namespace ogi::ui
