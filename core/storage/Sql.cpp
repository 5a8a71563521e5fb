#include "Sql.h"

#include "Error.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/LongWriteNote.h"
#include "storage/postgresql/PgPipelinedWrites.h"
#include "Timestamps.h"

#include <QSqlDriver>
#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>
#include <climits>
#include <deque>
#include <exception>
#include <optional>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ogi::sql {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::Sql)
    };

    [[noreturn]] void fail(
        const QString& driverText, const QString& nativeCode, const QString& statement, const QString& database)
    {
        // PostgreSQL reports five-character SQLSTATEs, SQLite numbers of at most four digits.
        const bool postgresql = nativeCode.size() == 5;
        const int sqliteCode = postgresql ? 0 : nativeCode.toInt();
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is damaged, not the statement wrong.
        if (sqliteCode == 11 || sqliteCode == 26)
            throw Error(ErrorCode::Corrupt,
                database.isEmpty()
                    ? Tr::tr("The database file is damaged: %1. Restore it from a backup.").arg(driverText)
                    : Tr::tr("The database file %1 is damaged: %2. Restore it from a backup.")
                          .arg(database, driverText));
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes, or PostgreSQL's
        // 55P03 (lock_not_available): another writer kept the lock past the busy timeout (the
        // server's lock_timeout, set to the same). Raw "database is locked (BEGIN IMMEDIATE)"
        // tells nobody what to do.
        if (postgresql ? nativeCode == u"55P03" : (sqliteCode % 256 == 5 || sqliteCode % 256 == 6)) {
            // The note of who holds it lies beside a register file only.
            if (const std::optional<QString> holder
                = database.isEmpty() || postgresql ? std::nullopt : LongWriteNote::describe(database))
                throw Error(ErrorCode::Storage,
                    Tr::tr("The register %1 is busy: %2. Nothing was written. Wait until it has finished, then try "
                           "again.")
                        .arg(database, *holder));
            throw Error(ErrorCode::Storage,
                Tr::tr("The register%1 is busy: another program (OGI Desk or ogi, perhaps a ledger import or a "
                       "restore) has been writing to it for more than %2 seconds. Nothing was written. Wait until "
                       "it has finished, then try again.")
                    .arg(database.isEmpty() ? QString() : QStringLiteral(" ") + database)
                    .arg(Database::kBusyTimeoutMs / 1000));
        }
        throw Error(ErrorCode::Storage,
            Tr::tr("Database error: %1 (statement: %2)").arg(driverText, statement.simplified().left(120)));
    }

    [[noreturn]] void fail(const QSqlError& error, const QString& statement, const QString& database)
    {
        fail(error.databaseText().isEmpty() ? error.text() : error.databaseText(), error.nativeErrorCode(), statement,
            database);
    }

    void bind(sqlite3_stmt* statement, int position, const QVariant& value)
    {
        const int type = value.metaType().id();
        if (!value.isValid() || value.isNull() || (type == QMetaType::QString && value.toString().isNull())) {
            sqlite3_bind_null(statement, position);
            return;
        }
        switch (type) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(statement, position, value.toLongLong());
            return;
        case QMetaType::Double:
            sqlite3_bind_double(statement, position, value.toDouble());
            return;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob64(statement, position, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            return;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text64(
                statement, position, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            return;
        }
        }
    }
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement, Rows rows)
{
    QSqlQuery query(db);
    // QPSQL streams a forward-only result row by row, and loses it when another statement
    // runs on the connection before it is read to its end: verify and the reports walk
    // several results side by side. On PostgreSQL every result is therefore read whole.
    query.setForwardOnly(rows == Rows::ReadOnce && engineOf(db) == StorageEngine::Sqlite);
    if (!query.prepare(statement))
        fail(query.lastError(), statement, db.databaseName());
    return query;
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    return runWith(db, statement, QVariantList(values));
}

QSqlQuery runWith(const QSqlDatabase& db, const QString& statement, const QVariantList& values, Rows rows)
{
    QSqlQuery query = prepare(db, statement, rows);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(query.lastError(), statement, db.databaseName());
    return query;
}

void runScript(const QSqlDatabase& db, const QString& statements)
{
    QSqlQuery query(db);
    if (!query.exec(statements))
        fail(query.lastError(), statements, db.databaseName());
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery(), QString());
}

bool next(QSqlQuery& query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        fail(query.lastError(), query.lastQuery(), QString());
    return false;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return next(query) ? query.value(0) : QVariant();
}

QString marksFor(const QStringList& values) { return QStringList(values.size(), u"?"_s).join(u", "_s); }

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3* connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3* const*>(handle.data())
        : nullptr;
    if (!connection)
        throw Error(ErrorCode::Internal, Tr::tr("The database connection is not an open SQLite connection."));
    return connection;
}

