#include "Timestamps.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // Dates and times are written hundreds of thousands of times by an import or a report;
    // the digits are set by hand rather than through QDate::toString's format machinery.
    void putDigits(QChar*& out, int value, int width)
    {
        for (int i = width - 1; i >= 0; --i) {
            out[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        out += width;
    }

    bool isFourDigitYear(const QDate& date) { return date.year() >= 1 && date.year() <= 9999; }

    int digitsAt(QStringView text, qsizetype from, qsizetype count)
    {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    }
} // namespace

QString isoTimestamp(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || !isFourDigitYear(date))
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    QString text(24, Qt::Uninitialized); // 2026-11-30T04:01:02.123Z
    QChar* out = text.data();
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    *out++ = u'T';
    putDigits(out, time.hour(), 2);
    *out++ = u':';
    putDigits(out, time.minute(), 2);
    *out++ = u':';
    putDigits(out, time.second(), 2);
    *out++ = u'.';
    putDigits(out, time.msec(), 3);
    *out = u'Z';
    return text;
}

QDateTime parseIsoTimestamp(const QString& text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }

QString isoDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    if (!isFourDigitYear(date))
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    putDigits(out, date.year(), 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    return text;
}

QDate parseIsoDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2026-02-30
}

} // namespace ogi
