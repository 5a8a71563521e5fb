#pragma once

#include <QSqlDatabase>

namespace ogi {

// The schema of a PostgreSQL register (issue 19): the same tables, columns and values as the
// SQLite schema at the same version number (currentSchemaVersion()), so that standard SQL is
// written once and `ogi copy` moves rows column for column. Dates are ISO text and flags 0/1,
// as in SQLite. What SQLite's triggers enforce, PostgreSQL's do too: case_events, case_periods,
// audit_log, notices, notice_voids and attachments refuse UPDATE, DELETE and TRUNCATE.
// Search keeps its own shape per engine (pg_trgm here, FTS5 in SQLite), and so do the bytes
// of attached files (table attachment_chunks here, a folder beside a SQLite file).
//
// The register marks itself in table ogi_register (application "OGI Desk", its schema
// version): PostgreSQL's counterpart of SQLite's application_id and user_version.

// The schema version of the database `db` is connected to: 0 for a database without tables
// of its own (new), else the version ogi_register records. Throws Error(NotOurFile) naming
// the database when it holds tables but is not an OGI Desk register.
int pgSchemaVersion(const QSqlDatabase& db);

// Creates the current schema in the empty database `db` in one transaction (nothing of it
// stays when any statement fails). Needs a role that may create tables and the pg_trgm
// extension (trusted: the database's owner may). Throws Error(Storage) naming the statement.
void createPgSchema(const QSqlDatabase& db);

} // namespace ogi
