#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace ogi {

// Everything `ogi verify` checks: SQLite's integrity_check and foreign keys, every case's
// stored state and outcome against the fold of its events, and the audit hash chain.
// Returns one translated line per finding; empty when the database is sound.
QStringList verifyDatabase(const Database& database);

} // namespace ogi
