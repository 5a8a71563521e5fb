#include "ClerkBox.h"

#include "users/ClerkChoice.h"

#include <QCompleter>
#include <QLineEdit>

namespace ogi::ui {

ClerkBox::ClerkBox(const QList<UserAccount>& clerks, QWidget* parent)
    : QComboBox(parent)
    , m_clerks(clerks)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const UserAccount& clerk : clerks)
        addItem(userChoiceText(clerk), clerk.login);
    setCurrentIndex(-1); // nobody until chosen: a case is not assigned by default
    // As wide as the dialog: a typed or picked "王芳（wangfang）" is never cut.
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

QString ClerkBox::login() const
{
    const QString typed = currentText().trimmed();
    if (const int listed = findText(typed); listed >= 0)
        return itemData(listed).toString();
    QStringList named;
    for (const UserAccount& clerk : m_clerks)
        if (clerk.login.compare(typed, Qt::CaseInsensitive) == 0 || clerk.displayName == typed)
            named << clerk.login;
    return named.size() == 1 ? named.front() : typed;
}

} // namespace ogi::ui
