#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace ogi {
class Database;
}

namespace ogi::ui {

class CaseView;
class RegisterView;

// 待签发: the chief's queue. The cases awaiting sign-off, most urgent first; the selected
// one's draft reply, and the reply notice as it will print, beside the case itself, with
// the sign-off and return buttons. The panes show the selected row of what the list shows,
// or nothing and why: never a case the search hides. After either act, the next case in
// the queue is shown without leaving it.
class SignOffQueueView : public QWidget
{
    Q_OBJECT

public:
    SignOffQueueView(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    RegisterView* queue() const { return m_queue; }
    CaseView* caseView() const { return m_case; }
    QPlainTextEdit* draftText() const { return m_draft; }
    QLabel* draftTitle() const { return m_draftTitle; }
    // The reply notice the draft gives, rendered as it will print (not numbered, not stored).
    QTextBrowser* noticePreview() const { return m_notice; }
    QTabWidget* draftTabs() const { return m_tabs; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A case was signed off or returned: other lists should refresh.
    void caseChanged(const QString& caseNumber);
    // What was done to which case, for the status bar.
    void reported(const QString& message);

private:
    void showCurrent();
    void showNothing();
    void report(const QString& caseNumber, const QString& action);

    const Database& m_database;
    RegisterView* m_queue;
    QLabel* m_draftTitle;
    QPlainTextEdit* m_draft;
    QTextBrowser* m_notice;
    QTabWidget* m_tabs;
    CaseView* m_case;
};

} // namespace ogi::ui
