#pragma once

#include <QByteArray>
#include <QString>

namespace ogi {

// Writes `bytes` to `path` whole or not at all (a temporary file renamed over it), readable
// by its owner only (privateFilePermissions, whatever the umask). Throws
// Error(NotWritable) naming the file and the reason.
void saveFile(const QString& path, const QByteArray& bytes);

} // namespace ogi
