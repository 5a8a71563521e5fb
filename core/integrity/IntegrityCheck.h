#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace ogi {

// Everything `ogi verify` checks: SQLite's integrity_check and foreign keys, every case's
// stored state and outcome against the fold of its events, the audit hash chain, and the
// stored bytes of every attachment against their SHA-256.
// Returns one translated line per finding; empty when the database is sound.
// Every row is also compared with the audit row that wrote it (issue 18); `limits`, when
// given, receives one line per check that could not be made (rows written before the audit
// log recorded what is needed).
QStringList verifyDatabase(const Database& database, QStringList* limits = nullptr);

} // namespace ogi
