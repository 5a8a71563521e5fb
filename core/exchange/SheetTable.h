#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ogi {

// The cells of a spreadsheet as text, row by row: rows[0] is the file's row 1 (what Excel
// shows), so a problem can name the row a clerk will find. Dates stay as the file holds them
// (text, or an Excel serial number from .xlsx); the ledger reader interprets them.
struct SheetTable
{
    QList<QStringList> rows;
    QString format; // "CSV (UTF-8)", "CSV (GB18030)", "xlsx", "xls"
};

// What a sheet read may hold (Excel's own limits where it has them): a hostile or broken file
// is refused, naming the file and the limit, before it can take the memory of the computer.
struct SheetLimits
{
    static constexpr qint64 kMaxRows = 1048576; // Excel's last row
    static constexpr qint64 kMaxColumns = 16384; // column XFD
    static constexpr qint64 kMaxCells = 10000000; // rows × columns in use, empty ones counted
    static constexpr qint64 kMaxFileBytes = qint64(200) * 1024 * 1024; // a .csv, .xlsx or .xls on disk
    static constexpr qint64 kMaxPartBytes = qint64(200) * 1024 * 1024; // one part of an .xlsx, unpacked
    static constexpr qint64 kMaxSharedStrings = 1000000;
    static constexpr qint64 kMaxCellText = 32767; // characters in one cell
};

// Reads the first sheet of `path` by its extension: .csv or .txt (text; `encoding` names
// it — UTF-8, GB18030, GBK — or, empty, it is found: UTF-8 with or without BOM when the
// bytes are valid UTF-8, else GB18030, which Excel on Chinese Windows writes), .xlsx, .xls.
// Throws Error(NotFound) for a missing file, Error(InvalidInput) naming the file and what
// is wrong with it (unknown extension or encoding, damaged workbook, bytes not in the
// named encoding, a SheetLimits bound passed).
SheetTable readSheetTable(const QString& path, const QString& encoding = {});

// The readers behind readSheetTable, one per format.
SheetTable readCsvSheet(const QByteArray& bytes, const QString& encoding, const QString& fileName);
SheetTable readXlsxSheet(const QString& path);
SheetTable readXlsSheet(const QString& path);

} // namespace ogi
