#include "Timestamps.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

QString isoTimestamp(const QDateTime& at) { return at.toUTC().toString(Qt::ISODateWithMs); }

QDateTime parseIsoTimestamp(const QString& text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }

QString isoDate(const QDate& date) { return date.toString(Qt::ISODate); }

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace ogi
