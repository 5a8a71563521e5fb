#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// The few primitives every SQL statement in core goes through: prepared statements with
// bound values, and failures turned into ogi::Error with the driver's words.
namespace ogi::sql {

// Prepares `statement` on `db`; throws Error(Storage) naming the statement on failure.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);

// Prepares, binds `values` positionally and executes. The query is positioned before the
// first row. Throws Error(Storage), or Error(Corrupt) naming the file when SQLite finds the
// file damaged.
QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// Advances to the next row like QSqlQuery::next(), but throws (as run() does) when the step
// failed instead of ending quietly: a damaged page met halfway through a list is an error,
// not the end of the list.
bool next(QSqlQuery& query);

// The same with values assembled at run time (filters that bind only what was asked).
QSqlQuery runWith(const QSqlDatabase& db, const QString& statement, const QVariantList& values);

// Runs a statement that returns one value and returns it (null QVariant when no row).
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

} // namespace ogi::sql
