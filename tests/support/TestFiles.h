#pragma once

#include "register/Application.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <string>

class QProcess;
class QSqlQuery;

namespace ogi::test {

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

// A valid application (person, by post) received on `receipt`.
Application samplePersonApplication(const QDate& receipt = QDate(2026, 3, 4));
// The same application as the JSON `ogi add` reads.
QByteArray samplePersonJson(const QDate& receipt = QDate(2026, 3, 4));

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Every cell of the .xlsx at `path` whose text holds `needle`, as "sheet!cell: text", read
// back with openpyxl (another program than the one that wrote it).
QStringList xlsxCellsHolding(const QString& path, const QString& needle);

// A finished `ogi` for a test's failure message: its exit code, stdout and stderr.
std::string describe(const ProcessResult& result);

// The password runCli gives every `ogi` it starts (OGI_PASSWORD and OGI_NEW_PASSWORD).
inline constexpr const char* kTestPassword = "test-password-1";

// Runs the built `ogi` with `args` (and `input` on stdin); waits up to 60 s.
ProcessResult runCli(const QStringList& args, const QByteArray& input = {}, const QStringList& extraEnv = {});

// runCli in two halves, for several `ogi` running at once: starts it with `input` written and
// closed, then waits for it (60 s at most) and collects what it printed.
std::unique_ptr<QProcess> startCli(const QStringList& args, const QByteArray& input = {}, const QStringList& extraEnv = {});
ProcessResult finishCli(QProcess& process);

// `ogi init --admin admin` and `ogi user add clerk --role clerk`, both with kTestPassword.
void initRegisterWithUsers(const QString& db);

// `use` given a plain connection (no OGI checks) to `path`: a register file, or a postgresql://
// address on the test cluster (a register's database, or the cluster's own `postgres`).
void onRawConnection(const QString& path, const std::function<void(QSqlQuery&)>& use);
// Runs `statement` on `query`, failing the test with the statement and the error when it fails.
void execOrFail(QSqlQuery& query, const QString& statement);

// Runs a raw SQL statement on the register at `path` (a file, or a postgresql:// address of
// the test cluster) through a separate plain connection (no OGI checks), as an outside tool
// (or an attacker) would.
void rawSql(const QString& path, const QString& statement);

// Everything the register at `location` holds, to compare before and after ("nothing
// written") or to search for a secret: a file's bytes; on PostgreSQL every table's rows as
// text, table by table and in order.
QByteArray storedContents(const QString& location);

} // namespace ogi::test
