#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

class CaseView;
class RegisterView;

// 待签发: the chief's queue. The cases awaiting sign-off, most urgent first; the selected
// one's draft reply beside the case itself, with the sign-off and return buttons. After
// either, the next case in the queue is shown without leaving it.
class SignOffQueueView : public QWidget
{
    Q_OBJECT

public:
    SignOffQueueView(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    RegisterView* queue() const { return m_queue; }
    CaseView* caseView() const { return m_case; }
    QPlainTextEdit* draftText() const { return m_draft; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A case was signed off or returned: other lists should refresh.
    void caseChanged(const QString& caseNumber);

private:
    void showCurrent();

    const Database& m_database;
    RegisterView* m_queue;
    QLabel* m_draftTitle;
    QPlainTextEdit* m_draft;
    CaseView* m_case;
};

} // namespace ogi::ui