StorageEngine engineOf(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL" ? StorageEngine::Postgresql : StorageEngine::Sqlite;
}

QString jsonIsTrue(const QSqlDatabase& db, const QString& column, const QString& key)
{
    if (engineOf(db) == StorageEngine::Postgresql)
        return u"(CASE WHEN (%1)::jsonb -> '%2' = 'true'::jsonb THEN 1 ELSE 0 END)"_s.arg(column, key);
    return u"coalesce(json_extract(%1, '$.%2'), 0)"_s.arg(column, key);
}

QString jsonNumber(const QSqlDatabase& db, const QString& column, const QString& key)
{
    if (engineOf(db) == StorageEngine::Postgresql)
        return u"((%1)::jsonb ->> '%2')::numeric"_s.arg(column, key);
    return u"json_extract(%1, '$.%2')"_s.arg(column, key);
}

QString joinedTexts(const QSqlDatabase& db, const QString& expression, const QString& separator)
{
    return u"%1(%2, '%3')"_s.arg(
        engineOf(db) == StorageEngine::Postgresql ? u"string_agg"_s : u"group_concat"_s, expression, separator);
}

QString containsText(const QSqlDatabase& db, const QString& haystack, const QString& needle)
{
    return u"%1(%2, %3) > 0"_s.arg(
        engineOf(db) == StorageEngine::Postgresql ? u"strpos"_s : u"instr"_s, haystack, needle);
}

namespace {
    // Rows held per statement before a batched Statements sends them all; ids reserved at once.
    constexpr int kHeldRows = 1000;
    // Ids reserved at a time; an unused one is a gap in the ids, never in case numbers.
    constexpr int kFirstIdBlock = 1000;
    constexpr int kLargestIdBlock = 64000;

    // The parts of "INSERT INTO t (cols) VALUES (tuple) tail": empty when `statement` is not
    // one plain INSERT of one row (RETURNING, SELECT, several tuples).
    struct InsertParts
    {
        QString table;
        QString head; // up to and including VALUES
        QString row;
        QString tail;
    };

