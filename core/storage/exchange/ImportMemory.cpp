#include "ImportMemory.h"

#include "Error.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

ImportPageCache::ImportPageCache(QSqlDatabase db, int kib)
    : m_db(std::move(db))
    , m_previous(sql::scalar(m_db, u"PRAGMA cache_size"_s).toInt())
{
    sql::run(m_db, u"PRAGMA cache_size = %1"_s.arg(-kib)); // negative: KiB
}

ImportPageCache::~ImportPageCache()
{
    try {
        sql::run(m_db, u"PRAGMA cache_size = %1"_s.arg(m_previous));
    } catch (const Error&) {
        // The cache size is a speed setting; a connection that cannot take it back still works.
    }
}

void setSearchIndexMemory(const QSqlDatabase& db, int bytes)
{
    for (const QString& index : { u"case_search"_s, u"case_grams"_s })
        sql::run(db, u"INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)"_s.arg(index).arg(bytes));
}

} // namespace ogi
