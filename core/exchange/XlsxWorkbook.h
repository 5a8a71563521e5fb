#pragma once

#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace ogi {

// One .xlsx being written with libxlsxwriter, with the cell formats OGI Desk's tables use:
// header (bold, centred, wrapped, bordered), label (bordered, wrapped), number (bordered).
// close() writes the file and reports a failure; without it the destructor still closes
// the workbook, silently (an earlier error is already on its way).
class XlsxWorkbook
{
public:
    // Throws Error(NotWritable) naming `path` when the workbook cannot be created.
    explicit XlsxWorkbook(const QString& path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    lxw_worksheet* sheet(const QString& name);
    void header(lxw_worksheet* s, int row, int col, const QString& text);
    void merged(lxw_worksheet* s, int r1, int c1, int r2, int c2, const QString& text);
    void label(lxw_worksheet* s, int row, int col, const QString& text);
    void number(lxw_worksheet* s, int row, int col, qint64 value);
    void decimal(lxw_worksheet* s, int row, int col, double value);
    void blank(lxw_worksheet* s, int row, int col);
    // A cell of plain text without border, for long lists (a ledger of many rows). Text past
    // the 32,767 characters a cell holds is cut, with a mark saying how long it was (never
    // dropped); returns whether it was cut.
    bool text(lxw_worksheet* s, int row, int col, const QString& text);

    // The most characters a cell holds (Excel's limit; libxlsxwriter refuses the cell past it).
    static constexpr qsizetype kMaxCellText = 32767;
    // `text` as it fits in one cell: itself, or its beginning and the mark.
    static QString fittedCellText(const QString& text);

    // Writes the file. Throws Error(NotWritable) naming the file and libxlsxwriter's reason.
    void close();

private:
    QString m_path;
    lxw_workbook* m_book;
    lxw_format* m_header = nullptr;
    lxw_format* m_label = nullptr;
    lxw_format* m_number = nullptr;
};

} // namespace ogi
