#include "PasswordHash.h"

#include <Poco/HMACEngine.h>
#include <Poco/PBKDF2Engine.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // Poco 1.11's SHA2Engine lacks the block and digest sizes HMACEngine needs.
    class Sha256Engine : public Poco::SHA2Engine
    {
    public:
        enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
        Sha256Engine()
            : Poco::SHA2Engine(SHA_256)
        {
        }
    };

    const QString kScheme = u"pbkdf2-sha256"_s;

    bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
    {
        if (a.size() != b.size())
            return false;
        unsigned char difference = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
        return difference == 0;
    }
} // namespace

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length)
{
    Poco::PBKDF2Engine<Poco::HMACEngine<Sha256Engine>> engine(
        salt.toStdString(), static_cast<unsigned>(iterations), static_cast<Poco::UInt32>(length));
    engine.update(password.constData(), static_cast<unsigned>(password.size()));
    const Poco::DigestEngine::Digest& digest = engine.digest();
    return QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size()));
}

QString hashPassword(const QString& password)
{
    QByteArray salt(16, '\0');
    Poco::RandomInputStream random;
    random.read(salt.data(), salt.size());
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, kPasswordIterations);
    return QStringList { kScheme, QString::number(kPasswordIterations), QString::fromLatin1(salt.toBase64()),
        QString::fromLatin1(hash.toBase64()) }
        .join(u'$');
}

bool verifyPassword(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < kPasswordIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.size() < 16 || expected.size() != 32)
        return false;
    return equalInConstantTime(pbkdf2Sha256(password.toUtf8(), salt, iterations), expected);
}

} // namespace ogi
