#include "XlsxWorkbook.h"

#include "Error.h"
#include "PrivateFileMode.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ReportXlsx)
    };
} // namespace

XlsxWorkbook::XlsxWorkbook(const QString& path)
    : m_path(path)
{
    // libxlsxwriter opens the file at close with fopen, which keeps an existing file's mode:
    // made first, private to its owner (an export may hold full ID numbers; issue 18).
    createPrivateFile(path);
    m_book = workbook_new(QFile::encodeName(path).constData());
    if (!m_book)
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot create the workbook %1.").arg(path));
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_align(m_header, LXW_ALIGN_CENTER);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(m_header);
    format_set_border(m_header, LXW_BORDER_THIN);
    m_label = workbook_add_format(m_book);
    format_set_border(m_label, LXW_BORDER_THIN);
    format_set_text_wrap(m_label);
    m_number = workbook_add_format(m_book);
    format_set_border(m_number, LXW_BORDER_THIN);
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_book)
        workbook_close(m_book);
}

lxw_worksheet* XlsxWorkbook::sheet(const QString& name)
{
    return workbook_add_worksheet(m_book, name.toUtf8().constData());
}

void XlsxWorkbook::header(lxw_worksheet* s, int row, int col, const QString& text)
{
    worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), text.toUtf8().constData(), m_header);
}

void XlsxWorkbook::merged(lxw_worksheet* s, int r1, int c1, int r2, int c2, const QString& text)
{
    worksheet_merge_range(
        s, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2), text.toUtf8().constData(), m_header);
}

void XlsxWorkbook::label(lxw_worksheet* s, int row, int col, const QString& text)
{
    worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), text.toUtf8().constData(), m_label);
}

void XlsxWorkbook::number(lxw_worksheet* s, int row, int col, qint64 value)
{
    worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), double(value), m_number);
}

void XlsxWorkbook::decimal(lxw_worksheet* s, int row, int col, double value)
{
    worksheet_write_number(s, lxw_row_t(row), lxw_col_t(col), value, m_number);
}

void XlsxWorkbook::blank(lxw_worksheet* s, int row, int col)
{
    worksheet_write_blank(s, lxw_row_t(row), lxw_col_t(col), m_number);
}

QString XlsxWorkbook::fittedCellText(const QString& text)
{
    if (text.size() <= kMaxCellText)
        return text;
    const QString mark = Tr::tr(" …[cut: %1 characters in all, a cell holds %2; the CSV export keeps the whole text]")
                             .arg(text.size())
                             .arg(kMaxCellText);
    qsizetype keep = kMaxCellText - mark.size();
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    return text.left(keep) + mark;
}

bool XlsxWorkbook::text(lxw_worksheet* s, int row, int col, const QString& text)
{
    if (text.isEmpty())
        return false;
    const QString fitted = fittedCellText(text);
    worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), fitted.toUtf8().constData(), nullptr);
    return fitted.size() != text.size();
}

void XlsxWorkbook::close()
{
    const lxw_error result = workbook_close(m_book);
    m_book = nullptr;
    if (result != LXW_NO_ERROR)
        throw Error(ErrorCode::NotWritable,
            Tr::tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(result))));
}

} // namespace ogi
