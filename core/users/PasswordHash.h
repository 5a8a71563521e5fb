#pragma once

#include <QByteArray>
#include <QString>

namespace ogi {

// Passwords are stored as PBKDF2-HMAC-SHA256 (Poco) with a per-user random salt:
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". One hash takes about a quarter
// of a second here, which is the point: guessing is slow.
constexpr int kPasswordIterations = 310000; // OWASP's figure for PBKDF2-HMAC-SHA256

// The raw derivation, for the published test vectors.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length = 32);

// A new stored hash of `password` with 16 fresh random bytes of salt.
QString hashPassword(const QString& password);

// True when `password` matches `stored`. Compares in constant time. A malformed hash or one
// with fewer than kPasswordIterations iterations never matches.
bool verifyPassword(const QString& password, const QString& stored);

} // namespace ogi