    std::optional<InsertParts> insertParts(const QString& statement)
    {
        static const QRegularExpression pattern(
            u"^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\("_s,
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = pattern.match(statement);
        if (!match.hasMatch())
            return std::nullopt;
        const qsizetype open = match.capturedEnd() - 1;
        int depth = 0;
        bool quoted = false;
        for (qsizetype i = open; i < statement.size(); ++i) {
            const QChar c = statement.at(i);
            if (c == u'\'')
                quoted = !quoted;
            if (quoted)
                continue;
            if (c == u'(')
                ++depth;
            else if (c == u')' && --depth == 0) {
                InsertParts parts { match.captured(1), statement.left(open), statement.mid(open, i - open + 1),
                    statement.mid(i + 1) };
                if (parts.tail.contains(u"RETURNING"_s, Qt::CaseInsensitive) || parts.tail.trimmed().startsWith(u','))
                    return std::nullopt;
                return parts;
            }
        }
        return std::nullopt;
    }
} // namespace

struct Statements::Held
{
    QString table;
    BatchInsert batch;
    // "COPY t (columns) FROM STDIN" when the rows can go that way (plain marks, no ON
    // CONFLICT): the server reads COPY's rows at a fraction of what it spends parsing VALUES.
    QString copy;
};

Statements::Statements(QSqlDatabase db, Sending sending)
    : m_db(std::move(db))
    , m_handle(engineOf(m_db) == StorageEngine::Sqlite ? sqliteHandle(m_db) : nullptr)
    , m_batched(sending == Sending::Batched && !m_handle)
{
    if (m_batched)
        m_pipeline = std::make_unique<pg::PipelinedWrites>(m_db);
}

Statements::~Statements()
{
    for (sqlite3_stmt* statement : std::as_const(m_prepared))
        sqlite3_finalize(statement);
    // Only an exception on the way leaves rows held: its transaction is rolled back anyway.
    if (std::uncaught_exceptions() == 0)
        for (const Held* held : std::as_const(m_flushOrder))
            if (held->batch.held() > 0)
                qCritical("ogi: %d rows of %s were never written: Statements::flush() was not called",
                    held->batch.held(), qPrintable(held->table));
}

void Statements::run(const QString& statement, std::initializer_list<QVariant> values)
{
    if (m_batched)
        if (Held* held = heldFor(statement)) {
            hold(*held, QVariantList(values));
            return;
        }
    execute(statement, values, false);
}

qint64 Statements::insert(const QString& insert, std::initializer_list<QVariant> values)
{
    if (m_handle) {
        execute(insert, values, false);
        return sqlite3_last_insert_rowid(m_handle);
    }
    if (m_batched)
        if (std::optional<InsertParts> parts = insertParts(insert)) {
            // The same INSERT with the id it is given here.
            const QString withId = parts->head.replace(
                                       parts->head.indexOf(u'('), 1, u"(id, "_s)
                + u"(?, "_s + parts->row.mid(1) + parts->tail;
            if (Held* held = heldFor(withId)) {
                const qint64 id = reserveId(parts->table);
                QVariantList row { id };
                row << QVariantList(values);
                hold(*held, row);
                return id;
            }
        }
    // lastval() would answer another table's sequence once a trigger inserts elsewhere.
    return execute(insert + u" RETURNING id"_s, values, true).toLongLong();
}

void Statements::flush()
{
    if (!m_pipeline)
        return;
    send();
    m_pipeline->wait();
}

void Statements::send()
{
    QList<pg::Write> writes;
    for (Held* held : std::as_const(m_flushOrder)) {
        if (held->batch.held() == 0)
            continue;
        if (held->copy.isEmpty())
            writes.append({ held->batch.takeStatement(), {} });
        else
            writes.append({ held->copy, held->batch.takeCopyRows() });
    }
    if (!writes.isEmpty())
        m_pipeline->send(std::move(writes));
}

Statements::Held* Statements::heldFor(const QString& statement)
{
    auto found = m_held.constFind(statement);
    if (found != m_held.constEnd())
        return found->get();
    std::shared_ptr<Held> held;
    if (std::optional<InsertParts> parts = insertParts(statement)) {
        static const QRegularExpression plainMarks(u"^\\(\\s*\\?(\\s*,\\s*\\?)*\\s*\\)$"_s);
        static const QRegularExpression values(u"\\s*VALUES\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression insertInto(u"^\\s*INSERT\\s+INTO\\s+"_s, QRegularExpression::CaseInsensitiveOption);
        QString copy;
        if (parts->tail.trimmed().isEmpty() && plainMarks.match(parts->row).hasMatch())
            copy = QString(parts->head).replace(insertInto, u"COPY "_s).replace(values, u" FROM STDIN"_s);
        held = std::make_shared<Held>(
            Held { parts->table, BatchInsert(m_db, parts->head, parts->row, parts->tail, INT_MAX), copy });
        // Right after the statement held before it: a case's rows are written in the order
        // its writer ran them, whichever statement a case uses first.
        const qsizetype after = m_flushOrder.indexOf(m_lastHeld);
        m_flushOrder.insert(after + 1, held.get());
    }
    m_held.insert(statement, held);
    return held.get();
}

void Statements::hold(Held& held, const QVariantList& values)
{
    held.batch.add(values);
    m_lastHeld = &held;
    if (held.batch.held() >= kHeldRows)
        send();
}

qint64 Statements::reserveId(const QString& table)
{
    std::deque<qint64>& ids = m_reservedIds[table];
    if (ids.empty()) {
        m_pipeline->wait();
        topUpIds(table, ids);
    }
    const qint64 id = ids.front();
    ids.pop_front();
    return id;
}

void Statements::topUpIds(const QString& table, std::deque<qint64>& ids)
{
    // Reserving waits for every batch on its way: the blocks grow, so that an import waits a
    // few times, and a register that writes a few rows reserves few.
    int& block = m_idBlocks[table];
    block = block == 0 ? kFirstIdBlock : std::min(block * 2, kLargestIdBlock);
    QSqlQuery q = sql::run(
        m_db, u"SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)"_s, { table, block });
    while (next(q))
        ids.push_back(q.value(0).toLongLong());
}

QVariant Statements::execute(const QString& statement, std::initializer_list<QVariant> values, bool readFirst)
{
    flush();
    if (!m_handle) {
        auto found = m_queries.find(statement);
        if (found == m_queries.end())
            found = m_queries.insert(statement, prepare(m_db, statement));
        QSqlQuery& query = *found;
        int position = 0;
        for (const QVariant& value : values)
            query.bindValue(position++, value);
        exec(query);
        const QVariant first = readFirst && next(query) ? query.value(0) : QVariant();
        query.finish();
        return first;
    }
    auto found = m_prepared.find(statement);
    if (found == m_prepared.end()) {
        const QByteArray text = statement.toUtf8();
        sqlite3_stmt* prepared = nullptr;
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &prepared, nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_finalize(prepared);
            fail(message, QString::number(sqlite3_extended_errcode(m_handle) & 0xff), statement, m_db.databaseName());
        }
        found = m_prepared.insert(statement, prepared);
    }
    sqlite3_stmt* prepared = *found;
    int position = 1;
    for (const QVariant& value : values)
        bind(prepared, position++, value);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(prepared);
    if (rc != SQLITE_DONE) {
        // The error is read before the reset, which would replace it with its own.
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        const QString code = QString::number(sqlite3_extended_errcode(m_handle) & 0xff);
        sqlite3_reset(prepared);
        fail(message, code, statement, m_db.databaseName());
    }
    sqlite3_reset(prepared);
    return QVariant();
}

} // namespace ogi::sql
