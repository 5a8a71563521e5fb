#pragma once

#include "users/UserAccount.h"

#include <QDialog>

class QPushButton;

namespace ogi {
class Database;
}

namespace ogi::ui {

class CaseView;

// A case in its own window (opened from any list with Enter or a double-click).
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(const Database& database, const UserAccount& user, const QString& caseNumber, QWidget* parent = nullptr);

    CaseView* view() const { return m_view; }
    // The button of `action` ("sign_off"), nullptr when the user may not take it now.
    QPushButton* actionButton(const QString& action) const;
    // Shows another case in the same window (next / previous case).
    void showCase(const QString& caseNumber);

Q_SIGNALS:
    // An action was recorded: lists showing the case should refresh.
    void caseChanged(const QString& caseNumber);

private:
    CaseView* m_view;
};

} // namespace ogi::ui
