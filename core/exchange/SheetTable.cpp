#include "SheetTable.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SheetTable)
    };
} // namespace

SheetTable readSheetTable(const QString& path, const QString& encoding)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(ErrorCode::NotFound, Tr::tr("There is no file %1.").arg(path));
    if (info.size() > SheetLimits::kMaxFileBytes)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is larger than %2 MB (the limit); split it into smaller files.")
                .arg(info.fileName())
                .arg(SheetLimits::kMaxFileBytes / (1024 * 1024)));
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx")
        return readXlsxSheet(path);
    if (suffix == u"xls")
        return readXlsSheet(path);
    if (suffix != u"csv" && suffix != u"txt")
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1: a ledger is read from .csv, .xlsx or .xls, not .%2.").arg(info.fileName(), suffix));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return readCsvSheet(file.readAll(), encoding, info.fileName());
}

} // namespace ogi
