#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ogi::pg {

// Write statements sent to the server without waiting for them, so that the program builds
// the next batch while the server runs this one (a ledger import is half the program's work
// and half the server's; one after the other they take their sum). Uses libpq under the Qt
// Sql connection, which must not be used while a batch is on its way: every send() and every
// other use of the connection comes after wait(). Statements run in the connection's open
// transaction, in the order sent.
class PipelinedWrites
{
public:
    explicit PipelinedWrites(QSqlDatabase db);
    // Waits for what is on its way; its failure is dropped (the caller is unwinding or has
    // waited already), the transaction's rollback discards it.
    ~PipelinedWrites();
    PipelinedWrites(const PipelinedWrites&) = delete;
    PipelinedWrites& operator=(const PipelinedWrites&) = delete;

    // Waits for the previous statements, then sends `statements` (one or several, separated
    // by semicolons, their values already in the text) and returns at once. Throws
    // Error(Storage) with the server's message when the previous ones failed or this cannot
    // be sent.
    void send(const QString& statements);

    // Returns when everything sent has run; throws Error(Storage) with the server's message
    // (and the statement's start) when any of it failed.
    void wait();

private:
    QSqlDatabase m_db;
    void* m_connection = nullptr; // PGconn*
    bool m_onItsWay = false;
    QString m_sent; // the start of what is on its way, for the error message
};

} // namespace ogi::pg
