#include "SheetTable.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SheetTable)
    };

    struct XlsClose
    {
        void operator()(const void* handle) const { freexl_close(handle); }
    };

    QString cellText(const FreeXL_CellValue& value)
    {
        switch (value.type) {
        case FREEXL_CELL_INT:
            return QString::number(value.value.int_value);
        case FREEXL_CELL_DOUBLE:
            // Whole numbers as integers: an Excel date serial or a phone number, never "1.38e+10".
            return value.value.double_value == static_cast<double>(static_cast<qint64>(value.value.double_value))
                ? QString::number(static_cast<qint64>(value.value.double_value))
                : QString::number(value.value.double_value, 'g', 15);
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
            return QString::fromUtf8(value.value.text_value);
        default:
            return {};
        }
    }
} // namespace

SheetTable readXlsSheet(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    const void* raw = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &raw);
    const std::unique_ptr<const void, XlsClose> handle(raw);
    if (opened != FREEXL_OK)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not a readable .xls workbook (FreeXL error %2); save it again from Excel or as .xlsx.")
                .arg(fileName)
                .arg(opened));
    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_select_active_worksheet(raw, 0) != FREEXL_OK
        || freexl_worksheet_dimensions(raw, &rowCount, &columnCount) != FREEXL_OK)
        throw Error(ErrorCode::InvalidInput, Tr::tr("%1: the workbook has no readable first sheet.").arg(fileName));
    if (qint64(rowCount) * columnCount > SheetLimits::kMaxCells)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1: its first sheet spans %2 rows and %3 columns, more than %4 cells (the limit).")
                .arg(fileName)
                .arg(rowCount)
                .arg(columnCount)
                .arg(SheetLimits::kMaxCells));
    SheetTable table;
    table.format = u"xls"_s;
    for (unsigned int r = 0; r < rowCount; ++r) {
        QStringList cells;
        for (unsigned short c = 0; c < columnCount; ++c) {
            FreeXL_CellValue value;
            cells << (freexl_get_cell_value(raw, r, c, &value) == FREEXL_OK ? cellText(value) : QString());
        }
        table.rows << cells;
    }
    return table;
}

} // namespace ogi
