#pragma once

#include <QString>

// Made-up ledgers for the import tests and benchmark: what an office's Excel ledger holds.
namespace ogi::test {

// A valid resident ID number (GB 11643 check digit) for the `i`-th made-up person.
QString residentIdNumber(int i);

// A ledger of `rows` rows with the canonical header (编号 L000000 …, received from
// 2021-01-04 over five years on working days, 1 in 100 still open, 1 in 10 extended, the
// annual report's outcome labels), CRLF line ends, no BOM.
QString ledgerCsv(int rows);

} // namespace ogi::test
