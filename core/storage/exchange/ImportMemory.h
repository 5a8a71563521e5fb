#pragma once

#include <QSqlDatabase>

namespace ogi {

// The memory a bulk write on a SQLite register is given, so that a big transaction does not
// spill and rewrite its pages over and over before its commit. SQLite only.

// Enlarges the page cache of the connection while it lives (to `kib` KiB), and gives it back
// its size before on destruction.
class ImportPageCache
{
public:
    ImportPageCache(QSqlDatabase db, int kib);
    ~ImportPageCache();
    ImportPageCache(const ImportPageCache&) = delete;
    ImportPageCache& operator=(const ImportPageCache&) = delete;

private:
    QSqlDatabase m_db;
    int m_previous;
};

// Sets the memory the search indexes (case_search, case_grams) gather a transaction's terms
// in before they write them out, inside the caller's transaction.
void setSearchIndexMemory(const QSqlDatabase& db, int bytes);

} // namespace ogi
