#pragma once

#include "Progress.h"

#include <QSqlDatabase>

namespace ogi {

// The schema version this build writes (PRAGMA user_version).
int currentSchemaVersion();

// Brings the schema from `fromVersion` to currentSchemaVersion(), one numbered step after
// the other. The caller holds the write transaction: all steps commit together or not at all.
// Steps that fill data report to `progress` (may be null) and throw Error(Cancelled) on stop.
void migrateSchema(const QSqlDatabase& db, int fromVersion, Progress* progress = nullptr);

// Data that a step's SQL cannot compute, filled right after that step's statements by code
// above storage/: the reply deadlines of version 4 need the deadline engine and the office
// calendar, the short-text index of version 5 needs the register's rule for what a gram is.
// Migrations never call domain code themselves, so that storage/ includes nothing above it;
// register/SchemaFills.cpp sets these before main() in every program that links ogi_core.
enum class SchemaFill
{
    ReplyDeadlines, // version 4: every case's row of reply_deadlines
    GramIndex, // version 5: every case's row of case_grams
};
using SchemaFillFunction = void (*)(const QSqlDatabase& db, Progress* progress);

// Sets the function that fills `fill`. A migration that needs a fill nobody set throws
// Error(Internal) and leaves the file at its old version.
void setSchemaFill(SchemaFill fill, SchemaFillFunction function);

} // namespace ogi
