#include "SavedFile.h"

#include "Error.h"

#include <QCoreApplication>
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
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace ogi
