#pragma once

#include "Clock.h"
#include "Progress.h"
#include "exchange/LedgerRow.h"
#include "exchange/SheetTable.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QList>
#include <QSet>
#include <QString>

namespace ogi {

// What becomes of a row that repeats an earlier row of the file in every cell (a probable
// copy: rows that differ in any cell are different applications and are always imported).
// Skipping is the default because it can be undone: importing the file again with Import
// brings in exactly the copies left out, while a case once made is never deleted.
enum class CopyRows { Skip, Import };

struct LedgerImportOptions
{
    QString encoding; // CSV only; empty: detected
    QString mappingPath; // a mapping file for odd headers; empty: none
    bool dryRun = false; // check everything, write nothing
    bool skipInvalid = false; // import the valid rows, write the others to <input>.rejected.csv
    CopyRows copies = CopyRows::Skip;
};

// A ledger file read and checked against the register, nothing written yet: what the
// desktop's preview shows and what importLedger() then writes.
struct LedgerReading
{
    QString path;
    QString format; // "CSV (GB18030)", "xlsx", ...
    QStringList header; // the header row's cells as the file has them
    int headerRow = 0; // 1-based
    QList<QStringList> rows; // the data rows' cells (blank rows left out), in file order
    QList<int> rowNumbers; // the file's row number of each of `rows`
    // The rows that can be imported (not in the register yet), probable copies among them
    // (LedgerEntry::copyOf set).
    QList<LedgerEntry> entries;
    QList<LedgerProblem> problems; // every problem of every row, in row order
    QSet<int> invalidRows; // file row numbers with a problem
    int alreadyImported = 0; // rows whose case a previous import already made
    int copies = 0; // entries that repeat an earlier row of the file in every cell

    // How many rows an import with `choice` makes cases of.
    int importable(CopyRows choice) const { return int(entries.size()) - (choice == CopyRows::Skip ? copies : 0); }
};

// Reads and checks every row of `path` (see readSheetTable, findLedgerLayout, parseLedgerRow;
// the same 编号 twice in the file is a problem of the second). Writes nothing. Throws Error
// for a file that cannot be read as a ledger at all (no header, unknown format).
//
// A row is found again in the register by its 编号; a row without one by its date, applicant
// and request together with a hash of all its cells and, for rows identical in every cell,
// which of them it is (its import key). Rows that share date, applicant and request but no
// key with the register — imported by a version that keyed them on those three cells alone,
// or changed in the ledger since (a reply date filled in) — are matched, in file order, to
// the cases made from such rows that no row of the file claims by its key: so a second
// import of the same ledger adds nothing, and a grown one only the rows that are new.
LedgerReading readLedger(const Database& database, const QString& path, const LedgerImportOptions& options,
    const QDate& today);

struct LedgerImportResult
{
    LedgerReading reading;
    int imported = 0;
    int skippedCopies = 0; // probable copies an import that ran left out (CopyRows::Skip)
    QString firstCase; // case numbers given, in file order
    QString lastCase;
    QString rejectedFile; // --skip-invalid with problems: where the rejected rows went
};

// Imports a ledger: readLedger(), then — when there is no problem, or with `skipInvalid` —
// every valid row not imported before (probable copies as `copies` says) becomes a case in
// one transaction: registered on its
// 收到日期 and, with a 答复日期, replied (or concluded, for 其他处理) on that day with its
// result; every event back-dated and marked imported with the ledger's number and row. One
// audit row names the file, its SHA-256 and the cases made. Needs the clerk or administrator
// role (Error Refused). With problems and without `skipInvalid` nothing is written (the
// result lists them; the caller reports failure). Stopped through `progress` (Error
// Cancelled) or interrupted in any way, nothing of it stays.
LedgerImportResult importLedger(const Database& database, const QString& path, const LedgerImportOptions& options,
    const UserAccount& user, const Clock& clock = SystemClock::instance(), Progress* progress = nullptr);

// Writes `reading`'s invalid rows beside its file as <name>.rejected.csv (the header, each
// row's cells and a last column 问题 with its problems); returns the path.
QString writeRejectedRows(const LedgerReading& reading);

} // namespace ogi
