#include "PgPipelinedWrites.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace ogi::pg {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Sql)
    };

    PGconn* connectionOf(const QSqlDatabase& db)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        // QPSQL names the handle by libpq's struct.
        if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
            throw Error(ErrorCode::Internal, Tr::tr("The database connection is not an open PostgreSQL connection."));
        return *static_cast<PGconn* const*>(handle.data());
    }

    QString described(const QString& serverText, const QString& statement)
    {
        return Tr::tr("Database error: %1 (statement: %2)").arg(serverText.trimmed(), statement.simplified().left(120));
    }

    // Reads every result of what was sent (the connection is ready again only then); the
    // first failure's message, or empty.
    QString drain(PGconn* connection)
    {
        QString failure;
        while (PGresult* result = PQgetResult(connection)) {
            const ExecStatusType status = PQresultStatus(result);
            if (failure.isEmpty() && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
                failure = QString::fromUtf8(PQresultErrorMessage(result));
            PQclear(result);
        }
        return failure;
    }

    QString run(PGconn* connection, const Write& write)
    {
        const QByteArray text = write.statements.toUtf8();
        if (write.copyRows.isEmpty()) {
            if (PQsendQuery(connection, text.constData()) != 1)
                return QString::fromUtf8(PQerrorMessage(connection));
            return drain(connection);
        }
        PGresult* started = PQexec(connection, text.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        QString failure = copying ? QString() : QString::fromUtf8(PQresultErrorMessage(started));
        PQclear(started);
        if (!copying)
            return failure.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)) : failure;
        if (PQputCopyData(connection, write.copyRows.constData(), int(write.copyRows.size())) != 1
            || PQputCopyEnd(connection, nullptr) != 1)
            failure = QString::fromUtf8(PQerrorMessage(connection));
        const QString ended = drain(connection);
        return failure.isEmpty() ? ended : failure;
    }
} // namespace

PipelinedWrites::PipelinedWrites(QSqlDatabase db)
    : m_connection(connectionOf(db))
    , m_worker([this] { work(); })
{
}

PipelinedWrites::~PipelinedWrites()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void PipelinedWrites::work()
{
    auto* connection = static_cast<PGconn*>(m_connection);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        // What is still queued when the owner goes is dropped: an owner that meant it to be
        // written waited for it; one that did not is unwinding, and its transaction is rolled back.
        if (m_stopping)
            return;
        m_busy = true;
        const QList<Write> writes = m_queue.front();
        lock.unlock();
        QString failure;
        for (const Write& write : writes) {
            failure = run(connection, write);
            if (!failure.isEmpty()) {
                failure = described(failure, write.statements);
                break;
            }
        }
        lock.lock();
        m_queue.pop_front();
        m_busy = false;
        if (!failure.isEmpty() && m_failure.isEmpty()) {
            m_failure = failure;
            m_queue.clear();
        }
        m_changed.notify_all();
    }
}

void PipelinedWrites::send(QList<Write> writes)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_failure.isEmpty() || m_queue.size() < std::size_t(kDepth); });
    if (!m_failure.isEmpty())
        throw Error(ErrorCode::Storage, m_failure);
    m_queue.push_back(std::move(writes));
    m_changed.notify_all();
}

void PipelinedWrites::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    if (!m_failure.isEmpty())
        throw Error(ErrorCode::Storage, m_failure);
}

} // namespace ogi::pg
