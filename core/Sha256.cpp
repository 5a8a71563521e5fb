#include "Sha256.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace ogi {

QString sha256Hex(const QByteArray& bytes)
{
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.constData(), static_cast<unsigned>(bytes.size()));
    return QString::fromStdString(Poco::DigestEngine::digestToHex(engine.digest()));
}

} // namespace ogi
