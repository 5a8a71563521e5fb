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

// Executes a prepared query; throws Error (Storage, or Corrupt for a damaged file).
void exec(QSqlQuery& query);

// Prepares, binds `values` positionally and executes. The query is positioned before the
// first row.
QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// Runs a statement that returns one value and returns it (null QVariant when no row).
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

} // namespace ogi::sql
