#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

class AttachmentsPanel;
class NoticesPanel;

// One case: who asked for what, the timeline with each step's facts, the deadline and how
// it was reached, the notices issued, the attached files, and a button for exactly the actions the signed-in user may
// take now. Shown in the case dialog and beside the draft in the sign-off queue.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    // Shows `caseNumber` (empty: nothing).
    void setCase(const QString& caseNumber);
    const QString& caseNumber() const { return m_caseNumber; }
    // The row of action buttons, for a container to add its own buttons beside them.
    QHBoxLayout* buttonRow() const { return m_bottom; }

    // The button of `action` ("sign_off"), nullptr when the user may not take it now.
    QPushButton* actionButton(const QString& action) const;
    QTreeWidget* timeline() const { return m_timeline; }
    QPlainTextEdit* deadlineText() const { return m_deadline; }
    AttachmentsPanel* attachments() const { return m_attachments; }
    NoticesPanel* notices() const { return m_notices; }

public Q_SLOTS:
    // Reads the case again (after an action).
    void reload();

Q_SIGNALS:
    // An action was recorded: lists showing the case should refresh.
    void caseChanged(const QString& caseNumber);
    // `action` ("sign_off") was recorded on `caseNumber` (just before caseChanged).
    void actionTaken(const QString& caseNumber, const QString& action);

private:
    // Reads the case again; `panels`: the notices and attachments panels too (not when one
    // of them changed the case itself and keeps its own selection).
    void showCase(bool panels);
    void runAction(const QString& action);

    const Database& m_database;
    UserAccount m_user;
    QString m_caseNumber;
    QLabel* m_header;
    QTreeWidget* m_timeline;
    QPlainTextEdit* m_deadline;
    AttachmentsPanel* m_attachments;
    NoticesPanel* m_notices;
    QTabWidget* m_tabs;
    QHBoxLayout* m_actions;
    QHBoxLayout* m_bottom;
    QList<QPushButton*> m_buttons;
};

} // namespace ogi::ui
