#pragma once

#include <QSqlDatabase>

namespace ogi {

// One write transaction. On SQLite it is BEGIN IMMEDIATE, so the write lock is taken (or
// waited for, up to the busy timeout) before anything is read: two processes allocating
// case numbers never both read the same counter. On PostgreSQL it takes the register's
// advisory writer lock first, for the same reason. Rolls back unless commit() was called.
// Nested inside another WriteTransaction on the same connection it becomes a SAVEPOINT, so
// a bulk job (demo data, imports) can wrap many single-case writes in one commit.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Commits; throws Error(Storage) if the commit fails (the transaction is then rolled back).
    void commit();

private:
    QSqlDatabase m_db;
    int m_depth = 0; // 0: the outer transaction; > 0: a savepoint
    bool m_open = false;
};

} // namespace ogi
