#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QTemporaryDir;

// Where a test's register lives. A test built for both engines (ogi_add_test … BOTH_ENGINES)
// runs twice under ctest: once as it is, on a SQLite file, and once with
// OGI_TEST_ENGINE=postgresql, where each register is a database of its own on the throw-away
// test cluster. Tests name their register through newTestRegister and are otherwise the same.
namespace ogi::test {

// True in the PostgreSQL run of a BOTH_ENGINES test.
bool testsOnPostgresql();

// A register location no register is at yet: `dir`/`fileName` on SQLite; a new, empty
// database on the test cluster (named after `fileName`) on PostgreSQL.
QString newTestRegister(const QTemporaryDir& dir, const QString& fileName);

// The statements that take away `table`'s append-only triggers on the engine under test, as
// someone with sqlite3 (or psql and the owner's password) would before editing rows.
QStringList appendOnlyGuardDrops(const QString& table);

// Replaces the stored bytes of the attached content `sha256` in the register at `location` by
// `bytes`, or removes them (nullopt), as someone with write access to its store would: the
// file in the folder beside a SQLite register, the rows of a server register's table.
void tamperStoredAttachment(const QString& location, const QString& sha256, const std::optional<QByteArray>& bytes);

} // namespace ogi::test
