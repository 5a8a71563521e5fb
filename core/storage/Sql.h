#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QHash>

#include "storage/RegisterLocation.h"

#include <deque>
#include <initializer_list>
#include <memory>

// The few primitives every SQL statement in core goes through: prepared statements with
// bound values, and failures turned into ogi::Error with the driver's words.
struct sqlite3;
struct sqlite3_stmt;

namespace ogi::pg {
class PipelinedWrites;
}

namespace ogi::sql {

// How a statement's rows are read. ReadOnce keeps no row after it is passed (a million-case
// walk stays small); Seekable keeps them for a list model that moves back and forth.
enum class Rows
{
    ReadOnce,
    Seekable
};

// Prepares `statement` on `db`; throws Error(Storage) naming the statement on failure.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement, Rows rows = Rows::ReadOnce);

// Executes a prepared query with the values bound to it; throws as run() does. For a
// statement run many times over (one prepare, many rows written).
void exec(QSqlQuery& query);

// Prepares, binds `values` positionally and executes. The query is positioned before the
// first row. Throws Error(Storage), or Error(Corrupt) naming the file when SQLite finds the
// file damaged.
QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// Runs `statements` as they are, unprepared and with nothing bound: schema text (DDL,
// PostgreSQL functions and triggers), which PostgreSQL does not prepare, and rows whose values
// the driver has already written into the text (BatchInsert). Throws as run() does.
void runScript(const QSqlDatabase& db, const QString& statements);

// Advances to the next row like QSqlQuery::next(), but throws (as run() does) when the step
// failed instead of ending quietly: a damaged page met halfway through a list is an error,
// not the end of the list.
bool next(QSqlQuery& query);

// The same with values assembled at run time (filters that bind only what was asked).
QSqlQuery runWith(
    const QSqlDatabase& db, const QString& statement, const QVariantList& values, Rows rows = Rows::ReadOnce);

// Which engine `db` is connected to.
StorageEngine engineOf(const QSqlDatabase& db);

// An SQL expression that is 1 when the JSON object in `column` (text, or NULL) holds `key` as
// true, else 0: SQLite's json_extract and PostgreSQL's jsonb differ.
QString jsonIsTrue(const QSqlDatabase& db, const QString& column, const QString& key);

// An SQL expression for the number under `key` in the JSON object in `column` (NULL when
// absent).
QString jsonNumber(const QSqlDatabase& db, const QString& column, const QString& key);

// An SQL aggregate joining the texts `expression` gives, in the order they come, with
// `separator` (a plain literal) between: group_concat on SQLite, string_agg on PostgreSQL.
QString joinedTexts(const QSqlDatabase& db, const QString& expression, const QString& separator);

// An SQL expression true when the text `needle` (a bound value, "?") occurs in `haystack`:
// SQLite's instr and PostgreSQL's strpos, both exact (no LIKE wildcards).
QString containsText(const QSqlDatabase& db, const QString& haystack, const QString& needle);

// "?, ?, ?": one mark for each of `values`, for an IN (...) list bound from them.
QString marksFor(const QStringList& values);

// Runs a statement that returns one value and returns it (null QVariant when no row).
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// Optional columns hold NULL, not '' or an invalid date: the text, or NULL when it is empty;
// the date as "YYYY-MM-DD", or NULL when it is invalid.
QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);

// The SQLite connection under a Qt Sql connection, for what Qt Sql does not offer (online
// backup, statements run a hundred thousand times). Throws Error(Internal) when `db` is not
// an open SQLite connection.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// How Statements sends its INSERTs to a server. EachRow runs every statement when it is
// called. Batched (PostgreSQL only; SQLite writes each row at once either way, through its C
// API, which costs less than a network round trip): every INSERT ... VALUES (...) [ON CONFLICT
// ...] is held and sent a thousand rows to a statement, and the ids insert() returns are
// reserved from the table's identity sequence in blocks (an unused one is a gap in the ids,
// never in case numbers). Held rows reach the database at flush(), before any other statement
// the object runs, and when a batch is full, in the order their statements were first run, so
// a row is written after the rows it refers to. Until then nobody sees them: not another
// connection, not sql::run on the same one. A full batch is sent without waiting for the
// server, which runs it while the next is built: between flushes the connection may be used
// only through this object (anything else fails with the driver's "command in progress"). An
// upsert must not write one key twice between flushes.
enum class Sending
{
    EachRow,
    Batched
};

// Write statements prepared once and run many times by one writer: a ledger import writes
// a hundred thousand cases through the same dozen statements. Each text is prepared on its
// first use, on SQLite directly (binding through Qt Sql costs more than the insert itself;
// other engines through Qt Sql),
// and kept until the object goes; it runs inside whatever transaction the connection has
// open. Values bind as Qt Sql binds them: a null QVariant or null QString is NULL. Lives
// shorter than the connection.
class Statements
{
public:
    explicit Statements(QSqlDatabase db, Sending sending = Sending::EachRow);
    ~Statements();
    Statements(const Statements&) = delete;
    Statements& operator=(const Statements&) = delete;

    // Binds `values` positionally and runs the statement to its end (rows, if any, are not
    // read). Throws as run() does; a held INSERT's failure is thrown by the flush that sends it.
    void run(const QString& statement, std::initializer_list<QVariant> values = {});

    // Runs `insert`, an INSERT of one row into a table whose key is an `id` column the
    // database assigns, and returns that row's id. Throws as run() does.
    qint64 insert(const QString& insert, std::initializer_list<QVariant> values);

    // Sends every held row (Sending::Batched); nothing to do otherwise. Call it before the
    // transaction commits, and before reading what was written through another path.
    void flush();

    StorageEngine engine() const { return m_handle ? StorageEngine::Sqlite : StorageEngine::Postgresql; }

private:
    struct Held;
    // Sends every held row without waiting (Sending::Batched on a server).
    void send();
    // Runs the statement; the first column of its first row when `readFirst`, else null.
    QVariant execute(const QString& statement, std::initializer_list<QVariant> values, bool readFirst);
    // The held INSERT for `statement`, made on its first use; null when it cannot be held.
    Held* heldFor(const QString& statement);
    void hold(Held& held, const QVariantList& values);
    qint64 reserveId(const QString& table);
    void topUpIds(const QString& table, std::deque<qint64>& ids);

    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr; // SQLite's own API; null on other engines, which go through Qt Sql
    QHash<QString, sqlite3_stmt*> m_prepared;
    QHash<QString, QSqlQuery> m_queries;
    bool m_batched = false;
    QHash<QString, std::shared_ptr<Held>> m_held; // by statement text; null: not an INSERT to hold
    QList<Held*> m_flushOrder;
    Held* m_lastHeld = nullptr;
    QHash<QString, std::deque<qint64>> m_reservedIds; // by table, the next one first
    QHash<QString, int> m_idBlocks; // by table, how many were reserved last
    std::unique_ptr<pg::PipelinedWrites> m_pipeline; // Sending::Batched on a server
};

} // namespace ogi::sql
