#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace ogi {

// SHA-256 of the bytes, as 64 lower-case hex digits (Poco::SHA2Engine).
QString sha256Hex(const QByteArray& bytes);

// SHA-256 of the file at `path`, read a block at a time, with its size in `size`; empty
// when the file cannot be read.
QString sha256OfFile(const QString& path, qint64* size);

// SHA-256 of bytes that arrive in pieces (a file read a block at a time).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void update(const char* data, qint64 size);
    // The digest of everything given so far, as 64 lower-case hex digits. Call once.
    QString hex();

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace ogi
