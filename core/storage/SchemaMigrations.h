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

} // namespace ogi
