#include "WriteTransaction.h"

#include "storage/RegisterOpenLock.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // Open transactions per connection; connections are used from one thread each.
    thread_local QHash<QString, int> t_depth;

    QString savepointName(int depth) { return u"ogi_sp_%1"_s.arg(depth); }

    // The advisory lock's key: "OGID" in ASCII, a number no other program on the server is
    // likely to lock.
    constexpr qint64 kPostgresqlWriterLock = 0x4F474944;
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_depth(t_depth.value(m_db.connectionName()))
{
    if (m_depth > 0) {
        sql::runScript(m_db, u"SAVEPOINT "_s + savepointName(m_depth));
    } else {
        // Before the lock: a register replaced under this program is never written to.
        requireRegisterInPlace(m_db.connectionName());
        // Unprepared: PostgreSQL prepares no transaction control.
        if (sql::engineOf(m_db) == StorageEngine::Sqlite) {
            sql::runScript(m_db, u"BEGIN IMMEDIATE"_s);
        } else {
            sql::runScript(m_db, u"BEGIN"_s);
            try {
                // The register's one writer lock, as BEGIN IMMEDIATE is on SQLite: case
                // numbers, the audit chain's next row and the stored deadlines are read and
                // written by one desk at a time, so none is ever handed out twice. Waited
                // for up to the connection's lock_timeout.
                sql::run(m_db, u"SELECT pg_advisory_xact_lock(?)"_s, { kPostgresqlWriterLock });
            } catch (...) {
                QSqlQuery(m_db).exec(u"ROLLBACK"_s);
                throw;
            }
        }
    }
    t_depth[m_db.connectionName()] = m_depth + 1;
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        if (m_depth > 0) {
            rollback.exec(u"ROLLBACK TO "_s + savepointName(m_depth));
            rollback.exec(u"RELEASE "_s + savepointName(m_depth));
        } else {
            rollback.exec(u"ROLLBACK"_s);
        }
    }
    if (m_depth > 0)
        t_depth[m_db.connectionName()] = m_depth;
    else
        t_depth.remove(m_db.connectionName());
}

void WriteTransaction::commit()
{
    // On failure ~WriteTransaction rolls back.
    sql::runScript(m_db, m_depth > 0 ? u"RELEASE "_s + savepointName(m_depth) : u"COMMIT"_s);
    m_open = false;
}

} // namespace ogi
