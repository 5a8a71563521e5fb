#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ogi {

// The engine's own checks of a SQLite file. PostgreSQL checks its own pages and enforces the
// foreign keys it declares: on it both lists are empty.

// What SQLite's integrity check reports, one line per problem; empty when the file is sound.
QStringList sqliteIntegrityProblems(const QSqlDatabase& db);

// A row whose foreign key names a row that is not there.
struct MissingReference
{
    QString table;
    QString rowId;
    QString referredTable;
};

// Every such row, as SQLite's foreign key check finds them.
QList<MissingReference> sqliteMissingReferences(const QSqlDatabase& db);

} // namespace ogi
