#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace ogi::pg {

// One thing to write: statements (one or several, separated by semicolons, their values
// already in the text), or, when `copyRows` is set, `statements` is one
// "COPY t (columns) FROM STDIN" and `copyRows` its rows in COPY's text format.
struct Write
{
    QString statements;
    QByteArray copyRows;
};

// Writes sent to the server on a thread of their own, so that the program builds the next
// batches while the server runs this one (a ledger import is part the program's work and part
// the server's; one after the other they take their sum). Uses libpq under the Qt Sql
// connection, which must not be used while writes are on their way: every send() and every
// other use of the connection comes after wait(). The writes run in the connection's open
// transaction, in the order sent.
class PipelinedWrites
{
public:
    explicit PipelinedWrites(QSqlDatabase db);
    // Waits for the batch being written and drops those still queued, with any failure: the
    // caller has waited already, or is unwinding and rolls its transaction back.
    ~PipelinedWrites();
    PipelinedWrites(const PipelinedWrites&) = delete;
    PipelinedWrites& operator=(const PipelinedWrites&) = delete;

    // Queues `writes` behind those on their way and returns at once, or once fewer than
    // kDepth batches wait (a program faster than its server does not pile up its rows in
    // memory). Throws Error(Storage) with the server's message when earlier ones failed.
    void send(QList<Write> writes);
    static constexpr int kDepth = 3;

    // Returns when everything sent has run; throws Error(Storage) with the server's message
    // (and the statement's start) when any of it failed. After a failure nothing more is sent.
    void wait();

private:
    void work();

    void* m_connection = nullptr; // PGconn*
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Write>> m_queue; // the front one is being written while m_busy
    bool m_busy = false;
    bool m_stopping = false;
    QString m_failure; // the first failure; nothing is written after it
    std::thread m_worker;
};

} // namespace ogi::pg
