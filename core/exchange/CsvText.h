#pragma once

#include <QByteArray>
#include <QString>

namespace ogi {

// One CSV field: quoted (with "" for ") when it holds a comma, a quote or a line break.
QString csvField(const QString& text);

// CSV text as a file's bytes: UTF-8 with a byte order mark, so Excel and WPS on Chinese
// Windows read the Chinese.
QByteArray csvFileBytes(const QString& text);

} // namespace ogi
