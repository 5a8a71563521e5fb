#pragma once

#include <QDate>
#include <QDateTime>

namespace ogi {

// The one source of "now" for core. Rules take a Clock (or a date) instead of reading the
// system time, so tests can pin any day.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const; // the local calendar date of now()
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    static const SystemClock& instance();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace ogi
