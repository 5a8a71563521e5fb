#include "DateArguments.h"

#include "CliContext.h"
#include "Timestamps.h"

#include <QCoreApplication>

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::DateArguments)
    };
} // namespace

QDate parseDateArgument(const QString& what, const QString& text)
{
    const QDate date = parseIsoDate(text.trimmed());
    if (!date.isValid())
        throw UsageError { Tr::tr("%1: \"%2\" is not a valid date (YYYY-MM-DD)").arg(what, text) };
    return date;
}

QDate parseOptionalDateArgument(const QString& what, const QString& text)
{
    return text.isEmpty() ? QDate() : parseDateArgument(what, text);
}

int parseNumberArgument(const QString& what, const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        throw UsageError {
            Tr::tr("%1: \"%2\" must be a whole number from %3 to %4").arg(what, text).arg(min).arg(max)
        };
    return value;
}

} // namespace ogi::cli
