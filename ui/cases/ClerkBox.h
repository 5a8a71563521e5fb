#pragma once

#include "users/UserAccount.h"

#include <QComboBox>
#include <QList>

namespace ogi::ui {

// The clerk a case is assigned to (分办): the office's assignable clerks listed as
// "王芳（wangfang）", the list narrowed to the entries containing what is typed.
class ClerkBox : public QComboBox
{
    Q_OBJECT
public:
    ClerkBox(const QList<UserAccount>& clerks, QWidget* parent = nullptr);

    // The login of the clerk chosen: a listed entry, or a login or display name typed that
    // names exactly one listed clerk; otherwise the text as typed, for the workflow to refuse
    // with the clerks it may mean.
    QString login() const;

private:
    QList<UserAccount> m_clerks;
};

} // namespace ogi::ui
