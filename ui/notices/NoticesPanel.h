#pragma once

#include "notices/IssuedNotice.h"
#include "users/UserAccount.h"

#include <QList>
#include <QWidget>

class QMenu;
class QPushButton;
class QTreeWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The notices of one case: issue one (its types offered when the case is ready for them),
// preview and print, save as PDF, void with a reason, print the envelope or the 送达回证 of
// the selected notice, send the reply by email. Each notice is
// shown as issued; one whose stored text no longer matches its SHA-256 is marked and
// refused for printing.
class NoticesPanel : public QWidget
{
    Q_OBJECT
public:
    NoticesPanel(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    // Shows the notices of case `caseId` (`caseNumber` for messages); 0: none.
    void setCase(qint64 caseId, const QString& caseNumber);
    const QList<IssuedNotice>& notices() const { return m_notices; }
    QTreeWidget* list() const { return m_list; }
    // The menu of notice types; an action per type ("issue_receipt"), disabled with the
    // reason as tooltip while the case is not ready for it.
    QMenu* issueMenu() const { return m_issueMenu; }

    // Writes notice `row` as PDF to `path`; a refusal is shown in a message box.
    bool savePdf(int row, const QString& path);
    // Voids notice `row` with `reason`; a refusal is shown. True when voided.
    bool voidNotice(int row, const QString& reason);
    // 邮件送达: sends the case's reply notice by email as PDF and records the delivery
    // (EmailDelivery); the result or the reason it failed is shown in a message box. True
    // when delivered. The button is enabled only when EmailDelivery::problem has none, and
    // its tooltip says why not.
    bool deliverByEmail();
    QPushButton* emailButton() const { return m_email; }
    // The 送达回证 (proof of service) of notice `row` as HTML; a refusal (voided, changed) is
    // shown in a message box and gives an empty string. The button previews and prints it.
    QString serviceProof(int row);
    QPushButton* serviceProofButton() const { return m_serviceProof; }

Q_SIGNALS:
    // A notice was issued or voided (for the tab's title and the case's lists).
    void countChanged(int count);
    // A notice was issued or voided, or the reply delivered by email: the case's timeline
    // (and perhaps its state) changed.
    void caseChanged();

private:
    void reload();
    void updateIssueMenu();
    void issue(const QString& typeCode);
    int currentRow() const;
    // The notice at `row` if it may be printed; else a message and nullptr.
    const IssuedNotice* printable(int row);
    void previewSelected();
    void saveSelected();
    void voidSelected();
    void printEnvelope();
    void printServiceProof();
    void updateEmailButton();

    const Database& m_database;
    UserAccount m_user;
    qint64 m_caseId = 0;
    QString m_caseNumber;
    QList<IssuedNotice> m_notices;
    QTreeWidget* m_list;
    QPushButton* m_issue;
    QMenu* m_issueMenu;
    QPushButton* m_preview;
    QPushButton* m_pdf;
    QPushButton* m_void;
    QPushButton* m_envelope;
    QPushButton* m_serviceProof;
    QPushButton* m_email;
};

} // namespace ogi::ui
