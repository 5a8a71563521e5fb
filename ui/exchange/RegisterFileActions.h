#pragma once

#include "register/CaseListQuery.h"
#include "users/UserAccount.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The File menu's data in and out: import an old ledger (LedgerImportDialog), export the
// cases the register shows as .xlsx or .csv (ID numbers masked; whole for a chief or an
// administrator, audited), back up now. Each reports its outcome; none fails silently.
class RegisterFileActions : public QObject
{
    Q_OBJECT
public:
    // `shownFilter` gives the filter of the list on screen; `changed` runs after an import.
    RegisterFileActions(const Database& database, const UserAccount& user, std::function<CaseListFilter()> shownFilter,
        std::function<void()> changed, QWidget* window);

    void addTo(QMenu* menu);

public Q_SLOTS:
    void importLedger();
    void exportLedger(bool wholeIdNumbers);
    void backUpNow();

private:
    const Database& m_database;
    UserAccount m_user;
    std::function<CaseListFilter()> m_shownFilter;
    std::function<void()> m_changed;
    QWidget* m_window;
};

} // namespace ogi::ui
