#pragma once

#include <QByteArray>
#include <QString>

namespace ogi {

// SHA-256 of the bytes, as 64 lower-case hex digits (Poco::SHA2Engine).
QString sha256Hex(const QByteArray& bytes);

} // namespace ogi
