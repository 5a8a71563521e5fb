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
        if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
            throw Error(ErrorCode::Internal, Tr::tr("The database connection is not an open PostgreSQL connection."));
        return *static_cast<PGconn* const*>(handle.data()); // QPSQL names it by the struct
    }

    [[noreturn]] void fail(const QString& serverText, const QString& statement)
    {
        throw Error(ErrorCode::Storage,
            Tr::tr("Database error: %1 (statement: %2)").arg(serverText.trimmed(), statement.simplified().left(120)));
    }
} // namespace

PipelinedWrites::PipelinedWrites(QSqlDatabase db)
    : m_db(std::move(db))
    , m_connection(connectionOf(m_db))
{
}

PipelinedWrites::~PipelinedWrites()
{
    try {
        wait();
    } catch (const Error&) {
    }
}

void PipelinedWrites::send(const QString& statements)
{
    wait();
    auto* connection = static_cast<PGconn*>(m_connection);
    if (PQsendQuery(connection, statements.toUtf8().constData()) != 1)
        fail(QString::fromUtf8(PQerrorMessage(connection)), statements);
    m_onItsWay = true;
    m_sent = statements.left(200);
}

void PipelinedWrites::wait()
{
    if (!m_onItsWay)
        return;
    m_onItsWay = false;
    auto* connection = static_cast<PGconn*>(m_connection);
    QString failure;
    // Every result is read, also after a failure: the connection is ready again only then.
    while (PGresult* result = PQgetResult(connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (failure.isEmpty() && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            failure = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (!failure.isEmpty())
        fail(failure, m_sent);
}

} // namespace ogi::pg
