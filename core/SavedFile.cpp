#include "SavedFile.h"

#include "Error.h"
#include "PrivateFileMode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SavedFile)
    };
} // namespace

void saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Private before the first byte: exports may hold full ID numbers (issue 18).
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(privateFilePermissions(QFileInfo(path).absolutePath()))
        || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace ogi
