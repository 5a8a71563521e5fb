#include "SealedSecret.h"

#include "Error.h"

#include <Poco/Crypto/Cipher.h>
#include <Poco/Crypto/CipherFactory.h>
#include <Poco/Crypto/CipherKey.h>
#include <Poco/Exception.h>

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SealedSecret)
    };

    constexpr qsizetype kKeySize = 32;
    constexpr qsizetype kIvSize = 16;
    // Put before the secret so that opening with a wrong key is recognised, not garbage.
    const std::string kMarker = "ogi:";
    const QString kScheme = u"aes1"_s;

    Poco::Crypto::CipherKey::ByteVec randomBytes(qsizetype size)
    {
        Poco::Crypto::CipherKey::ByteVec bytes(static_cast<std::size_t>(size));
        for (unsigned char& b : bytes)
            b = static_cast<unsigned char>(QRandomGenerator::system()->bounded(256));
        return bytes;
    }

    std::optional<QByteArray> readKey()
    {
        QFile file(secretKeyPath());
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray key = file.readAll();
        return key.size() == kKeySize ? std::optional(key) : std::nullopt;
    }

    // The key, made (mode 0600 from the start, never world-readable for a moment) if missing.
    QByteArray keyForSealing()
    {
        if (const std::optional<QByteArray> key = readKey())
            return *key;
        const QString path = secretKeyPath();
        const auto fail = [&path](const QString& reason) {
            throw Error(ErrorCode::NotWritable, Tr::tr("The key file %1 cannot be made: %2").arg(path, reason));
        };
        if (QFile::exists(path))
            fail(Tr::tr("it exists but does not hold a key of 32 bytes"));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            fail(Tr::tr("its folder cannot be created"));
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            fail(QString::fromLocal8Bit(strerror(errno)));
        const Poco::Crypto::CipherKey::ByteVec bytes = randomBytes(kKeySize);
        const bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!written || !synced)
            fail(Tr::tr("it could not be written"));
        return QByteArray(reinterpret_cast<const char*>(bytes.data()), kKeySize);
    }

    Poco::Crypto::Cipher::Ptr cipherFor(const QByteArray& key, const Poco::Crypto::CipherKey::ByteVec& iv)
    {
        const Poco::Crypto::CipherKey::ByteVec keyBytes(key.begin(), key.end());
        return Poco::Crypto::CipherFactory::defaultFactory().createCipher(
            Poco::Crypto::CipherKey("aes-256-cbc", keyBytes, iv));
    }

    QByteArray base64(const std::string& bytes)
    {
        return QByteArray::fromStdString(bytes).toBase64();
    }
} // namespace

std::optional<QByteArray> auditChainKey(bool create)
{
    const std::optional<QByteArray> key = create ? std::optional(keyForSealing()) : readKey();
    if (!key)
        return std::nullopt;
    // Its own key for its own use: never the AES key itself.
    return QMessageAuthenticationCode::hash("ogi audit chain 1", *key, QCryptographicHash::Sha256);
}

QString secretKeyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/ogi-desk/secret.key"_s;
}

QString sealSecret(const QString& secret)
{
    const QByteArray key = keyForSealing();
    const Poco::Crypto::CipherKey::ByteVec iv = randomBytes(kIvSize);
    const std::string sealed = cipherFor(key, iv)->encryptString(kMarker + secret.toStdString());
    return kScheme + u':' + QString::fromLatin1(base64(std::string(iv.begin(), iv.end()))) + u':'
        + QString::fromLatin1(base64(sealed));
}

std::optional<QString> openSecret(const QString& sealed)
{
    const QStringList parts = sealed.split(u':');
    const std::optional<QByteArray> key = readKey();
    if (parts.size() != 3 || parts.at(0) != kScheme || !key)
        return std::nullopt;
    const QByteArray iv = QByteArray::fromBase64(parts.at(1).toLatin1());
    const QByteArray data = QByteArray::fromBase64(parts.at(2).toLatin1());
    if (iv.size() != kIvSize)
        return std::nullopt;
    try {
        const std::string plain = cipherFor(*key, Poco::Crypto::CipherKey::ByteVec(iv.begin(), iv.end()))
                                      ->decryptString(data.toStdString());
        if (plain.compare(0, kMarker.size(), kMarker) != 0)
            return std::nullopt;
        return QString::fromStdString(plain.substr(kMarker.size()));
    } catch (const Poco::Exception&) {
        return std::nullopt; // bad padding: another key
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace ogi
