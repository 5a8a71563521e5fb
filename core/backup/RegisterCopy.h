#pragma once

#include "Progress.h"
#include "storage/RegisterLocation.h"

#include <QList>
#include <QPair>
#include <QString>

namespace ogi {

// What `ogi copy` moved and checked.
struct RegisterCopyResult
{
    QList<QPair<QString, qint64>> tables; // each table and its rows, in the order copied
    qint64 searchRows = 0; // cases indexed for search on the target
    qint64 noticesChecked = 0; // notices whose HTML has its stored SHA-256 on the target
    qint64 auditRows = 0; // audit rows of the source, chain verified on the target
    qint64 attachedFiles = 0; // distinct attached files, each with its SHA-256 on the target
};

// Copies the whole register at `from` into `to`, between the engines in either direction
// (SQLite file → PostgreSQL database and back, or file to file) (issue 19). `to` must be
// new: a file that does not exist yet, or an empty PostgreSQL database. The source is only
// read; a source of an older schema is refused (open it once with this version first), so
// that nothing migrates it.
//
// Before it reports success it checks, on the target and inside the copy's transaction:
// every table has the source's row count, the audit chain verifies and holds the source's
// head, every notice's HTML has the SHA-256 stored with it, and every attached file's bytes
// (from the folder beside a file, or the server's table, into the other) have theirs. A source
// whose attached file is missing or changed is refused. It then records the copy in
// the target's audit log (register.copy: from where, the counts). On any failure nothing of
// the copy stays — the PostgreSQL transaction is rolled back, a new file and its attachment
// folder are removed — and
// Error names what differed. PostgreSQL passwords: `password`, else as openPostgresql says.
RegisterCopyResult copyRegister(const RegisterLocation& from, const RegisterLocation& to, const QString& actor,
    const QString& password = QString(), Progress* progress = nullptr);

} // namespace ogi
