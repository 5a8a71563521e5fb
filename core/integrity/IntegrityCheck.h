#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace ogi {

// Everything `ogi verify` checks: SQLite's integrity_check and foreign keys, every case's
// stored state and outcome against the fold of its events, the audit hash chain, and the
// stored bytes of every attachment against their SHA-256.
// Returns one translated line per finding; empty when the database is sound.
QStringList verifyDatabase(const Database& database);

} // namespace ogi
