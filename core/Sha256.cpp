#include "Sha256.h"

#include <QFile>

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace ogi {

QString sha256Hex(const QByteArray& bytes)
{
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.constData(), static_cast<unsigned>(bytes.size()));
    return QString::fromStdString(Poco::DigestEngine::digestToHex(engine.digest()));
}

struct Sha256Stream::Engine
{
    Poco::SHA2Engine sha { Poco::SHA2Engine::SHA_256 };
};

Sha256Stream::Sha256Stream()
    : m_engine(std::make_unique<Engine>())
{
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::update(const char* data, qint64 size) { m_engine->sha.update(data, static_cast<unsigned>(size)); }

QString sha256OfFile(const QString& path, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256Stream sha;
    QByteArray block(1 << 20, Qt::Uninitialized);
    *size = 0;
    for (qint64 n; (n = file.read(block.data(), block.size())) > 0;) {
        sha.update(block.constData(), n);
        *size += n;
    }
    return sha.hex();
}

QString Sha256Stream::hex() { return QString::fromStdString(Poco::DigestEngine::digestToHex(m_engine->sha.digest())); }

} // namespace ogi
