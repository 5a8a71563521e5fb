#pragma once

#include "exchange/LedgerColumns.h"
#include "register/Application.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// One problem with one cell of a ledger: "row 12, column 收到日期: not a date: 2025-13-01".
struct LedgerProblem
{
    int row = 0; // the file's row number, as Excel shows it
    QString column; // the canonical header, or empty for the row as a whole
    QString message; // translated

    QString text() const;
};

// A ledger row ready to become a case.
struct LedgerEntry
{
    int row = 0;
    QString ledgerNumber; // 编号, may be empty
    Application application;
    bool accepted = false; // open and past registration in the old ledger (状态 办理中 ...)
    QDate replied; // valid: the row records a conclusion on that day
    QString outcome; // outcome code, with `replied`
    bool extended = false;
    // What a row is recognised by: "no:<编号>", or without one "row:<SHA-256 of 收到日期,
    // 申请人 and 申请内容>" (the whole import key before repeat rows were allowed; readLedger
    // adds cellsHash and the occurrence to it).
    QString identity;
    QString cellsHash; // rows without 编号: a hash of every cell of the row as the file has it
    int copyOf = 0; // the file row this one repeats in every cell (a probable copy); 0: none
    QString importKey; // what makes a second import of the same row find the first (readLedger)
};

struct ParsedLedgerRow
{
    std::optional<LedgerEntry> entry; // set when there is no problem
    QList<LedgerProblem> problems;
};

// Reads one data row (`cells`, the file's row `rowNumber`) laid out as `layout` says: dates
// as 2025-06-10, 2025/6/10, 2025年6月10日, 20250610 or an Excel date number; 申请方式 and
// 申请人类型 in the register's terms or the usual ledger words; 证件号码 checked (resident ID
// check digit, credit code); 办理结果 as the annual report's label ("不予公开-保护第三方合法权益",
// the label alone, or the category alone where it has no sub-rows); 延期 是/否. A reply
// before receipt, a reply date without a result, 状态 contradicting 答复日期, anything in the
// future are problems; 申请人 and 申请内容 are needed. The ID number and contact details may
// be missing, as in a registration (Art. 31): an open case is then marked with the Art. 29
// elements it lacks (missingElements), to be asked for (Art. 30).
ParsedLedgerRow parseLedgerRow(const QStringList& cells, int rowNumber, const LedgerLayout& layout, const QDate& today);

// A hash of every cell of a row (64-bit FNV-1a as 16 hex digits; cells trimmed, blank
// cells at its end left out, so a column added empty at the right changes nothing): two
// rows of the same date, applicant and request with the same hash are the same in every
// cell.
QString ledgerCellsHash(const QStringList& cells);

// True for a row with nothing but blanks (Excel keeps formatted empty rows).
bool isBlankLedgerRow(const QStringList& cells);

// A ledger date: the forms parseLedgerRow accepts; invalid for anything else.
QDate parseLedgerDate(const QString& text);

} // namespace ogi
