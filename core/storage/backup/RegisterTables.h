#pragma once

#include "Progress.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ogi {

// A register's tables as a whole, on either engine, for jobs that copy or compare whole
// registers (backup/).

// The names of the register's own tables: not the search index's, nor the server's
// bookkeeping (ogi_register) or attachment bytes (attachment_chunks).
QSet<QString> registerTables(const QSqlDatabase& db);

// The columns of `table` in their stored order.
QStringList tableColumns(const QSqlDatabase& db, const QString& table);

// How many rows `table` holds.
qint64 tableRowCount(const QSqlDatabase& db, const QString& table);

// Copies every row of `table` (its `columns`, the same in both) from `from` into `to`, a few
// hundred to a statement, inside the caller's transaction on `to`. Reports `done` plus the
// rows copied so far out of `total` to `progress` (may be null) after each statement, and
// throws Error(Cancelled) when it says stop. Returns the rows copied.
qint64 copyTableRows(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table, const QStringList& columns,
    Progress* progress, qint64 done, qint64 total);

// Starts a read-only transaction in which every read sees the register as it was at its
// first one, whatever others write meanwhile; endSnapshotRead() ends it (and never throws).
void beginSnapshotRead(const QSqlDatabase& db);
void endSnapshotRead(const QSqlDatabase& db);

// PostgreSQL: moves the id sequence of each of `tables` on past its largest id, so that rows
// written after a copy get new ids.
void continueIdSequences(const QSqlDatabase& db, const QStringList& tables);

} // namespace ogi
