#pragma once

#include "attachments/Attachment.h"
#include "users/UserAccount.h"

#include <QList>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QPushButton;
class QTreeWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The files attached to one case (scanned application, replies as sent, other papers):
// add one of a chosen kind, open a checked copy. The stored bytes are never handed to
// an editor: opening copies them out after checking their SHA-256.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    AttachmentsPanel(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    // Shows the attachments of case `caseId` (`caseNumber` for messages); 0: none.
    void setCase(qint64 caseId, const QString& caseNumber);
    int count() const { return int(m_attachments.size()); }
    QTreeWidget* list() const { return m_list; }

    // Attaches the file at `path`; a refusal is shown in a message box. True when stored.
    bool addFile(const QString& path, AttachmentKind kind);
    // Copies attachment `row` out (checked) and returns the copy's path; empty and a
    // message when the stored file is missing or changed.
    QString checkedCopy(int row);

Q_SIGNALS:
    // The number of attachments changed (for the tab's title).
    void countChanged(int count);

private:
    void chooseAndAdd(AttachmentKind kind);
    void openSelected();
    void reload();

    const Database& m_database;
    UserAccount m_user;
    qint64 m_caseId = 0;
    QString m_caseNumber;
    QList<Attachment> m_attachments;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    std::unique_ptr<QTemporaryDir> m_copies; // opened copies, removed when the window closes
};

} // namespace ogi::ui
